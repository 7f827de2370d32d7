/**
 * Reads in-band product pins (`EXT-X-DATERANGE`, `CLASS="com.shoppable.product"`) from whichever
 * path plays the stream, and hands them on as moments on the same timeline as the show's:
 * - hls.js: the level details' `dateRanges`, collected across playlist refreshes (a live window
 *   slides, so a pin seen once is kept), mapped to media time through EXT-X-PROGRAM-DATE-TIME;
 * - native HLS (Safari): the metadata text track's cues, grouped by date-range id. All cues are read,
 *   not `activeCues`, which is known to linger in Chromium and is not needed: times are in the cues.
 * The same playlist replayed as VOD yields the same moments.
 * @module
 */
import { momentsFromDateRanges, type DateRangeLike, type PinMoment } from '../core/pins.js';
import { dateRangeOf, segmentClock } from '../core/hls-playlist.js';
import { PIN_TAG } from '../core/playlist-guard.js';
import type { ValidationIssue } from '../types.js';
import type { HlsInstance, LevelDetailsLike } from '../engine/hls-types.js';

/** The part of hls.js this module uses (so hls.js is never imported statically). */
export type HlsEventSource = Pick<HlsInstance, 'on' | 'off' | 'latestLevelDetails'>;
export type { LevelDetailsLike };

/** Receives the moments made from the pins seen so far, and the problems found. */
export type PinListener = (moments: PinMoment[], issues: ValidationIssue[]) => void;

const LEVEL_EVENTS = ['hlsLevelLoaded', 'hlsLevelUpdated'] as const;

/** Collects pins from one playback path at a time and reports the moments they make. */
export class StreamPins {
  private ranges = new Map<string, DateRangeLike>();
  private clock?: (date: Date) => number | undefined;
  private cleanup?: () => void;
  private lastKey = '';

  constructor(private readonly listener: PinListener) {}

  /** Follows an hls.js instance's playlists, starting with the one it has loaded already, if any. */
  attachHls(hls: HlsEventSource): void {
    this.detach();
    const onLevel = (_event: string, data: { details?: LevelDetailsLike }) => {
      if (!data.details) return;
      this.setDetails(data.details);
      for (const range of Object.values(data.details.dateRanges ?? {})) {
        if (range?.id) this.ranges.set(range.id, range);
      }
      this.readPinTags(data.details);
      this.emit();
    };
    for (const e of LEVEL_EVENTS) hls.on(e, onLevel);
    this.cleanup = () => LEVEL_EVENTS.forEach((e) => hls.off(e, onLevel));
    // Attached after a playlist already loaded (the shop layer arrives once the player is near,
    // and a replay's playlist loads only once): read its pins now rather than wait for a refresh.
    const loaded = hls.latestLevelDetails;
    if (loaded) onLevel('', { details: loaded });
  }

  /** Follows a video element's metadata text tracks (native HLS, e.g. iOS Safari). */
  attachNative(video: HTMLVideoElement): void {
    this.detach();
    const tracks = video.textTracks;
    const read = () => this.readCues(tracks);
    const watch = () => {
      for (const track of Array.from(tracks)) {
        if (track.kind !== 'metadata') continue;
        // A disabled track loads no cues; hidden ones do, without rendering anything.
        if (track.mode === 'disabled') track.mode = 'hidden';
        track.addEventListener('cuechange', read);
      }
      read();
    };
    tracks.addEventListener('addtrack', watch);
    video.addEventListener('durationchange', read);
    watch();
    this.cleanup = () => {
      tracks.removeEventListener('addtrack', watch);
      video.removeEventListener('durationchange', read);
      for (const track of Array.from(tracks)) track.removeEventListener('cuechange', read);
    };
  }

  /** Stops following; forgets nothing, so a reattached source can continue. */
  detach(): void {
    this.cleanup?.();
    this.cleanup = undefined;
  }

  /** Forgets every pin (a new source). */
  reset(): void {
    this.detach();
    this.ranges.clear();
    this.setDetails(undefined);
    this.lastKey = '';
  }

  /** The playlist that maps dates to media time: its dated segments, read once per playlist. */
  private setDetails(details: LevelDetailsLike | undefined): void {
    if (!details) return void (this.clock = undefined);
    const starts: number[] = [];
    const dates: number[] = [];
    for (const f of details.fragments) {
      const date = f.programDateTime;
      if (date === null || !Number.isFinite(date)) continue;
      starts.push(f.start);
      dates.push(date);
    }
    this.clock = segmentClock(starts, dates);
  }

  /**
   * The pins the player's playlist loader handed over as `#X-SHOPPABLE-PIN` tags (core/playlist-guard),
   * in each segment's `tagList`. Tags sharing an ID are all kept (as hls.js merges them, so does
   * `momentsFromDateRanges`); the same tag seen again in a live refresh replaces itself.
   */
  private readPinTags(details: LevelDetailsLike): void {
    const seen = new Map<string, number>();
    for (const f of details.fragments) {
      for (const tag of f.tagList ?? []) {
        if (tag[0] !== PIN_TAG || typeof tag[1] !== 'string') continue;
        const range = dateRangeOf(tag[1]);
        const n = seen.get(range.id) ?? 0;
        seen.set(range.id, n + 1);
        this.ranges.set(n === 0 ? range.id : `${range.id}\u0000${n}`, range);
      }
    }
  }

  private readCues(tracks: TextTrackList): void {
    // Safari exposes each DATERANGE attribute as one DataCue (value.key / value.data) whose id is the
    // range's ID and whose times are already media times: encode those as dates 1:1.
    const byId = new Map<string, { start: number; end: number; attr: Record<string, string> }>();
    for (const track of Array.from(tracks)) {
      if (track.kind !== 'metadata' || !track.cues) continue;
      for (const cue of Array.from(track.cues) as Array<TextTrackCue & { value?: { key?: string; data?: unknown } }>) {
        const key = cue.value?.key;
        if (!cue.id || typeof key !== 'string') continue;
        const entry = byId.get(cue.id) ?? { start: cue.startTime, end: cue.endTime, attr: {} };
        entry.attr[key] = String(cue.value?.data ?? '');
        byId.set(cue.id, entry);
      }
    }
    this.ranges.clear();
    for (const [id, e] of byId) {
      const open = !Number.isFinite(e.end) || e.end <= e.start;
      this.ranges.set(id, {
        id,
        class: e.attr.CLASS,
        startDate: new Date(e.start * 1000),
        endDate: open || e.attr['END-ON-NEXT'] ? null : new Date(e.end * 1000),
        endOnNext: e.attr['END-ON-NEXT'] === 'YES',
        attr: e.attr,
      });
    }
    this.setDetails(undefined);
    this.emit();
  }

  private toMediaTime = (date: Date): number | undefined =>
    // Native path: no playlist, the dates encode media time.
    this.clock ? this.clock(date) : date.getTime() / 1000;

  private emit(): void {
    const { moments, issues } = momentsFromDateRanges([...this.ranges.values()], this.toMediaTime);
    const key =
      moments.map((m) => `${m.id}:${m.productId}:${m.start}:${m.end}:${m.action}`).join('|') +
      issues.map((i) => `#${i.path}:${i.message}`).join('');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.listener(moments, issues);
  }
}
