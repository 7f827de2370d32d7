/**
 * Caption tracks, from whichever source plays them: hls.js's subtitle renditions on the hls.js
 * path, otherwise the video's own text tracks (`<track>` children, native HLS renditions).
 * @module
 */
import type { HlsInstance } from '../../../engine/media-engine.js';

/** One entry of the captions menu. `id` is the hls.js track id or the text track's index. */
export interface CaptionOption {
  readonly id: number;
  readonly label: string;
  readonly lang: string | undefined;
}

/** A caption file to add as a `<track>`. */
export interface CaptionSource {
  readonly src: string;
  readonly srclang: string;
  readonly label: string;
  readonly default?: boolean;
}

const isCaption = (t: TextTrack) => t.kind === 'subtitles' || t.kind === 'captions';

function useHls(hls: HlsInstance | null): hls is HlsInstance {
  return !!hls && hls.subtitleTracks.length > 0;
}

/** The caption tracks on offer. */
export function listCaptions(hls: HlsInstance | null, video: HTMLVideoElement): CaptionOption[] {
  if (useHls(hls)) {
    return hls.subtitleTracks.map((t, i) => ({ id: i, label: t.name || t.lang || `${i + 1}`, lang: t.lang }));
  }
  const out: CaptionOption[] = [];
  const tracks = video.textTracks;
  for (let i = 0; i < tracks.length; i++) {
    const t = tracks[i];
    if (isCaption(t)) out.push({ id: i, label: t.label || t.language || `${out.length + 1}`, lang: t.language || undefined });
  }
  return out;
}

/** The id of the showing track, or -1 when captions are off. */
export function selectedCaption(hls: HlsInstance | null, video: HTMLVideoElement): number {
  if (useHls(hls)) return hls.subtitleDisplay ? hls.subtitleTrack : -1;
  const tracks = video.textTracks;
  for (let i = 0; i < tracks.length; i++) if (isCaption(tracks[i]) && tracks[i].mode === 'showing') return i;
  return -1;
}

/** Shows the track `id` (-1: captions off). */
export function selectCaption(hls: HlsInstance | null, video: HTMLVideoElement, id: number): void {
  if (useHls(hls)) {
    hls.subtitleTrack = id;
    hls.subtitleDisplay = id >= 0;
    return;
  }
  const tracks = video.textTracks;
  for (let i = 0; i < tracks.length; i++) {
    if (isCaption(tracks[i])) tracks[i].mode = i === id ? 'showing' : 'disabled';
  }
}

/** Where the shopper's caption choice is kept: a language tag, `''` (a track without one) or `off`. */
export const CAPTIONS_STORAGE_KEY = 'shoppable-video:captions';

// Storage throws in some private modes and sandboxed frames; the choice is then not remembered.
function readChoice(): string | null {
  try {
    return globalThis.localStorage?.getItem(CAPTIONS_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}
function writeChoice(choice: string): void {
  try {
    globalThis.localStorage?.setItem(CAPTIONS_STORAGE_KEY, choice);
  } catch {
    /* not remembered */
  }
}

/**
 * Remembers the shopper's caption choice across pages and players: once tracks are on offer it
 * applies the stored choice, and from then on stores every change the shopper makes.
 */
export class CaptionMemory {
  private seen: number | undefined;

  /** Call after each render with the current engine and video. */
  sync(hls: HlsInstance | null, video: HTMLVideoElement): void {
    const list = listCaptions(hls, video);
    if (!list.length) {
      this.seen = undefined;
      return;
    }
    if (this.seen === undefined) {
      const choice = readChoice();
      if (choice === 'off') selectCaption(hls, video, -1);
      else if (choice !== null) selectCaption(hls, video, (list.find((c) => (c.lang ?? '') === choice) ?? list[0]).id);
      this.seen = selectedCaption(hls, video);
      return;
    }
    const now = selectedCaption(hls, video);
    if (now === this.seen) return;
    this.seen = now;
    writeChoice(now < 0 ? 'off' : (list.find((c) => c.id === now)?.lang ?? ''));
  }
}
