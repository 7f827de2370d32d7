/**
 * A MediaSource opened on the video while hls.js and the playlists are still on their way, for a
 * player whose first frame is wanted now. Opening one takes a round of the event loop and more on a
 * busy page; hls.js (1.6+, `attachMedia({ media, mediaSource })`) takes an open one over at once,
 * where it would otherwise create its own only once it runs, and wait for it to open before asking
 * for the first segment. The fastest bare page attaches before it requests anything; this is the
 * library's way of doing the same while hls.js is still downloading.
 *
 * Only where hls.js would itself use `MediaSource`: not where `ManagedMediaSource` exists (Safari,
 * which hls.js prefers and which needs its own attributes on the video).
 * @module
 */

/** A MediaSource attached to a video by its object URL. */
export interface EarlySource {
  readonly mediaSource: MediaSource;
  readonly url: string;
}

/** Opens a MediaSource on `video`; undefined where hls.js would not use `MediaSource`. */
export function openEarlySource(video: HTMLVideoElement): EarlySource | undefined {
  if (typeof MediaSource !== 'function' || 'ManagedMediaSource' in globalThis) return undefined;
  const mediaSource = new MediaSource();
  const url = URL.createObjectURL(mediaSource);
  video.src = url;
  return { mediaSource, url };
}

/**
 * What to hand hls.js's `attachMedia`: the early source while the video still plays it (nothing
 * replaced the video's source meanwhile), else the video alone (hls.js makes its own).
 */
export function attachable(video: HTMLVideoElement, early: EarlySource | undefined): HTMLVideoElement | { media: HTMLVideoElement; mediaSource: MediaSource } {
  if (!early || video.getAttribute('src') !== early.url || early.mediaSource.readyState === 'ended') return video;
  return { media: video, mediaSource: early.mediaSource };
}
