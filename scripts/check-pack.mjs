// Checks what `npm publish` would ship, after a build: `npm pack --dry-run --json` must list only
// what users need (no tests, fixtures, sources or demo), every required file must be there, every
// target named by package.json (exports, main, module, types, customElements) must exist and ship,
// and every module that registers an element must be marked in `sideEffects` (or bundlers drop the
// registration). Exits 1 with one line per problem.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

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
];
// Never, even inside dist/: tests, fixtures, demo pages and media.
const FORBIDDEN = [/(^|\/)test(s)?\//, /\.test\.[jt]s/, /(^|\/)fixtures?\//, /(^|\/)demo\//, /\.(ts|m3u8|mp4|vtt)$/];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'schema/show.schema.json',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define.js',
  'dist/cdn/shoppable-video.js',
  'dist/jsx.d.ts',
  'dist/seo/json-ld.js',
  'dist/vscode.html-custom-data.json',
  'types/react.d.ts',
  'types/preact.d.ts',
  'types/svelte.d.ts',
  'types/vue.d.ts',
  // The transmuxing workers, next to the module that asks for them in each layout.
  ...['light', 'subtitles', 'full'].flatMap((b) => [`dist/engine/hls-worker-${b}.js`, `dist/cdn/hls-worker-${b}.js`]),
];

function packedFiles() {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Set(JSON.parse(out)[0].files.map((f) => f.path));
}

/** Every file path a package.json target string names (`./dist/cdn/*` names every file under it). */
function targets(value, where, out = []) {
  if (typeof value === 'string') out.push({ target: value, where });
  else if (Array.isArray(value)) value.forEach((v, i) => targets(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) targets(v, `${where}[${JSON.stringify(key)}]`, out);
  }
  return out;
}

/** A sideEffects or exports pattern as a RegExp over package-relative paths (`*` is one or more path segments' worth of characters, as in webpack). */
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

// Every target of exports/main/module/types/customElements exists and ships.
const named = [
  ...targets(pkg.exports, 'exports'),
  ...['main', 'module', 'types', 'customElements'].flatMap((k) => (pkg[k] ? [{ target: pkg[k], where: k }] : [])),
];
for (const { target, where } of named) {
  const path = posix.normalize(target.replace(/^\.\//, ''));
  if (path.includes('*')) {
    const re = patternToRegExp(path);
    if (![...files].some((f) => re.test(f))) problems.push(`${where}: ${target} matches no shipped file`);
  } else if (!existsSync(join(root, path))) {
    problems.push(`${where}: ${target} does not exist (build first)`);
  } else if (!files.has(path)) {
    problems.push(`${where}: ${target} exists but is not in the package ("files")`);
  }
}
if (pkg.exports?.['.']?.types === undefined) problems.push('exports["."] has no "types" condition');
for (const [key, value] of Object.entries(pkg.exports ?? {})) {
  if (value && typeof value === 'object' && 'default' in value && Object.keys(value).at(-1) !== 'default') {
    problems.push(`exports["${key}"]: "default" must be the last condition`);
  }
  if (value && typeof value === 'object' && 'types' in value && Object.keys(value)[0] !== 'types') {
    problems.push(`exports["${key}"]: "types" must be the first condition`);
  }
}

// Registration modules must be side effects; a module that only declares may not call define.
const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects.map(patternToRegExp) : null;
if (pkg.sideEffects === true || pkg.sideEffects === undefined) problems.push('sideEffects is not a list: bundlers cannot tree-shake');
if (sideEffects) {
  for (const file of files) {
    if (!file.startsWith('dist/') || !file.endsWith('.js') || file.startsWith('dist/cdn/')) continue;
    const code = readFileSync(join(root, file), 'utf8');
    if (/customElements\.define\(/.test(code) && !sideEffects.some((re) => re.test(file))) {
      problems.push(`${file} registers an element but is not listed in sideEffects`);
    }
  }
  for (const entry of ['dist/define.js', 'dist/cdn/shoppable-video.js']) {
    if (!sideEffects.some((re) => re.test(entry))) problems.push(`sideEffects does not mark ${entry}`);
  }
  if (sideEffects.some((re) => re.test('dist/index.js'))) problems.push('sideEffects marks dist/index.js, which registers nothing');
}

// The framework typings import ../dist/jsx.js: it must ship next to them.
for (const file of files) {
  if (!file.startsWith('types/')) continue;
  const text = readFileSync(join(root, file), 'utf8');
  for (const [, spec] of text.matchAll(/from '(\.\.?\/[^']+)'/g)) {
    const resolved = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.d.ts');
    if (!files.has(resolved)) problems.push(`${file} imports ${spec}, which does not ship (${resolved})`);
  }
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

// MIT, semantic versioning, a changelog entry for this version (or an Unreleased section).
if (pkg.license !== 'MIT') problems.push(`license is ${pkg.license}, not MIT`);
if (existsSync(join(root, 'LICENSE')) && !/^MIT License/.test(readFileSync(join(root, 'LICENSE'), 'utf8'))) {
  problems.push('LICENSE is not the MIT license text');
}
if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(pkg.version)) problems.push(`version ${pkg.version} is not semver`);
const changelog = existsSync(join(root, 'CHANGELOG.md')) ? readFileSync(join(root, 'CHANGELOG.md'), 'utf8') : '';
if (!changelog.includes(`## [${pkg.version}]`) && !changelog.includes('## [Unreleased]')) {
  problems.push(`CHANGELOG.md has no "## [${pkg.version}]" or "## [Unreleased]" section`);
}

if (problems.length) {
  console.error(`npm pack check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
const shipped = readdirSync(root).filter((f) => [...files].some((p) => p === f || p.startsWith(`${f}/`)));
console.log(`npm pack check: ${files.size} files (${shipped.join(', ')}), exports, types and sideEffects ok`);
