// CDN build: one ES module that registers every element, with hls.js split into a lazy chunk
// that is fetched relative to the entry's own URL (rollup emits `import('./hls-<hash>.js')`).
// It bundles the per-module ESM that `tsc` already wrote to dist/ (see `npm run build`), so
// TypeScript is compiled once.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

// Writes dist/cdn/size-report.json: each chunk's static imports and modules, for scripts/size.mjs.
const sizeReport = () => ({
  name: 'size-report',
  generateBundle(_options, bundle) {
    const chunks = {};
    let entry;
    for (const [file, chunk] of Object.entries(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (chunk.isEntry) entry = file;
      const modules = Object.entries(chunk.modules).map(([id, m]) => ({
        id: id.replace(process.cwd() + '/', '').replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'),
        bytes: m.renderedLength,
      }));
      chunks[file] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules };
    }
    this.emitFile({ type: 'asset', fileName: 'size-report.json', source: JSON.stringify({ entry, chunks }, null, 1) });
  },
});

// hls.js ships its own minified ES module: bundle that one as the lazy chunk and do not minify it
// again (terser over 1.5 MB of hls.js is most of the build's time).
const prebuiltHls = () => ({
  name: 'prebuilt-hls',
  resolveId(source) {
    if (source === 'hls.js') return this.resolve('hls.js/dist/hls.min.mjs', undefined, { skipSelf: true });
    return null;
  },
});
const minify = terser({ ecma: 2021, module: true, format: { comments: false } });
const terserRenderChunk = minify.renderChunk;
minify.renderChunk = function (code, chunk, ...rest) {
  return chunk.name === 'hls' ? null : terserRenderChunk.call(this, code, chunk, ...rest);
};

const main = {
  input: { 'shoppable-video': 'dist/cdn.js' },
  output: {
    dir: 'dist/cdn',
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
    sourcemap: true,
    manualChunks(id) {
      if (id.includes('/node_modules/hls.js/')) return 'hls';
    },
  },
  plugins: [
    nodeResolve({ exportConditions: ['production', 'module', 'import', 'default'] }),
    prebuiltHls(),
    // Lit's html`` and css`` keep their source whitespace and comments; minify them (the
    // templates' markup and CSS), as Lit's production guide recommends.
    minifyHTML({ include: ['dist/**/*.js'], exclude: ['dist/styles/tokens.js'] }),
    minify,
    sizeReport(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};

// The store recipes as single files for no-build themes (a Shopify theme's assets folder is flat).
const recipes = ['shopify', 'woocommerce', 'fetch'].map((name) => ({
  input: `dist/cart/${name}.js`,
  output: { file: `dist/cdn/${name}-cart.js`, format: 'es', sourcemap: true },
  plugins: [nodeResolve(), terser({ ecma: 2021, module: true, format: { comments: false } })],
}));

export default [main, ...recipes];
