/**
 * Just enough of an HLS media playlist reader (RFC 8216) for in-band pins: date range tags and the
 * program date times that map them to media time. Used by tests and by native playback, where the
 * browser does not hand the page the playlist's date ranges. DOM-free.
 * @module
 */

/**
 * A date range as a player can build it from hls.js's `DateRange` (same field names) or a native
 * metadata cue. `attr` holds every attribute by name (`X-PRODUCT-ID`, ...); values may be quoted.
 */
export interface DateRangeLike {
  readonly id: string;
  readonly class?: string;
  readonly startDate: Date;
  readonly endDate?: Date | null;
  readonly duration?: number | null;
  readonly endOnNext?: boolean;
  readonly attr: Readonly<Record<string, string>>;
}

/** One media segment of a playlist, placed on the media timeline and on the wall clock. */
export interface PlaylistSegment {
  /** Media sequence number. */
  readonly sequence: number;
  readonly uri: string;
  readonly duration: number;
  /** Media time of the segment's start, in seconds. */
  readonly start: number;
  /** Its `EXT-X-PROGRAM-DATE-TIME`, or one carried forward from an earlier segment. */
  readonly programDateTime?: Date;
  /** An `EXT-X-DISCONTINUITY` comes before it. */
  readonly discontinuity: boolean;
}

/** The segments of a media playlist and a date → media time mapping built from them. */
export interface ProgramDateTimeMap {
  readonly mediaSequence: number;
  readonly segments: readonly PlaylistSegment[];
  readonly endList: boolean;
  /** Media time of a wall-clock date; `undefined` when no segment has a program date time. */
  toMediaTime(date: Date): number | undefined;
}

/**
 * Parses an RFC 8216 §4.2 attribute list (`ID="a,b",DURATION=30,END-ON-NEXT=YES`). Quoted strings
 * keep their commas and lose their quotes; other values run to the next comma. First value wins.
 */
export function parseAttributeList(input: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  let i = 0;
  while (i < input.length) {
    const eq = input.indexOf('=', i);
    if (eq < 0) break;
    const name = input.slice(i, eq).trim();
    let value: string;
    if (input[eq + 1] === '"') {
      const close = input.indexOf('"', eq + 2);
      const stop = close < 0 ? input.length : close;
      value = input.slice(eq + 2, stop);
      const comma = input.indexOf(',', stop);
      i = comma < 0 ? input.length : comma + 1;
    } else {
      const comma = input.indexOf(',', eq + 1);
      const stop = comma < 0 ? input.length : comma;
      value = input.slice(eq + 1, stop).trim();
      i = stop + 1;
    }
    if (name && !(name in attrs)) attrs[name] = value;
  }
  return attrs;
}

const lines = (playlist: string) => playlist.split(/\r?\n/).map((line) => line.trim());

/** Reads every `#EXT-X-DATERANGE` tag of a media playlist, in playlist order. */
export function parseDateRangeTags(playlist: string): DateRangeLike[] {
  const tag = '#EXT-X-DATERANGE:';
  return lines(playlist)
    .filter((line) => line.startsWith(tag))
    .map((line) => dateRangeOf(line.slice(tag.length)));
}

/** A date range from the attribute list of an `EXT-X-DATERANGE` tag (what follows its colon). */
export function dateRangeOf(attributes: string): DateRangeLike {
  const attr = parseAttributeList(attributes);
  const duration = attr.DURATION;
  return {
    id: attr.ID ?? '',
    class: attr.CLASS,
    startDate: new Date(attr['START-DATE'] ?? Number.NaN),
    endDate: attr['END-DATE'] === undefined ? null : new Date(attr['END-DATE']),
    // An empty or non-numeric DURATION stays NaN so that the pin is reported, not silently open.
    duration: duration === undefined ? null : duration === '' ? Number.NaN : Number(duration),
    endOnNext: attr['END-ON-NEXT'] === 'YES',
    attr,
  };
}

/**
 * A date → media time mapping over dated segments (`starts[i]`, media seconds; `dates[i]`, epoch
 * ms): a date is placed from the last segment dated at or before it, else from the first. Dates rise
 * through a playlist (RFC 8216 §4.3.2.6), so the segment is found by bisection, O(log n) per date:
 * thousands of pins over thousands of segments cost no more than reading them. A playlist whose
 * dates go back somewhere is searched from the end, as before.
 */
export function segmentClock(starts: readonly number[], dates: readonly number[]): (date: Date) => number | undefined {
  const n = dates.length;
  let rising = true;
  for (let i = 1; i < n && rising; i++) rising = dates[i]! >= dates[i - 1]!;
  return (at) => {
    const time = at.getTime();
    if (!n || !Number.isFinite(time)) return undefined;
    let found = 0;
    if (rising) {
      // The first index dated after `time`; the one before it is the anchor.
      let lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (dates[mid]! <= time) lo = mid + 1;
        else hi = mid;
      }
      found = Math.max(0, lo - 1);
    } else {
      for (let i = n - 1; i >= 0; i--) {
        if (dates[i]! <= time) {
          found = i;
          break;
        }
      }
    }
    return starts[found]! + (time - dates[found]!) / 1000;
  };
}

/**
 * Places a media playlist's segments on the media timeline (the first at `firstStart`, default 0)
 * and on the wall clock. A segment without its own `EXT-X-PROGRAM-DATE-TIME` takes the previous
 * one's date plus its duration (RFC 8216 §4.3.2.6).
 */
export function programDateTimeMap(playlist: string, firstStart = 0): ProgramDateTimeMap {
  const segments: PlaylistSegment[] = [];
  let mediaSequence = 0;
  let endList = false;
  let duration: number | undefined;
  let date: Date | undefined;
  let discontinuity = false;
  let start = firstStart;
  for (const line of lines(playlist)) {
    if (line.startsWith('#EXT-X-MEDIA-SEQUENCE:')) mediaSequence = Number(line.slice(22)) || 0;
    else if (line.startsWith('#EXTINF:')) duration = Number.parseFloat(line.slice(8));
    else if (line.startsWith('#EXT-X-PROGRAM-DATE-TIME:')) date = new Date(line.slice(25));
    else if (line === '#EXT-X-DISCONTINUITY') discontinuity = true;
    else if (line === '#EXT-X-ENDLIST') endList = true;
    else if (line && !line.startsWith('#') && duration !== undefined) {
      const valid = date && Number.isFinite(date.getTime()) ? date : undefined;
      const sequence = mediaSequence + segments.length;
      segments.push({ sequence, uri: line, duration, start, programDateTime: valid, discontinuity });
      start += duration;
      date = valid ? new Date(valid.getTime() + duration * 1000) : undefined;
      duration = undefined;
      discontinuity = false;
    }
  }
  const dated = segments.filter((s) => s.programDateTime);
  const toMediaTime = segmentClock(
    dated.map((s) => s.start),
    dated.map((s) => s.programDateTime!.getTime()),
  );
  return { mediaSequence, segments, endList, toMediaTime };
}

export { replayDuration } from './replay-duration.js';
