/** The library's hls.js defaults, under a page's own `hlsConfig`. @module */

/**
 * Gallery-friendly hls.js defaults: a modest forward buffer (30 s, at most 60 s) and a 30 s back
 * buffer keep memory low when a page holds many players. `enableWorker` is hls.js's default, kept
 * explicit: the engine starts on the main thread and moves transmuxing into the library's worker
 * once the video plays (see `engine/transmux-worker`); `hlsConfig: { enableWorker: false }` keeps
 * it on the main thread, and `hlsConfig: { workerPath }` uses that worker from the start.
 * `liveDurationInfinity` makes a live stream's duration Infinity, with the DVR window as the video's
 * seekable range, which is how the player tells live from a replay.
 */
export const HLS_DEFAULTS = {
  maxBufferLength: 30,
  maxMaxBufferLength: 60,
  backBufferLength: 30,
  enableWorker: true,
  liveDurationInfinity: true,
} as const;
