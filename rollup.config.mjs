// Two builds, in order. First the per-module ESM + .d.ts for bundlers: @rollup/plugin-typescript
// compiles every module of src/ (tsconfig.build.json) one file per module into dist/, with lit
// and hls.js left as imports. Then the CDN build: one ES module that registers every element,
// with hls.js split into a lazy chunk fetched relative to the entry's own URL (rollup emits
// `import('./hls-<hash>.js')`). It bundles the per-module ESM of the first build, so TypeScript is
// compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readdirSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { cartRecipes } from './scripts/entries.mjs';
import { assertHlsSources, buildHls, buildHlsWorker, canBuildHls, copyHlsWorker } from './scripts/build-hls.mjs';

// Writes dist/cdn/size-report.json: each chunk's static imports and modules, for scripts/size.mjs.
const sizeReport = () => ({
  name: 'size-report',
  generateBundle(_options, bundle) {
    const chunks = {};
    let entry;
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      // The script-tag entry the budget is for (the feed's own entry, shoppable-feed.js, is reported beside it).
      if (chunk.isEntry && chunk.name === 'shoppable-video') entry = file;
      const modules = Object.entries(chunk.modules).map(([id, m]) => ({
        id: id.replace(process.cwd() + '/', '').replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'),
        bytes: m.renderedLength,
      }));
      chunks[file] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules };
    }
    this.emitFile({ type: 'asset', fileName: 'size-report.json', source: JSON.stringify({ entry, chunks }, null, 1) });
  },
});

// hls.js builds, each its own lazy chunk, chosen at run time from the source's playlist
// (src/core/hls-features.ts): hls.js's own minified full and light ES modules, and "subtitles",
// light plus subtitle/caption and alternate-audio renditions, built from hls.js's sources into
// dist/engine/hls-subtitles.js (over the compiled stand-in, which re-exports the full build) when
// hls.js's build dependencies are installed (scripts/build-hls.mjs). None is minified again
// (terser over 1.5 MB of hls.js is most of the build's time).
// Each build's transmuxing worker (src/engine/transmux-worker.ts), next to the module that asks for
// it in both layouts: dist/engine/ for bundlers, dist/cdn/ for the CDN build. Without hls.js's
// build dependencies, all three are hls.js's own full worker (same version, same messages).
const WORKER_BUILDS = ['light', 'subtitles', 'full'];
const workerFiles = (build) => [`dist/engine/hls-worker-${build}.js`, `dist/cdn/hls-worker-${build}.js`];
// Runs once the per-module build is written, so the subtitles build lands over its stand-in.
const hlsBuilds = () => ({
  name: 'hls-builds',
  async writeBundle() {
    if (canBuildHls()) {
      assertHlsSources();
      await buildHls('subtitles', 'dist/engine/hls-subtitles.js');
      for (const build of WORKER_BUILDS) await buildHlsWorker(build, workerFiles(build));
    } else {
      this.warn('hls.js build dependencies not found; the "subtitles" build is the full one, and every worker is hls.js\'s own');
      for (const build of WORKER_BUILDS) copyHlsWorker(workerFiles(build));
    }
  },
});

// Every module of src/ is an entry, as `tsc` would emit it: a module no other imports (a
// type-only one, a recipe) still gets its .js and .d.ts.
const sources = readdirSync('src', { recursive: true })
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.endsWith('.test.ts'))
  .sort()
  .map((f) => `src/${f}`);
const modules = {
  input: sources,
  // Bare imports (lit, hls.js, react) stay imports: the page's bundler resolves them.
  external: (id) => !/^[./\0]/.test(id) && !id.startsWith(process.cwd()),
  output: {
    dir: 'dist',
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: 'src',
    entryFileNames: '[name].js',
    sourcemap: true,
  },
  // The plugin always imports TypeScript's helpers (Lit's decorators use `__decorate`) from
  // tslib, a dependency, instead of a copy in every decorated module; type errors fail the build.
  plugins: [typescript({ tsconfig: 'tsconfig.build.json', noEmitOnError: true }), hlsBuilds()],
  onwarn(warning, warn) {
    // Modules of types only (types.ts, jsx.ts, engine/hls-types.ts) compile to empty files.
    if (warning.code === 'EMPTY_BUNDLE') return;
    warn(warning);
  },
};

const prebuiltHls = () => ({
  name: 'prebuilt-hls',
  resolveId(source) {
    if (source === 'hls.js') return this.resolve('hls.js/dist/hls.min.mjs', undefined, { skipSelf: true });
    if (source === 'hls.js/light') return this.resolve('hls.js/dist/hls.light.min.mjs', undefined, { skipSelf: true });
    return null;
  },
});
const HLS_CHUNKS = new Set(['hls-full', 'hls-light', 'hls-subtitles']);

// The design tokens are CSS fragments composed into each other (`${light}`), which the template
// minifier cannot parse, so it leaves them out; this strips their comments and indentation instead
// (whitespace only: every declaration and value stays as written).
const tokensWhitespace = {
  name: 'tokens-whitespace',
  transform(code, id) {
    if (!id.replaceAll('\\', '/').endsWith('/dist/styles/tokens.js')) return null;
    const squeezed = code.replace(/css ?`([^`]*)`/g, (_, body) => `css\`${body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, ' ').trim()}\``);
    return { code: squeezed, map: null };
  },
};
const minify = terser({ ecma: 2021, module: true, format: { comments: false } });
const terserRenderChunk = minify.renderChunk;
minify.renderChunk = function (code, chunk, ...rest) {
  return HLS_CHUNKS.has(chunk.name) ? null : terserRenderChunk.call(this, code, chunk, ...rest);
};

const main = {
  input: { 'shoppable-video': 'dist/cdn.js', 'shoppable-feed': 'dist/cdn-feed.js' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    // The engine builds keep stable names (hls-light.js, hls-subtitles.js, hls-full.js) so that a
    // page can <link rel="modulepreload"> the one it plays (docs/performance.md); like the entry's
    // own name, they are versioned by the path they are served from.
    chunkFileNames: (chunk) => (HLS_CHUNKS.has(chunk.name) ? '[name].js' : '[name]-[hash].js'),
    sourcemap: true,
    manualChunks(id) {
      if (id.includes('/node_modules/hls.js/dist/hls.light.')) return 'hls-light';
      if (id.includes('/node_modules/hls.js/')) return 'hls-full';
      if (id.includes('/dist/engine/hls-subtitles.')) return 'hls-subtitles';
    },
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    prebuiltHls(),
    // Lit's html`` and css`` keep their source whitespace and comments; minify them (the
    // templates' markup and CSS), as Lit's production guide recommends.
    minifyHTML({ include: ['dist/**/*.js'], exclude: ['dist/styles/tokens.js'] }),
    tokensWhitespace,
    minify,
    sizeReport(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// The store recipes as single files for no-build themes (a Shopify theme's assets folder is flat):
// one per `./cart/<name>` export of package.json.
const recipes = cartRecipes.map((name) => ({
  input: `dist/cart/${name}.js`,
  output: { file: `dist/cdn/${name}-cart.js`, format: 'es', sourcemap: true },
  plugins: [nodeResolve(), terser({ ecma: 2021, module: true, format: { comments: false } })],
}));

// The show studio (`npx shoppable-video studio`) as one file for the browser: dist/cdn/studio.js,
// with the player inside. A separate build, so nothing of it can land in a chunk of the player's
// entry; its hls.js chunks are the same modules with the same names, written over the player's.
const studioMinify = terser({ ecma: 2021, module: true, format: { comments: false } });
const studioRenderChunk = studioMinify.renderChunk;
studioMinify.renderChunk = function (code, chunk, ...rest) {
  return HLS_CHUNKS.has(chunk.name) ? null : studioRenderChunk.call(this, code, chunk, ...rest);
};
const studio = {
  input: { studio: 'dist/studio/index.js' },
  output: { ...main.output },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    prebuiltHls(),
    minifyHTML({ include: ['dist/**/*.js'], exclude: ['dist/styles/tokens.js'] }),
    studioMinify,
  ],
  onwarn: main.onwarn,
};

export default [modules, main, ...recipes, studio];
