// CDN build: one ES module that registers every element, with hls.js split into a lazy chunk
// that is fetched relative to the entry's own URL (rollup emits `import('./hls-<hash>.js')`).
// The per-module ESM build for bundlers is plain `tsc` output (see `npm run build`).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';
import terser from '@rollup/plugin-terser';

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
        id: id.replace(process.cwd() + '/', ''),
        bytes: m.renderedLength,
      }));
      chunks[file] = { imports: chunk.imports, dynamicImports: chunk.dynamicImports, modules };
    }
    this.emitFile({ type: 'asset', fileName: 'size-report.json', source: JSON.stringify({ entry, chunks }, null, 1) });
  },
});

export default {
  input: { 'shoppable-video': 'src/cdn.ts' },
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
    typescript({ tsconfig: './tsconfig.build.json', declaration: false, declarationMap: false, outDir: 'dist/cdn', sourceMap: true }),
    terser({ ecma: 2021, module: true, format: { comments: false } }),
    sizeReport(),
  ],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
