/**
 * When to move an hls.js instance's transmuxing into the library's worker (the worker itself and
 * the hand-over are in `transmux-worker`, a lazy chunk): once the video plays and shows a frame, so
 * that nothing is fetched before the first frame, and between two fragments of the main stream.
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';

/** The parts of an hls.js instance this needs. */
interface Emitter {
  on(event: string, listener: (event: string, data: any) => void): void;
  off(event: string, listener?: (event: string, data: any) => void): void;
}

/** What {@link offloadTransmuxing} watches. */
export interface OffloadOptions {
  readonly hls: Emitter;
  /** The instance's config: `enableWorker: false` or a `workerPath` of the page's own leave it be. */
  readonly config: { readonly enableWorker?: unknown; readonly workerPath?: unknown };
  /** hls.js's `Events.FRAG_BUFFERED`. */
  readonly buffered: string;
  /** The hls.js build playing, whose worker is wanted (`page`: the page's own Hls, left be). */
  readonly build: HlsBuild | 'page' | undefined;
  readonly video: HTMLVideoElement;
  /** False once `hls` is no longer the engine's live instance. */
  readonly live: () => boolean;
}

/**
 * On the first main-stream `FRAG_BUFFERED` with the video playing and a frame shown, fetches the
 * worker module and script; on the next one after they arrived (no fragment is being transmuxed
 * then), hands the worker to hls.js. Stops listening once done, on failure, or when `hls` is stale.
 * Does nothing for the page's own Hls class, or a config that opts out or names its own worker.
 */
export function offloadTransmuxing({ hls, config, buffered, build, video, live }: OffloadOptions): void {
  if (config.enableWorker === false || config.workerPath || !build || build === 'page' || typeof Worker !== 'function') return;
  let asked = false;
  let handOver: (() => void) | undefined;
  const done = () => hls.off(buffered, onBuffered);
  const onBuffered = (_e: string, data: { frag?: { type?: string } }) => {
    if (!live()) return done();
    if (data.frag?.type !== 'main') return;
    // Once the worker is in, any fragment boundary will do (after a seek the video may not be
    // ready again before the last fragments are buffered); fetching it waits for a frame shown.
    if (handOver) return handOver(), done();
    if (asked || video.paused || video.readyState < 2) return;
    asked = true;
    import('./transmux-worker.js')
      .then(async (worker) => {
        const url = await worker.transmuxWorkerUrl(build);
        if (url) handOver = () => worker.handOverTransmuxing(hls, url);
        else done();
      })
      .catch(done);
  };
  hls.on(buffered, onBuffered);
}
