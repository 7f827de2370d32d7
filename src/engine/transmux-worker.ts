/**
 * Transmuxing off the main thread, from the first frame on.
 *
 * hls.js turns MPEG-TS segments into fMP4 for Media Source Extensions ("transmuxing"): during
 * playback that is most of its main-thread time. Its ES module builds (all three the engine
 * chooses from) carry no inline worker, so they transmux on the main thread unless
 * `hlsConfig.workerPath` names a worker script. The library ships one worker per hls.js build,
 * next to this module (`hls-worker-<build>.js`, built from the same hls.js sources by
 * scripts/build-hls.mjs), and the engine starts playback on the main thread, so nothing more is
 * fetched before the first frame, then hands transmuxing to the worker once the video plays.
 *
 * The script is fetched and started from a `blob:` URL, because a worker must be same-origin and
 * the library may be served from a CDN (under Trusted Types, through the library's policy: see
 * `trusted-worker`). Where that fails (no such file, a CSP without
 * `worker-src blob:`, a file that throws), hls.js keeps transmuxing on the main thread, as before.
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';
import { trustedScriptUrl, withTrustedWorker } from './trusted-worker.js';

// Literal `new URL('./…', import.meta.url)` so bundlers (Vite, webpack, Parcel) copy the files.
const SCRIPTS: Record<HlsBuild, () => URL> = {
  light: () => new URL('./hls-worker-light.js', import.meta.url),
  subtitles: () => new URL('./hls-worker-subtitles.js', import.meta.url),
  full: () => new URL('./hls-worker-full.js', import.meta.url),
};

const fetched = new Map<HlsBuild, Promise<string | undefined>>();
/** How long a worker may take to start and answer before it is taken for broken. */
const START_TIMEOUT_MS = 5000;

/**
 * True when the worker script at `url` starts and answers hls.js's `init` message. A script that
 * fails (a broken file, an error page served as 200) is found out here, on a worker of the
 * library's own whose error is handled: on hls.js's worker the error would, after hls.js's own
 * fallback, also reach the page as an uncaught error.
 */
function starts(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(trustedScriptUrl(url));
    } catch {
      return resolve(false); // e.g. a CSP without `worker-src blob:`
    }
    const end = (ok: boolean) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(ok);
    };
    const timer = setTimeout(() => end(false), START_TIMEOUT_MS);
    worker.onerror = (e) => {
      e.preventDefault();
      end(false);
    };
    worker.onmessage = (e: MessageEvent<{ event?: string }>) => e.data?.event === 'init' && end(true);
    worker.postMessage({ instanceNo: -1, cmd: 'init', typeSupported: {}, id: 'main', config: '{}' });
  });
}

/**
 * The worker script of `build` as a `blob:` URL, fetched once per page at low priority and tried
 * once on a worker of its own; undefined when it could not be fetched or did not start (then it
 * is not asked for again).
 */
export function transmuxWorkerUrl(build: HlsBuild): Promise<string | undefined> {
  let url = fetched.get(build);
  if (!url) {
    url = fetch(SCRIPTS[build](), { priority: 'low' } as RequestInit)
      .then((res) => (res.ok ? res.blob() : undefined))
      .then(async (blob) => {
        if (!blob) return undefined;
        const objectUrl = URL.createObjectURL(new Blob([blob], { type: 'text/javascript' }));
        if (await starts(objectUrl)) return objectUrl;
        URL.revokeObjectURL(objectUrl);
        return undefined;
      })
      .catch(() => undefined);
    fetched.set(build, url);
  }
  return url;
}

/** A main-stream transmuxer of hls.js 1.7 (`TransmuxerInterface`), as far as the hand-over reads it. */
interface Transmuxer {
  readonly constructor: new (...args: unknown[]) => Transmuxer;
  readonly hls?: unknown;
  readonly id?: unknown;
  readonly onTransmuxComplete?: unknown;
  readonly onFlush?: unknown;
  destroy(): void;
}

/** The hls.js internals the hand-over touches (hls.js 1.7; absent fields mean "leave it alone"). */
interface HlsInternals {
  config?: { workerPath?: string | null; enableWorker?: boolean };
  streamController?: { transmuxer?: Transmuxer | null };
}

/**
 * Points `hls` at the worker `workerPath` and replaces its main stream's main-thread transmuxer
 * with one that runs in the worker, made now with the same arguments hls.js gives it, so that the
 * worker starts from its trusted URL where the page enforces Trusted Types (hls.js would start it
 * from a plain string on the next fragment). Call it only between two fragments of the main
 * stream (on its `FRAG_BUFFERED`), when no transmuxing is in flight. Changes nothing when hls.js's
 * internals are not the ones this was written for.
 */
export function handOverTransmuxing(hls: object, workerPath: string): void {
  const { config, streamController } = hls as HlsInternals;
  if (!config || config.enableWorker === false || !streamController || !('transmuxer' in streamController)) return;
  config.workerPath = workerPath;
  const old = streamController.transmuxer;
  streamController.transmuxer = null;
  if (!old) return;
  const args = [old.hls, old.id, old.onTransmuxComplete, old.onFlush];
  old.destroy();
  // Without them all, hls.js makes the next transmuxer itself, on the next fragment.
  if (args.every(Boolean)) streamController.transmuxer = withTrustedWorker(workerPath, () => new old.constructor(...args));
}
