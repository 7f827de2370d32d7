// Type-checks the per-framework typings in types/ against the frameworks themselves (devDependencies):
// React 19 TSX with tsc and @types/react, Preact TSX with tsc, a Vue SFC with vue-tsc under
// `strictTemplates`, a Svelte 5 component with svelte-check. Each test file in test/types/ uses every
// attribute of every element and every `shoppable-*` event (checked here against custom-elements.json),
// and has lines that must fail: `@ts-expect-error` (TSX), `@vue-expect-error` (Vue), and a
// "must fail" comment before the line (Svelte, which has no such directive). The code examples of
// the guides (docs/react.md, docs/vue.md, docs/editor-support.md) are checked too, copied into
// .types-docs/. Needs dist/ and custom-elements.json: run after the build. Two checks run at once.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url);
const path = (p) => new URL(p, root).pathname;
const read = (p) => readFileSync(new URL(p, root), 'utf8');
if (!existsSync(new URL('dist/jsx.d.ts', root)) || !existsSync(new URL('custom-elements.json', root))) {
  console.error('dist/jsx.d.ts or custom-elements.json is missing: run `npm run build` first.');
  process.exit(1);
}
const started = Date.now();
const problems = [];

// 1. The guides' examples, as files the checkers read (fragments get the names they assume).
const docs = path('.types-docs/');
rmSync(docs, { recursive: true, force: true });
const blocks = (file, lang) => [...read(file).matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
const write = (file, text) => {
  mkdirSync(new URL('.', new URL(file, `file://${docs}`)), { recursive: true });
  writeFileSync(new URL(file, `file://${docs}`), text);
};
blocks('docs/react.md', 'tsx').forEach((code, i) => write(`react/react-md-${i + 1}.tsx`, code));
blocks('docs/editor-support.md', 'tsx').forEach((code, i) => write(`react/editor-support-${i + 1}.tsx`, code));
write('react/guide-names.d.ts', 'declare function addToCart(id: string, quantity: number): Promise<{ cartCount?: number }>;\n');
blocks('docs/vue.md', 'vue').forEach((code, i) => write(`vue/VueMd${i + 1}.vue`, code));
write('vue/env.d.ts', "import type {} from 'shoppable-video/types/vue';\n");
write('vue/spring-launch.json', JSON.stringify({ version: 1, id: 'spring-launch', products: [], moments: [] }));
const vueScript = `<script setup lang="ts">
import type { ShoppableAddToCartEvent } from 'shoppable-video';
defineProps<{ show: object }>();
function onAdd(event: ShoppableAddToCartEvent) { event.detail.waitUntil(Promise.resolve()); }
</script>\n`;
blocks('docs/editor-support.md', 'vue').forEach((code, i) => write(`vue/EditorSupport${i + 1}.vue`, `${vueScript}<template>\n${code}</template>\n`));
const svelteScript = `<script lang="ts">
  import type {} from 'shoppable-video/types/svelte';
  import type { ShoppableAddToCartEvent } from 'shoppable-video';
  let { show, onAdd }: { show: object; onAdd: (event: ShoppableAddToCartEvent) => void } = $props();
</script>\n`;
blocks('docs/editor-support.md', 'svelte').forEach((code, i) => write(`svelte/EditorSupport${i + 1}.svelte`, svelteScript + code));

// 2. Each framework's file uses every attribute of every element a page writes, and every
//    `shoppable-*` event (each on an element that fires it), so a new one cannot go untested.
const FILES = {
  'react and preact': 'test/types/jsx.types.tsx',
  vue: 'test/types/vue/Player.vue',
  svelte: 'test/types/svelte/Player.svelte',
};
const manifest = JSON.parse(read('custom-elements.json'));
const jsx = read('src/jsx.ts');
// A name as an attribute or as a listener (`onshoppable-x`, `on:shoppable-x`, `@shoppable-x`).
const uses = (text, name) => new RegExp(`(?:^|[^\\w-]|\\bon:?)${name}(?![\\w-])`).test(text);
for (const [framework, file] of Object.entries(FILES)) {
  const text = read(file);
  const events = new Map();
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName || !jsx.includes(`'${decl.tagName}': {`)) continue;
      // The element's tag blocks: from `<tag` to the next element.
      const own = [...text.matchAll(new RegExp(`<${decl.tagName}\\b[\\s\\S]*?(?=\\n\\s*<(?!/)|$)`, 'g'))].map((m) => m[0]).join('\n');
      const missing = (decl.attributes ?? []).map((a) => a.name).filter((n) => !uses(own, n));
      if (missing.length) problems.push(`${framework}: ${file} does not use <${decl.tagName}>'s ${missing.join(', ')}`);
      for (const e of decl.events ?? []) {
        if (e.name.startsWith('shoppable-')) events.set(e.name, (events.get(e.name) ?? false) || uses(own, e.name));
      }
    }
  }
  const unheard = [...events].filter(([, heard]) => !heard).map(([name]) => name);
  if (unheard.length) problems.push(`${framework}: ${file} listens to none of ${unheard.join(', ')}`);
}

// 3. The checkers, two at a time.
function run(name, cmd, args) {
  return new Promise((resolve) => {
    const t = Date.now();
    execFile(cmd, args, { cwd: path('.'), maxBuffer: 1 << 24 }, (error, stdout, stderr) => {
      resolve({ name, ok: !error, out: `${stdout}${stderr}`, seconds: ((Date.now() - t) / 1000).toFixed(1) });
    });
  });
}
const bin = (name) => path(`node_modules/.bin/${name}`);
const jobs = [
  () => run('React 19 (tsc, @types/react)', bin('tsc'), ['-p', 'test/types/tsconfig.react.json']),
  () => run('Vue (vue-tsc, strictTemplates)', bin('vue-tsc'), ['-p', 'test/types/tsconfig.vue.json']),
  () => run('Preact (tsc)', bin('tsc'), ['-p', 'test/types/tsconfig.preact.json']),
  () => run('Svelte (svelte-check)', bin('svelte-check'), ['--tsconfig', './tsconfig.svelte.json', '--workspace', 'test/types', '--output', 'machine']),
];
const results = [];
const lane = async () => {
  for (let job = jobs.shift(); job; job = jobs.shift()) results.push(await job());
};
await Promise.all([lane(), lane()]);

for (const r of results) {
  if (!r.name.startsWith('Svelte')) {
    if (r.ok) console.log(`${r.name}: ok (${r.seconds} s)`);
    else problems.push(`${r.name}: type errors\n${r.out}`);
    continue;
  }
  // svelte-check: the errors must be exactly the lines after the "must fail" comments.
  const errors = [...r.out.matchAll(/ ERROR "([^"]+)" (\d+):\d+ "([^"]*)"/g)].map((m) => ({ file: m[1], line: Number(m[2]), text: m[3] }));
  const lines = read('test/types/svelte/Player.svelte').split('\n');
  const expected = new Set(lines.flatMap((l, i) => (/<!-- must fail:/.test(l) ? [i + 2] : [])));
  const unexpected = errors.filter((e) => !(e.file === 'svelte/Player.svelte' && expected.has(e.line)));
  const silent = [...expected].filter((line) => !errors.some((e) => e.file === 'svelte/Player.svelte' && e.line === line));
  if (!/COMPLETED/.test(r.out)) problems.push(`${r.name}: did not complete\n${r.out}`);
  for (const e of unexpected) problems.push(`${r.name}: ${e.file}:${e.line}: ${e.text}`);
  for (const line of silent) problems.push(`${r.name}: test/types/svelte/Player.svelte:${line} must fail, and did not`);
  if (!unexpected.length && !silent.length && /COMPLETED/.test(r.out)) console.log(`${r.name}: ok, ${expected.size} lines fail as they must (${r.seconds} s)`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`framework typings: ok in ${((Date.now() - started) / 1000).toFixed(1)} s`);
