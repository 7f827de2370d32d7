// Writes dist/vscode.html-custom-data.json (VS Code's HTML custom data, version 1.1) from
// custom-elements.json, so HTML files get completion and hover docs for the elements and their
// attributes. Point VS Code at it with
//   "html.customData": ["./node_modules/shoppable-video/dist/vscode.html-custom-data.json"]
// Run after `npm run manifest`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const DOCS = `https://www.npmjs.com/package/${pkg.name}`;

/** `'none' | 'metadata' | 'auto'` → ['none', 'metadata', 'auto']; anything else → []. */
function literalValues(typeText) {
  if (!typeText) return [];
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p !== 'undefined' && p !== 'null');
  const literals = parts.map((p) => /^(['"])(.*)\1$/.exec(p)?.[2]);
  return literals.every((l) => l !== undefined) ? literals : [];
}

const isBoolean = (typeText) => /^boolean( \| undefined)?$/.test(typeText ?? '');

function markdown(...paragraphs) {
  return { kind: 'markdown', value: paragraphs.filter(Boolean).join('\n\n') };
}

function attribute(attr) {
  const type = attr.type?.text;
  const values = literalValues(type);
  const facts = [type && !isBoolean(type) && !values.length ? `Type: \`${type.replace(/ \| undefined$/, '')}\`` : '', attr.default && attr.default !== "''" ? `Default: \`${attr.default}\`` : '']
    .filter(Boolean)
    .join(' · ');
  const entry = { name: attr.name, description: markdown(attr.description, facts) };
  if (isBoolean(type)) entry.valueSet = 'v';
  else if (values.length) entry.values = values.map((name) => ({ name }));
  return entry;
}

function tag(decl) {
  const events = (decl.events ?? []).filter((e) => e.name && /^[a-z][a-z0-9-]*$/.test(e.name));
  const parts = decl.cssParts ?? [];
  const props = decl.cssProperties ?? [];
  const list = (title, items) => (items.length ? `**${title}:** ${items.map((i) => `\`${i.name}\``).join(', ')}` : '');
  return {
    name: decl.tagName,
    description: markdown(
      decl.summary,
      decl.description,
      list('Events', events),
      list('Slots', (decl.slots ?? []).filter((s) => s.name)),
      list('Parts', parts),
      list('Custom properties', props),
    ),
    attributes: (decl.attributes ?? []).filter((a) => a.name).map(attribute),
    references: [{ name: 'Documentation', url: DOCS }],
  };
}

const tags = [];
for (const mod of manifest.modules ?? []) {
  for (const decl of mod.declarations ?? []) {
    if (decl.customElement && decl.tagName && !tags.some((t) => t.name === decl.tagName)) tags.push(tag(decl));
  }
}
tags.sort((a, b) => a.name.localeCompare(b.name));
if (tags.length === 0) {
  console.error('custom-elements.json lists no elements: run `npm run manifest` first.');
  process.exit(1);
}
mkdirSync(new URL('dist/', root), { recursive: true });
writeFileSync(new URL('dist/vscode.html-custom-data.json', root), `${JSON.stringify({ version: 1.1, tags }, null, 2)}\n`);
console.log(`dist/vscode.html-custom-data.json: ${tags.map((t) => `<${t.name}> (${t.attributes.length} attributes)`).join(', ')}`);
