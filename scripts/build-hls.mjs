// hls.js builds made from the TypeScript sources hls.js 1.7 ships in node_modules/hls.js/src, with
// its compile-time feature flags (src/define-plugin.d.ts) set per variant. hls.js publishes a full
// and a light build; "subtitles" is the light build plus subtitle/caption and alternate-audio
// renditions, which the light build leaves out. Used by rollup.config.mjs (`npm run build`).
import { build } from 'esbuild';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const hlsRoot = dirname(require.resolve('hls.js/package.json'));
const version = JSON.parse(readFileSync(join(hlsRoot, 'package.json'), 'utf8')).version;

// hls.js bundles its dependencies into dist/ and lists them as devDependencies, so an install of
// hls.js does not bring them: they must be installed next to it (the versions hls.js pins), or in
// a folder named by HLS_SRC_DEPS (its node_modules).
const DEPS = ['eventemitter3', 'url-toolkit', '@svta/cml-id3', '@svta/cml-utils'];
const depPaths = () => (process.env.HLS_SRC_DEPS ? [join(process.env.HLS_SRC_DEPS, 'node_modules')] : []);

/** True when hls.js's own dependencies can be resolved, so that a variant can be built from its sources. */
export function canBuildHls() {
  return DEPS.every((dep) => {
    try {
      require.resolve(dep, { paths: [hlsRoot, ...depPaths()] });
      return true;
    } catch {
      return false;
    }
  });
}

/** Feature flags per variant; what hls.js's own build-config.js sets for its light and full builds. */
export const VARIANTS = {
  light: {},
  subtitles: { SUBTITLES: true, ALT_AUDIO: true },
  full: {
    SUBTITLES: true, ALT_AUDIO: true, EME_DRM: true, CMCD: true, CONTENT_STEERING: true,
    VARIABLE_SUBSTITUTION: true, M2TS_ADVANCED_CODECS: true, MEDIA_CAPABILITIES: true,
    INTERSTITIALS: true, IFRAMES: true,
  },
};
const FLAGS = Object.keys(VARIANTS.full);

/** esbuild's compile-time constants for `variant`, in the page's bundle or in the worker's. */
function defines(variant, inWorker) {
  const define = { __VERSION__: JSON.stringify(version), __IN_WORKER__: String(inWorker), __HLS_WORKER_BUNDLE__: 'undefined' };
  for (const flag of FLAGS) define[`__USE_${flag}__`] = String(Boolean(VARIANTS[variant][flag]));
  return define;
}

// Modules a light build replaces with an empty one (as hls.js's build-config.js aliases them), so
// that their top-level code is not kept just because an import names it.
const DROPPED = {
  SUBTITLES: ['controller/timeline-controller', 'controller/subtitle-track-controller', 'controller/subtitle-stream-controller', 'utils/cues'],
  ALT_AUDIO: ['controller/audio-track-controller', 'controller/audio-stream-controller'],
  EME_DRM: ['controller/eme-controller'],
  CMCD: ['controller/cmcd-controller'],
  CONTENT_STEERING: ['controller/content-steering-controller'],
  INTERSTITIALS: ['controller/interstitials-controller'],
  IFRAMES: ['controller/iframe-controller'],
};

/** hls.js's worker entry (built into hls-worker-<variant>.js). */
const WORKER_ENTRY = 'demux/transmuxer-worker';

/**
 * Fails the build, naming the internal, when the installed hls.js no longer has a compile-time flag
 * or a source module this build relies on (test/contracts/hls-internals.test.ts checks the runtime
 * internals the library touches).
 */
export function assertHlsSources() {
  const declared = readFileSync(join(hlsRoot, 'src/define-plugin.d.ts'), 'utf8');
  for (const flag of FLAGS) {
    if (!declared.includes(`__USE_${flag}__`)) throw new Error(`hls.js ${version} changed its compile-time flag __USE_${flag}__ (src/define-plugin.d.ts): scripts/build-hls.mjs relies on it`);
  }
  for (const m of [WORKER_ENTRY, ...Object.values(DROPPED).flat()]) {
    if (!existsSync(join(hlsRoot, 'src', `${m}.ts`))) throw new Error(`hls.js ${version} changed its source module src/${m}.ts: scripts/build-hls.mjs relies on it`);
  }
}

/**
 * Builds one variant of hls.js as a minified ES module with a default export (the Hls class),
 * to `outfile`. The worker is not inlined (as in hls.js's own ES builds): pass `workerPath`.
 */
export async function buildHls(variant, outfile) {
  const define = defines(variant, false);
  const dropped = Object.entries(DROPPED).filter(([flag]) => !VARIANTS[variant][flag]).flatMap(([, paths]) => paths);
  const empty = {
    name: 'hls-empty-modules',
    setup(b) {
      b.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = join(args.resolveDir, args.path).replace(/\.ts$/, '');
        if (!dropped.some((p) => target === join(hlsRoot, 'src', p))) return null;
        return { path: target, namespace: 'hls-empty' };
      });
      // Classes stand in for the dropped controllers: config.ts only names them behind a false flag.
      b.onLoad({ filter: /.*/, namespace: 'hls-empty' }, () => ({ contents: 'export default undefined;', loader: 'js' }));
    },
  };
  // tsc's map of the stand-in module this build replaces would describe the wrong file.
  rmSync(`${outfile}.map`, { force: true });
  return build({
    entryPoints: [join(hlsRoot, 'src/exports-default.ts')],
    outfile,
    bundle: true,
    format: 'esm',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    define,
    plugins: [empty],
    logLevel: 'error',
    metafile: true,
    nodePaths: depPaths(),
  });
}

/**
 * Builds the transmuxing worker of one variant (a classic script, as hls.js's own
 * `dist/hls.worker.js`, with the variant's feature flags) to each of `outfiles`. The engine moves
 * transmuxing into it after the first frame (src/engine/transmux-worker.ts).
 */
export async function buildHlsWorker(variant, outfiles) {
  const result = await build({
    entryPoints: [join(hlsRoot, `src/${WORKER_ENTRY}.ts`)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    define: defines(variant, true),
    logLevel: 'error',
    nodePaths: depPaths(),
  });
  writeAll(outfiles, result.outputFiles[0].contents);
}

/** Copies hls.js's own worker (`dist/hls.worker.js`, every feature) to each of `outfiles`. */
export function copyHlsWorker(outfiles) {
  writeAll(outfiles, readFileSync(join(hlsRoot, 'dist/hls.worker.js')));
}

function writeAll(files, code) {
  for (const file of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, code);
  }
}
