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
 * the library may be served from a CDN. Where that fails (no such file, a CSP without
 * `worker-src blob:`), hls.js keeps transmuxing on the main thread, as before.
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';

// Literal `new URL('./…', import.meta.url)` so bundlers (Vite, webpack, Parcel) copy the files.
const SCRIPTS: Record<HlsBuild, () => URL> = {
  light: () => new URL('./hls-worker-light.js', import.meta.url),
  subtitles: () => new URL('./hls-worker-subtitles.js', import.meta.url),
  full: () => new URL('./hls-worker-full.js', import.meta.url),
};

const fetched = new Map<HlsBuild, Promise<string | undefined>>();

/**
 * The worker script of `build` as a `blob:` URL, fetched once per page at low priority; undefined
 * when it could not be fetched (then it is not asked for again).
 */
export function transmuxWorkerUrl(build: HlsBuild): Promise<string | undefined> {
  let url = fetched.get(build);
  if (!url) {
    url = fetch(SCRIPTS[build](), { priority: 'low' } as RequestInit)
      .then((res) => (res.ok ? res.blob() : undefined))
      .then((blob) => (blob ? URL.createObjectURL(new Blob([blob], { type: 'text/javascript' })) : undefined))
      .catch(() => undefined);
    fetched.set(build, url);
  }
  return url;
}

/** The hls.js internals the hand-over touches (hls.js 1.7; absent fields mean "leave it alone"). */
interface HlsInternals {
  config?: { workerPath?: string | null; enableWorker?: boolean };
  streamController?: { transmuxer?: { destroy(): void } | null };
}

/**
 * Points `hls` at the worker `workerPath` and drops its main stream's main-thread transmuxer, so
 * the next fragment creates one that runs in the worker. Call it only between two fragments of
 * the main stream (on its `FRAG_BUFFERED`), when no transmuxing is in flight. Returns false, and
 * changes nothing, when hls.js's internals are not the ones this was written for.
 */
export function handOverTransmuxing(hls: object, workerPath: string): boolean {
  const { config, streamController } = hls as HlsInternals;
  if (!config || config.enableWorker === false || !streamController || !('transmuxer' in streamController)) return false;
  config.workerPath = workerPath;
  streamController.transmuxer?.destroy();
  streamController.transmuxer = null;
  return true;
}
