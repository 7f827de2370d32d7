// Checks custom-elements.json (npm run manifest) against the source, element by element, so what
// IDEs, Storybook and wrapper generators read is what the code does:
// - events: every public event of src/events.ts that the element's modules dispatch (its own, its
//   controllers', its lazy chunks', and those of the elements it renders, whose composed events
//   bubble out of it), and the media events it re-dispatches (an exported `*_EVENTS` list beside a
//   `new Event(type, ...)`), are listed, each with a description; nothing listed is never sent;
// - attributes and properties: every `@property()` of the class and its bases is a documented
//   member, and every attribute it reflects is a documented attribute of that name;
// - parts: every literal `part="..."` in the element's own modules is documented with `@csspart`,
//   and every documented part is named somewhere in its modules;
// - custom properties: every `var(--shoppable-...)` its own modules read is documented with
//   `@cssprop`, and every documented one is read by its modules or the elements it renders.
// "Own modules" stop at another element's registration; "modules" follow it.
// - typings: src/jsx.ts (which every framework file in types/ maps over) has every element a page
//   uses, with each of its attributes as a prop and each of its `shoppable-*` events, and no prop
//   the element does not have. Run after the build.
import { existsSync, readFileSync } from 'node:fs';
import ts from 'typescript';

const root = new URL('..', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');
if (!existsSync(new URL('custom-elements.json', root))) {
  console.error('custom-elements.json is missing: run `npm run manifest` (or the build) first.');
  process.exit(1);
}
const manifest = JSON.parse(read('custom-elements.json'));

// Public event names: the `shoppable-*` string constants of src/events.ts (and of the modules of
// src/events/ it re-exports), and the class of each.
const eventsSource = ['src/events.ts', 'src/events/shop.ts', 'src/events/feed.ts'].map(read).join('\n');
const constants = new Map([...eventsSource.matchAll(/export const (\w+) = '(shoppable-[\w-]+)'/g)].map((m) => [m[1], m[2]]));
const classes = new Map(
  [...eventsSource.matchAll(/export class (\w+) extends CustomEvent<\w+> \{\s*constructor\([^)]*\) \{\s*super\((\w+)/g)].map((m) => [m[1], constants.get(m[2])]),
);
const publicEvents = new Set(constants.values());

/** Relative imports of a module (static, dynamic and re-exports; `import type` carries no code). */
function importsOf(path, text) {
  const found = [];
  const pattern = /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'";]*?from\s+'(\.[^']+)'|(?:^|\n)\s*import\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/g;
  for (const m of text.matchAll(pattern)) {
    if (m[2]) continue;
    const spec = m[3] ?? m[4] ?? m[5];
    const url = new URL(spec.replace(/\.js$/, '.ts'), new URL(path, root));
    found.push(url.pathname.slice(root.pathname.length));
  }
  return found;
}

const definitions = new Map(); // registration module and class module → tag
for (const mod of manifest.modules) {
  for (const e of mod.exports ?? []) if (e.kind === 'custom-element-definition') definitions.set(mod.path, e.name);
  for (const d of mod.declarations ?? []) if (d.tagName) definitions.set(mod.path, d.tagName);
}

// An element's folder is its own: the modules there belong to it (the shop chunk carries the card's
// behaviour, but the card's parts and tokens are the card's).
const folders = new Map();
for (const [path, tag] of definitions) {
  const dir = path.slice(0, path.lastIndexOf('/'));
  folders.set(`${dir}#${tag}`, tag);
  if (!folders.has(dir)) folders.set(dir, tag);
}

/** The modules reachable from `starts`; with `own`, not through another element's registration. */
function graph(starts, tag, own) {
  const seen = new Set();
  const queue = [...starts];
  while (queue.length) {
    const path = queue.pop();
    if (seen.has(path) || !existsSync(new URL(path, root))) continue;
    const dir = path.slice(0, path.lastIndexOf('/'));
    const other = definitions.get(path) ?? (folders.has(`${dir}#${tag}`) ? undefined : folders.get(dir));
    if (own && other && other !== tag) continue;
    seen.add(path);
    queue.push(...importsOf(path, read(path)));
  }
  return [...seen];
}

/** The event names the modules dispatch; with `media`, the re-dispatched media events too (they do
 * not bubble, so they leave only the element that re-dispatches them). */
function dispatched(paths, media) {
  const names = new Set();
  for (const path of paths) {
    const text = read(path);
    for (const m of text.matchAll(/new (\w+)\(/g)) if (classes.has(m[1])) names.add(classes.get(m[1]));
    for (const m of text.matchAll(/new CustomEvent\((\w+)/g)) if (constants.has(m[1])) names.add(constants.get(m[1]));
    // A re-dispatch of the video's own events, as `new Event(type, e)` or as the event's own class.
    if (media && /dispatchEvent\(new (?:Event|\(e\.constructor as typeof Event\))\(type\b/.test(text)) {
      const list = /export const \w+_EVENTS = \[([^\]]*)\]/.exec(text);
      if (!list) throw new Error(`${path} re-dispatches events without an exported *_EVENTS list`);
      for (const m of list[1].matchAll(/'([\w-]+)'/g)) names.add(m[1]);
    }
  }
  return names;
}

/** `@property()` fields of a class file: name → attribute name (false when none). */
function reactiveProperties(path) {
  const source = ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true);
  const found = new Map();
  const visit = (node) => {
    if ((ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.canHaveDecorators(node)) {
      for (const d of ts.getDecorators(node) ?? []) {
        const call = d.expression;
        if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
        const name = node.name.getText();
        const options = call.arguments[0];
        let attribute = name.toLowerCase();
        if (options && ts.isObjectLiteralExpression(options)) {
          const a = options.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'attribute');
          if (a) attribute = a.initializer.kind === ts.SyntaxKind.FalseKeyword ? false : a.initializer.getText().slice(1, -1);
        }
        found.set(name, attribute);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const classModules = new Map();
for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') classModules.set(d.name, { mod, decl: d });

/** The class and its bases from the library's own source, nearest first. */
function lineage(decl) {
  const chain = [];
  for (let d = decl; d; d = d.superclass && classModules.get(d.superclass.name)?.decl) {
    chain.push({ decl: d, path: classModules.get(d.name).mod.path });
  }
  return chain;
}

const problems = [];
let elements = 0;
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    if (!decl.tagName) continue;
    elements++;
    const tag = decl.tagName;
    const say = (text) => problems.push(`<${tag}> ${text}`);
    const registration = [...definitions].find(([path, t]) => t === tag && path !== mod.path)?.[0];
    const starts = [mod.path, ...(registration ? [registration] : []), ...lineage(decl).map((c) => c.path)];
    const all = graph(starts, tag, false);
    const own = graph(starts, tag, true);

    // Events.
    const sent = new Set([...dispatched(all, false), ...dispatched(own, true)]);
    const listed = new Map((decl.events ?? []).map((e) => [e.name, e]));
    for (const name of sent) {
      if (!listed.has(name)) say(`dispatches "${name}" but the manifest does not list it (add @fires ${name} to its class JSDoc)`);
    }
    for (const [name, event] of listed) {
      if (!sent.has(name) && !/^studio-/.test(name)) say(`lists the event "${name}", which none of its modules dispatches`);
      if (!event.description?.trim()) say(`lists the event "${name}" without a description`);
      if (publicEvents.has(name) && !event.type?.text?.startsWith('Shoppable') && name !== 'shoppable-list-close') {
        say(`lists "${name}" without its event class`);
      }
    }

    // Attributes and properties.
    const members = new Map((decl.members ?? []).map((m) => [m.name, m]));
    const attributes = new Map((decl.attributes ?? []).map((a) => [a.name, a]));
    for (const { path } of lineage(decl)) {
      for (const [name, attribute] of reactiveProperties(path)) {
        const member = members.get(name);
        if (!member) say(`has the property "${name}" (${path}), missing from the manifest`);
        else if (!member.description?.trim()) say(`has the property "${name}" without a description`);
        if (attribute === false) continue;
        const entry = attributes.get(attribute);
        if (!entry) say(`reflects the attribute "${attribute}" (property ${name}), missing from the manifest`);
        else if (entry.fieldName && entry.fieldName !== name) say(`lists the attribute "${attribute}" for ${entry.fieldName}, not ${name}`);
      }
    }
    for (const [name, a] of attributes) if (!a.description?.trim() && !members.get(a.fieldName)?.description) say(`lists the attribute "${name}" without a description`);

    // Parts.
    // Comments may quote a part or a token (style-props.ts does): only code counts.
    const ownText = own.map((p) => read(p).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')).join('\n');
    const allText = all.map(read).join('\n');
    const parts = new Map((decl.cssParts ?? []).map((p) => [p.name, p]));
    for (const m of ownText.matchAll(/\bpart="([^"]*)"/g)) {
      for (const name of m[1].replace(/\$\{[^}]*\}/g, ' ').split(/\s+/).filter((n) => /^[a-z][\w-]*$/.test(n))) {
        if (!parts.has(name)) say(`renders the part "${name}", not documented with @csspart`);
      }
    }
    for (const [name, p] of parts) {
      if (!new RegExp(`(?<![\\w-])${name}(?![\\w-])`).test(allText)) say(`documents the part "${name}", which none of its modules renders`);
      if (!p.description?.trim()) say(`documents the part "${name}" without a description`);
    }

    // Custom properties.
    const props = new Map((decl.cssProperties ?? []).map((p) => [p.name, p]));
    for (const m of ownText.matchAll(/var\(\s*(--shoppable-[\w-]+)/g)) {
      if (!props.has(m[1])) say(`reads the custom property "${m[1]}", not documented with @cssprop`);
    }
    for (const [name, p] of props) {
      if (!allText.includes(name)) say(`documents the custom property "${name}", which none of its modules reads`);
      if (!p.description?.trim()) say(`documents the custom property "${name}" without a description`);
    }
  }
}

// The typings of src/jsx.ts: `ShoppableElements` maps each tag to its props and events interfaces.
const jsx = ts.createSourceFile('src/jsx.ts', read('src/jsx.ts'), ts.ScriptTarget.Latest, true);
const interfaces = new Map();
ts.forEachChild(jsx, (node) => {
  if (ts.isInterfaceDeclaration(node)) interfaces.set(node.name.text, node);
});
/** Member names of an interface and those it extends (in this file). */
function keysOf(name, seen = new Set()) {
  const node = interfaces.get(name);
  if (!node || seen.has(name)) return new Set();
  seen.add(name);
  const keys = new Set(node.members.map((m) => m.name && (ts.isStringLiteral(m.name) ? m.name.text : m.name.getText())).filter(Boolean));
  for (const clause of node.heritageClauses ?? []) for (const t of clause.types) for (const k of keysOf(t.expression.getText(), seen)) keys.add(k);
  return keys;
}
const typed = new Map();
for (const member of interfaces.get('ShoppableElements')?.members ?? []) {
  const tag = member.name.text;
  const shape = Object.fromEntries(member.type.members.map((m) => [m.name.getText(), m.type.getText()]));
  typed.set(tag, { props: keysOf(shape.props), events: keysOf(shape.events) });
}
// Parts of the studio's own shadow root, not elements a page writes.
const INTERNAL = new Set(['shoppable-studio-timeline', 'shoppable-studio-hotspots']);
for (const mod of manifest.modules) {
  for (const decl of mod.declarations ?? []) {
    const tag = decl.tagName;
    if (!tag || INTERNAL.has(tag)) continue;
    const types = typed.get(tag);
    if (!types) {
      problems.push(`<${tag}> is missing from ShoppableElements in src/jsx.ts (no framework typings)`);
      continue;
    }
    const names = new Set();
    for (const a of decl.attributes ?? []) {
      names.add(a.name);
      if (a.fieldName) names.add(a.fieldName);
      if (!types.props.has(a.name) && !(a.fieldName && types.props.has(a.fieldName))) problems.push(`<${tag}> has the attribute "${a.name}", missing from its props in src/jsx.ts`);
    }
    for (const m of decl.members ?? []) if (m.kind === 'field' && !m.static && !m.privacy) names.add(m.name);
    for (const prop of types.props) if (!names.has(prop)) problems.push(`<${tag}>'s props in src/jsx.ts have "${prop}", which the element does not`);
    for (const e of decl.events ?? []) {
      if (e.name.startsWith('shoppable-') && !types.events.has(e.name)) problems.push(`<${tag}> fires "${e.name}", missing from its events in src/jsx.ts`);
    }
    for (const e of types.events) if (!(decl.events ?? []).some((x) => x.name === e)) problems.push(`<${tag}>'s events in src/jsx.ts have "${e}", which the manifest does not list`);
  }
}

const unique = [...new Set(problems)];
if (unique.length) {
  console.error(`custom-elements.json disagrees with the source (${unique.length}):\n- ${unique.join('\n- ')}`);
  process.exit(1);
}
console.log(`custom-elements.json: ${elements} elements agree with the source (events, attributes, properties, parts, custom properties) and with src/jsx.ts`);
