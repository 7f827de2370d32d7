// TypeDoc plugin for the API docs (`npm run docs`, loaded by typedoc.config.mjs).
//
// 1. The web-component tags of a class JSDoc (`@fires`, `@slot`, `@csspart`, `@cssprop`) are
//    gathered into one list per kind, each entry led by its name in code, under a readable heading
//    ("CSS parts"), instead of one "Csspart" heading per part.
// 2. Our elements override Lit's `static styles`, whose inherited comment links `{@linkcode css}`, a
//    symbol of lit that the docs do not include; with warnings as errors that would fail the build.
//    Such links go to Lit's own reference instead. Add an entry only for a third-party symbol.
// 3. An element's page shows its public API only: the Lit lifecycle it overrides (`render`,
//    `connectedCallback`, `styles`, ...) is how Lit calls it, not something a page calls, and is
//    left out, as is the constructor (elements are made with `document.createElement`). Its members
//    are grouped as a page author reads them: Attributes (the reactive properties with an attribute,
//    each led by its attribute name), Properties (property-only values and accessors), Methods; the
//    events, parts and custom properties are the class comment's lists (1).
// 4. Modules are named for what users import (`shoppable-video`, `shoppable-video/react`,
//    `shoppable-video/cart/shopify`, ...), from package.json `exports`, not for their source paths.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';

const LIT_LINKS = {
  css: 'https://lit.dev/docs/api/styles/#css',
  unsafeCSS: 'https://lit.dev/docs/api/styles/#unsafeCSS',
  LitElement: 'https://lit.dev/docs/api/LitElement/',
  ReactiveController: 'https://lit.dev/docs/api/controllers/#ReactiveController',
};

const HEADINGS = {
  tag_fires: 'Events',
  tag_slot: 'Slots',
  tag_csspart: 'CSS parts',
  tag_cssprop: 'CSS custom properties',
  tag_cssproperty: 'CSS custom properties',
};
const GROUPED = ['@fires', '@slot', '@csspart', '@cssprop', '@cssproperty'];

/** `name - text` → [code `name`, text]; `[--x=1px] - text` → [code `--x`, " (default `1px`)", text]. */
function entry(tag) {
  const parts = tag.content.map((p) => (p.kind === 'text' ? { ...p, text: p.text.replace(/\s*\n\s*/g, ' ') } : p));
  const first = parts[0];
  if (!first || first.kind !== 'text') return parts;
  const match = /^\s*(\[([^\]=]+)(?:=([^\]]*))?\]|(\S+))\s*(?:-\s*)?/.exec(first.text);
  if (!match) return parts;
  const name = match[2] ?? match[4];
  const fallback = match[3];
  const rest = first.text.slice(match[0].length);
  const lead = [{ kind: 'code', text: `\`${name.trim()}\`` }];
  if (fallback !== undefined) lead.push({ kind: 'text', text: ' (default ' }, { kind: 'code', text: `\`${fallback.trim()}\`` }, { kind: 'text', text: ')' });
  if (rest || parts.length > 1) lead.push({ kind: 'text', text: ': ' });
  return [...lead, ...(rest ? [{ kind: 'text', text: rest }] : []), ...parts.slice(1)];
}

function groupTags(comment) {
  for (const kind of GROUPED) {
    const tags = comment.blockTags.filter((t) => t.tag === kind);
    if (tags.length === 0) continue;
    const [head] = tags;
    head.content = tags.flatMap((t, i) => [{ kind: 'text', text: i === 0 ? '- ' : '\n- ' }, ...entry(t)]);
    comment.blockTags = comment.blockTags.filter((t) => t.tag !== kind || t === head);
  }
}

const LIT_LIFECYCLE = new Set([
  'constructor', 'render', 'styles', 'connectedCallback', 'disconnectedCallback', 'attributeChangedCallback',
  'willUpdate', 'update', 'updated', 'firstUpdated', 'shouldUpdate', 'createRenderRoot', 'getUpdateComplete',
]);

/** An element class: it extends Lit (directly, or through the library's LazyElement). */
function isElement(reflection) {
  const base = reflection.extendedTypes?.map((t) => t.name ?? String(t)) ?? [];
  return base.some((name) => name === 'LazyElement' || name === 'LitElement');
}

/** The attribute of a Lit `@property()` declaration: its name, `false` when it has none, else undefined. */
function litAttribute(declaration) {
  if (!declaration || !ts.canHaveDecorators(declaration)) return undefined;
  for (const d of ts.getDecorators(declaration) ?? []) {
    const call = d.expression;
    if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
    const options = call.arguments[0];
    const given = options && ts.isObjectLiteralExpression(options)
      ? options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'attribute')
      : undefined;
    if (!given) return declaration.name.getText().toLowerCase();
    return given.initializer.kind === ts.SyntaxKind.FalseKeyword ? false : given.initializer.getText().slice(1, -1);
  }
  return undefined;
}

/** Typedoc's module name of each export's source (`cart/shopify`, `studio` for studio/index) → its import path. */
function importNames() {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const names = new Map();
  for (const [key, value] of Object.entries(pkg.exports)) {
    const types = typeof value === 'object' ? value.types : undefined;
    if (key.endsWith('.js') || !types?.startsWith('./dist/')) continue;
    const module = types.replace(/^\.\/dist\//, '').replace(/\.d\.ts$/, '').replace(/\/index$/, '');
    if (!names.has(module)) names.set(module, `${pkg.name}${key.slice(1)}`);
  }
  return names;
}

const tag = (name, text) => new CommentTag(name, [{ kind: 'text', text }]);

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.internationalization.addTranslations('en', HEADINGS);
  const attributes = new WeakMap();

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Accessor)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const attribute = litAttribute(symbol?.valueDeclaration ?? symbol?.declarations?.[0]);
    if (attribute !== undefined) attributes.set(reflection, attribute);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const project = context.project;
    for (const reflection of project.getReflectionsByKind(ReflectionKind.Class)) {
      if (reflection.comment) groupTags(reflection.comment);
      if (!isElement(reflection)) continue;
      for (const child of [...(reflection.children ?? [])]) {
        if (LIT_LIFECYCLE.has(child.name)) {
          project.removeReflection(child);
          continue;
        }
        if (!child.kindOf(ReflectionKind.Property | ReflectionKind.Accessor)) continue;
        const attribute = attributes.get(child);
        child.comment ??= new Comment();
        child.comment.blockTags.push(tag('@group', typeof attribute === 'string' ? 'Attributes' : 'Properties'));
        if (typeof attribute === 'string') child.comment.summary = [{ kind: 'code', text: `\`${attribute}\`` }, { kind: 'text', text: ' attribute. ' }, ...(child.comment.summary ?? [])];
      }
    }
    const names = importNames();
    for (const module of project.getReflectionsByKind(ReflectionKind.Module)) {
      if (names.has(module.name)) module.name = names.get(module.name);
    }
  });

  app.converter.addUnknownSymbolResolver((ref) => {
    const path = ref.symbolReference?.path;
    if (!path || path.length !== 1) return undefined;
    const source = ref.moduleSource;
    if (source && !source.startsWith('lit') && !source.startsWith('@lit/')) return undefined;
    return Object.hasOwn(LIT_LINKS, path[0].path) ? LIT_LINKS[path[0].path] : undefined;
  });
}
