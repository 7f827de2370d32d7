/**
 * Snapping edited times to the playlist's segment boundaries (where a cut is clean), and the
 * zoomable timeline's time ↔ pixel maths. DOM-free.
 * @module
 */
import { programDateTimeMap } from '../hls-playlist.js';

/**
 * The first variant's URI of a multivariant playlist (resolved against `base`), or `undefined`
 * for a media playlist: the studio reads segment boundaries from a media playlist only.
 */
export function firstVariantUrl(playlist: string, base: string): string | undefined {
  const lines = playlist.split(/\r?\n/).map((l) => l.trim());
  const at = lines.findIndex((l) => l.startsWith('#EXT-X-STREAM-INF:'));
  const uri = at < 0 ? undefined : lines.slice(at + 1).find((l) => l && !l.startsWith('#'));
  if (!uri) return undefined;
  try {
    return new URL(uri, base).href;
  } catch {
    return undefined;
  }
}

/** The media times where a media playlist's segments start, and where the last one ends. */
export function segmentBoundaries(playlist: string): number[] {
  const { segments } = programDateTimeMap(playlist);
  if (segments.length === 0) return [];
  const last = segments[segments.length - 1]!;
  return [...segments.map((s) => s.start), last.start + last.duration].map((t) => Math.round(t * 1000) / 1000);
}

/** `time` moved to the nearest boundary within `tolerance` seconds, or left as it is. */
export function snapTime(time: number, boundaries: readonly number[], tolerance: number): number {
  let best = time;
  let distance = tolerance;
  for (const b of boundaries) {
    const d = Math.abs(b - time);
    if (d <= distance) {
      best = b;
      distance = d;
    }
  }
  return best;
}

/** The stretch of media time the timeline shows, `[start, end)` seconds. */
export interface TimelineView {
  readonly start: number;
  readonly end: number;
}

/** The fraction (0..1 inside the view) of the timeline's width where `time` is. */
export function timeToFraction(time: number, view: TimelineView): number {
  const span = view.end - view.start;
  return span > 0 ? (time - view.start) / span : 0;
}

/** The media time at a fraction of the timeline's width. */
export function fractionToTime(fraction: number, view: TimelineView): number {
  return view.start + fraction * (view.end - view.start);
}

/** The shortest stretch the timeline zooms in to, in seconds. */
export const MIN_VIEW = 2;

/**
 * Zooms by `factor` (below 1 zooms in) around `anchor`, which stays where it is on screen; the view
 * stays inside `[0, duration]` and at least {@link MIN_VIEW} long.
 */
export function zoomView(view: TimelineView, factor: number, anchor: number, duration: number): TimelineView {
  const span = Math.min(duration, Math.max(MIN_VIEW, (view.end - view.start) * factor));
  const at = timeToFraction(anchor, view);
  return panView({ start: anchor - at * span, end: anchor - at * span + span }, 0, duration);
}

/** Moves the view by `delta` seconds, kept inside `[0, duration]`. */
export function panView(view: TimelineView, delta: number, duration: number): TimelineView {
  const span = view.end - view.start;
  const start = Math.min(Math.max(0, view.start + delta), Math.max(0, duration - span));
  return { start, end: start + span };
}
