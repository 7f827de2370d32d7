/**
 * Live playback state for the controls: is the source live, which window can be sought (the DVR
 * window), where the live edge is, and whether the viewer has fallen behind it. A live source is one
 * whose duration is Infinity (hls.js with `liveDurationInfinity`, or native HLS); when the playlist
 * gets `#EXT-X-ENDLIST` the duration becomes finite and the same source is a replay.
 * @module
 */
import type { HlsInstance } from '../../../engine/hls-types.js';

/** The parts of hls.js read here (the native path has none). */
export type LiveHls = Pick<HlsInstance, 'liveSyncPosition' | 'latestLevelDetails'>;

/** The live window, in media seconds. */
export interface LiveWindow {
  /** The earliest time that can be sought. */
  readonly start: number;
  /** The live edge the player plays at (hls.js's sync position, never past the seekable end). */
  readonly edge: number;
  /** Seconds the playhead is behind `edge` (0 at or past it). */
  readonly behind: number;
  /** True when `behind` is more than {@link behindThreshold} (the go-to-live control shows). */
  readonly isBehind: boolean;
}

/** Segment length assumed before hls.js has read a playlist (and on the native path). */
const DEFAULT_TARGET = 2;

/** True while the video plays a live source (no known end). */
export function isLive(video: HTMLVideoElement): boolean {
  return video.duration === Infinity;
}

/** The playlist's target duration in seconds. */
export function targetDuration(hls: LiveHls | null | undefined): number {
  const target = hls?.latestLevelDetails?.targetduration;
  return target && target > 0 ? target : DEFAULT_TARGET;
}

/**
 * How far behind the edge counts as "behind": three target durations (at least 5 s). Closer than
 * that is the ordinary wander of a live playhead around hls.js's sync position.
 */
export function behindThreshold(hls: LiveHls | null | undefined): number {
  return Math.max(5, 3 * targetDuration(hls));
}

/** The live window for `time`, or undefined when the video is not live or nothing is seekable yet. */
export function liveWindow(video: HTMLVideoElement, hls: LiveHls | null | undefined, time: number): LiveWindow | undefined {
  if (!isLive(video)) return undefined;
  const seekable = video.seekable;
  if (!seekable.length) return undefined;
  const start = seekable.start(0);
  const end = seekable.end(seekable.length - 1);
  const sync = hls?.liveSyncPosition;
  const edge = Math.max(start, typeof sync === 'number' && Number.isFinite(sync) ? Math.min(sync, end) : end);
  const behind = Math.max(0, edge - time);
  return { start, edge, behind, isBehind: behind > behindThreshold(hls) };
}

/** Where "go to live" seeks: the live edge, or undefined when the video is not live. */
export function liveEdge(video: HTMLVideoElement, hls: LiveHls | null | undefined): number | undefined {
  return liveWindow(video, hls, video.currentTime)?.edge;
}
