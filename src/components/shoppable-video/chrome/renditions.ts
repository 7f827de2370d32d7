/**
 * Alternate audio renditions and quality levels on the hls.js path: what the audio and quality
 * menus list and how a choice is applied. The native path (iOS Safari) has neither menu: its
 * renditions are the browser's to pick.
 * @module
 */
import { formatInteger } from '../../../core/media-time.js';
import type { HlsInstance } from '../../../engine/hls-types.js';

/** The parts of hls.js read and written here (absent on the native path). */
export type RenditionHls = Pick<HlsInstance, 'audioTracks' | 'audioTrack' | 'levels' | 'nextLevel' | 'manualLevel'>;

/** One entry of the audio or quality menu: an hls.js track or level index. */
export interface Rendition {
  readonly id: number;
  readonly label: string;
  readonly lang?: string;
}

/** The audio renditions on offer (empty without hls.js). */
export function listAudio(hls: RenditionHls | null): Rendition[] {
  return (hls?.audioTracks ?? []).map((t, i) => ({ id: i, label: t.name || t.lang || `${i + 1}`, lang: t.lang }));
}

/** The quality levels on offer, highest first, labelled by height ("720p") or else bitrate. */
export function listLevels(hls: RenditionHls | null, locale: string): Rendition[] {
  return (hls?.levels ?? [])
    .map((l, i) => ({
      id: i,
      rank: l.height || l.bitrate || 0,
      label: l.height ? `${formatInteger(l.height, locale)}p` : `${formatInteger(Math.round((l.bitrate ?? 0) / 1000), locale)} kbps`,
    }))
    .sort((a, b) => b.rank - a.rank)
    .map(({ id, label }) => ({ id, label }));
}

/** The chosen audio rendition's index. */
export const selectedAudio = (hls: RenditionHls | null): number => hls?.audioTrack ?? -1;

/** The chosen level's index, or -1 for automatic. */
export const selectedLevel = (hls: RenditionHls | null): number => hls?.manualLevel ?? -1;

/** Switches the audio rendition. */
export function selectAudio(hls: RenditionHls | null, id: number): void {
  if (hls) hls.audioTrack = id;
}

/**
 * Picks a level (-1: automatic). Through `nextLevel`, as YouTube switches: from the next fragment
 * on, without flushing what is buffered (`currentLevel` would, and stall playback).
 */
export function selectLevel(hls: RenditionHls | null, id: number): void {
  if (hls) hls.nextLevel = id;
}
