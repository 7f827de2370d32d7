/**
 * In-band product pins: live streams (and their replays) carry moments as HLS `EXT-X-DATERANGE`
 * tags of class {@link PIN_CLASS}. This module turns date ranges, however they were read (hls.js
 * `LevelDetails.dateRanges`, native metadata cues, or {@link parseDateRangeTags}), into moments.
 * DOM-free; unknown product ids are the player's concern, not this module's.
 * @module
 */
import type { PinAction, PinMoment, Position, ValidationIssue } from '../types.js';
import type { DateRangeLike } from './hls-playlist.js';

export type { DateRangeLike, PlaylistSegment, ProgramDateTimeMap } from './hls-playlist.js';
export { parseAttributeList, parseDateRangeTags, programDateTimeMap } from './hls-playlist.js';

/** The `CLASS` of a date range that pins a product. */
export const PIN_CLASS = 'com.shoppable.product';

/** What a pin does; `X-ACTION` on the tag, `pin` when absent. */
export const PIN_ACTIONS = ['pin', 'flash-sale', 'sold-out'] as const satisfies readonly PinAction[];
export type { PinAction, PinMoment };

/** What {@link momentsFromDateRanges} found: usable moments, and why other pins were dropped or trimmed. */
export interface PinMomentsResult {
  /** Sorted by start, then start date, then id. */
  readonly moments: PinMoment[];
  readonly issues: ValidationIssue[];
}

/** Options of {@link momentsFromDateRanges}. */
export interface PinMomentsOptions {
  /**
   * End of a pin that has neither a duration nor a later pin. Default `Infinity`: while live, a pin
   * stays until the next one; a replay may pass its duration (the timeline treats both alike).
   */
  readonly openEnd?: number;
}

interface Candidate {
  readonly moment: Omit<PinMoment, 'end'>;
  readonly fixedEnd?: number;
}

const unquote = (value: string | undefined): string | undefined =>
  value === undefined ? undefined : value.trim().replace(/^"([^"]*)"$/, '$1');

// START-DATE has millisecond precision; rounding to it makes the moments independent of which
// segment anchored the date-to-media-time mapping (10 + 2.002 and 12 + 0.002 differ in floating point).
const toMillis = (seconds: number) => Math.round(seconds * 1000) / 1000;

const isValidDate = (date: Date | null | undefined): date is Date =>
  date instanceof Date && Number.isFinite(date.getTime());

/** Merges tags that share an `ID` (RFC 8216 §4.4.5.1: a later tag may add attributes); first values win. */
function mergeById(ranges: readonly DateRangeLike[]): DateRangeLike[] {
  const byId = new Map<string, DateRangeLike>();
  const anonymous: DateRangeLike[] = [];
  for (const range of ranges) {
    const id = unquote(range.id) ?? '';
    const seen = id ? byId.get(id) : undefined;
    // Read each field by name: hls.js's DateRange exposes them as getters, which spreading would drop.
    const plain: DateRangeLike = {
      id,
      class: range.class,
      startDate: range.startDate,
      endDate: range.endDate,
      duration: range.duration,
      endOnNext: range.endOnNext,
      attr: { ...range.attr },
    };
    if (!id) anonymous.push(plain);
    else if (!seen) byId.set(id, plain);
    else {
      byId.set(id, {
        ...seen,
        class: seen.class ?? plain.class,
        endDate: seen.endDate ?? plain.endDate,
        duration: seen.duration ?? plain.duration,
        endOnNext: Boolean(seen.endOnNext || plain.endOnNext),
        attr: { ...plain.attr, ...seen.attr },
      });
    }
  }
  return [...byId.values(), ...anonymous];
}

function readPosition(attr: Readonly<Record<string, string>>, where: string, issues: ValidationIssue[]): Position | undefined {
  const rawX = unquote(attr['X-POSITION-X']);
  const rawY = unquote(attr['X-POSITION-Y']);
  if (rawX === undefined && rawY === undefined) return undefined;
  const x = Number(rawX);
  const y = Number(rawY);
  const inFrame = (n: number) => rawX !== '' && rawY !== '' && Number.isFinite(n) && n >= 0 && n <= 1;
  if (rawX !== undefined && rawY !== undefined && inFrame(x) && inFrame(y)) return { x, y };
  issues.push({ path: `${where}.X-POSITION`, message: 'needs X-POSITION-X and X-POSITION-Y, each in 0..1; position ignored' });
  return undefined;
}

function readCandidate(
  range: DateRangeLike,
  index: number,
  toMediaTime: (date: Date) => number | undefined,
  issues: ValidationIssue[],
): Candidate | undefined {
  const where = range.id ? `EXT-X-DATERANGE[ID="${range.id}"]` : `EXT-X-DATERANGE[${index}]`;
  const skip = (path: string, message: string): undefined => {
    issues.push({ path: `${where}${path}`, message: `${message}; pin skipped` });
    return undefined;
  };
  const attr = range.attr;
  if (!range.id) return skip('.ID', 'missing');
  if (!isValidDate(range.startDate)) return skip('.START-DATE', 'missing or not a date');
  const productId = unquote(attr['X-PRODUCT-ID']);
  if (!productId) return skip('.X-PRODUCT-ID', 'missing');
  const duration = range.duration ?? undefined;
  if (duration !== undefined && !(Number.isFinite(duration) && duration >= 0)) {
    return skip('.DURATION', 'must be a number of seconds, 0 or more');
  }
  const mapped = toMediaTime(range.startDate);
  if (mapped === undefined || !Number.isFinite(mapped)) {
    return skip('.START-DATE', 'not on the media timeline (no EXT-X-PROGRAM-DATE-TIME covers it)');
  }
  const start = toMillis(mapped);
  let fixedEnd = duration === undefined ? undefined : toMillis(start + duration);
  if (fixedEnd === undefined && !range.endOnNext && isValidDate(range.endDate)) {
    const span = (range.endDate.getTime() - range.startDate.getTime()) / 1000;
    if (span < 0) return skip('.END-DATE', 'before START-DATE');
    fixedEnd = toMillis(start + span);
  }
  const rawAction = unquote(attr['X-ACTION']);
  let action: PinAction = 'pin';
  if (rawAction !== undefined) {
    if ((PIN_ACTIONS as readonly string[]).includes(rawAction)) action = rawAction as PinAction;
    else issues.push({ path: `${where}.X-ACTION`, message: `unknown action "${rawAction}"; shown as a pin` });
  }
  const rawEnds = unquote(attr['X-ENDS']);
  const endsAt = rawEnds === undefined ? undefined : new Date(rawEnds);
  if (endsAt && !isValidDate(endsAt)) issues.push({ path: `${where}.X-ENDS`, message: 'not a date; ignored' });
  const position = readPosition(attr, where, issues);
  const moment: Omit<PinMoment, 'end'> = {
    id: range.id,
    productId,
    start,
    source: 'stream',
    action,
    startDate: range.startDate,
    ...(position ? { position } : {}),
    ...(isValidDate(endsAt) ? { endsAt } : {}),
  };
  return { moment, fixedEnd };
}

/**
 * Turns the pins among `ranges` (class {@link PIN_CLASS} with an `X-PRODUCT-ID`) into moments.
 * A pin lasts its `DURATION` (or until its `END-DATE`); with `END-ON-NEXT=YES` or no end, it lasts
 * until the next pin (any product) starts later, else until `openEnd`. Tags sharing an `ID` are merged,
 * so a player may pass every range it has seen across live refreshes. The result depends only on the
 * input (times are rounded to the millisecond, the precision of `START-DATE`), so a replay of a
 * recorded live playlist gives the same moments as the live session.
 * @param toMediaTime maps a wall-clock date to media time (seconds), e.g. through `EXT-X-PROGRAM-DATE-TIME`.
 */
export function momentsFromDateRanges(
  ranges: readonly DateRangeLike[],
  toMediaTime: (date: Date) => number | undefined,
  options: PinMomentsOptions = {},
): PinMomentsResult {
  const issues: ValidationIssue[] = [];
  const candidates: Candidate[] = [];
  mergeById(ranges).forEach((range, index) => {
    if (unquote(range.class ?? range.attr.CLASS) !== PIN_CLASS) return;
    const candidate = readCandidate(range, index, toMediaTime, issues);
    if (candidate) candidates.push(candidate);
  });
  candidates.sort(
    (a, b) =>
      a.moment.start - b.moment.start ||
      a.moment.startDate.getTime() - b.moment.startDate.getTime() ||
      (a.moment.id < b.moment.id ? -1 : a.moment.id > b.moment.id ? 1 : 0),
  );
  const openEnd = options.openEnd ?? Infinity;
  // Candidates are sorted by start: one pass from the end finds each one's next later start.
  const nextStart: number[] = new Array(candidates.length);
  let later = Infinity;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const start = candidates[i]!.moment.start;
    const following = candidates[i + 1]?.moment.start;
    if (following !== undefined && following > start) later = following;
    nextStart[i] = later;
  }
  const moments = candidates.map(({ moment, fixedEnd }, i): PinMoment => {
    if (fixedEnd !== undefined) return { ...moment, end: fixedEnd };
    const next = nextStart[i]!;
    return { ...moment, end: Number.isFinite(next) ? next : Math.max(openEnd, moment.start) };
  });
  return { moments, issues };
}
