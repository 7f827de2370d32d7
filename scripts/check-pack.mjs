// What publint (exports, main, module and types targets exist and ship; condition order; globs
// match) and attw (every export resolves to types, and the .d.ts files' own imports resolve) do
// not check about what `npm publish` would ship, after a build: only what users need ships (no
// tests, fixtures, sources or demo), the files no export names are there (the transmuxing
// workers, the CDN entry and recipe files, LICENSE), every module that registers an element is in
// `sideEffects` (or bundlers drop the registration), and the VS Code data covers the manifest.
// Exits 1 with one line per problem.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { cartRecipes } from './entries.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];

// What may ship: built output, the manifest, the schema, the framework typings, and the usual files.
const ALLOWED = [
  /^dist\//,
  /^types\/[\w-]+\.d\.ts$/,
  /^schema\/[\w.-]+\.json$/,
  /^custom-elements\.json$/,
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/,
  // The command line (`npx shoppable-video studio`), named by package.json `bin`.
  /^bin\/[\w-]+\.mjs$/,
];
// Never, even inside dist/: tests, fixtures, demo pages and media.
const FORBIDDEN = [/(^|\/)test(s)?\//, /\.test\.[jt]s/, /(^|\/)fixtures?\//, /(^|\/)demo\//, /\.(ts|m3u8|mp4|vtt)$/];
// Files no package.json target names (publint checks those that one does).
const REQUIRED = [
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'dist/cdn/shoppable-video.js',
  // The show studio's page loads it (bin/shoppable-video.mjs).
  'dist/cdn/studio.js',
  // The transmuxing workers, next to the module that asks for them in each layout.
  ...['light', 'subtitles', 'full'].flatMap((b) => [`dist/engine/hls-worker-${b}.js`, `dist/cdn/hls-worker-${b}.js`]),
  // Each store recipe as a single file for themes without a build step.
  ...cartRecipes.map((name) => `dist/cdn/${name}-cart.js`),
];

function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Set(JSON.parse(out)[0].files.map((f) => f.path));
}

/** A sideEffects pattern as a RegExp over package-relative paths (`*` stays within one path segment). */
function patternToRegExp(pattern) {
  const body = posix
    .normalize(pattern.replace(/^\.\//, ''))
    .split('**')
    .map((part) => part.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

const files = packedFiles();

for (const file of files) {
  if (!ALLOWED.some((re) => re.test(file))) problems.push(`ships a file it should not: ${file}`);
  else if (FORBIDDEN.some((re) => re.test(file)) && !file.endsWith('.d.ts')) problems.push(`ships a test, fixture or source file: ${file}`);
}
for (const file of REQUIRED) if (!files.has(file)) problems.push(`does not ship ${file}`);

/** Whether `code` calls customElements.define() when it is imported (outside function and class bodies). */
function definesOnImport(code) {
  if (!/customElements\.define\(/.test(code)) return false;
  const declares = (node) => /^(Function|Class)Declaration$/.test(node.type) || (node.type === 'ExportNamedDeclaration' && node.declaration && declares(node.declaration));
  return parseAst(code).body.some((node) => !declares(node) && /customElements\.define\(/.test(code.slice(node.start, node.end)));
}

// Registration modules must be side effects; a module that only declares may not call define on
// import (a helper that defines when called, as define-element's, is not a side effect).
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(patternToRegExp) : null;
if (!sideEffects) problems.push('sideEffects is not a list: bundlers cannot tree-shake');
else {
  for (const file of files) {
    if (!file.startsWith('dist/') || !file.endsWith('.js') || file.startsWith('dist/cdn/')) continue;
    const code = readFileSync(join(root, file), 'utf8');
    if (definesOnImport(code) && !sideEffects.some((re) => re.test(file))) {
      problems.push(`${file} registers an element but is not listed in sideEffects`);
    }
  }
  for (const entry of ['dist/define.js', 'dist/cdn/shoppable-video.js']) {
    if (!sideEffects.some((re) => re.test(entry))) problems.push(`sideEffects does not mark ${entry}`);
  }
  if (sideEffects.some((re) => re.test('dist/index.js'))) problems.push('sideEffects marks dist/index.js, which registers nothing');
}

// The VS Code data lists every element of the manifest, with its attributes.
if (files.has('dist/vscode.html-custom-data.json') && files.has('custom-elements.json')) {
  const data = JSON.parse(readFileSync(join(root, 'dist/vscode.html-custom-data.json'), 'utf8'));
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const mod of manifest.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const tag = data.tags?.find((t) => t.name === decl.tagName);
      if (!tag) {
        problems.push(`dist/vscode.html-custom-data.json lacks <${decl.tagName}>`);
        continue;
      }
      for (const attr of decl.attributes ?? []) {
        if (attr.name && !tag.attributes.some((a) => a.name === attr.name)) {
          problems.push(`dist/vscode.html-custom-data.json lacks ${decl.tagName}[${attr.name}]`);
        }
      }
    }
  }
}

// MIT (publint reads no license text) and a changelog entry for this version (or an Unreleased section).
if (pkg.license !== 'MIT') problems.push(`license is ${pkg.license}, not MIT`);
if (existsSync(join(root, 'LICENSE')) && !/^MIT License/.test(readFileSync(join(root, 'LICENSE'), 'utf8'))) {
  problems.push('LICENSE is not the MIT license text');
}
const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : '';
if (!changelog.includes(`## [${pkg.version}]`) && !changelog.includes('## [Unreleased]')) {
  problems.push(`CHANGELOG.md has no "## [${pkg.version}]" or "## [Unreleased]" section`);
}

if (problems.length) {
  console.error(`npm pack check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`npm pack check: ${files.size} files, no tests or sources, workers and sideEffects ok`);
