/**
 * Which moments are active at a media time. Pure: no DOM, no timers. A {@link CueTimeline} is
 * built once per set of moments; a {@link TimelineCursor} is asked every frame and reports what
 * entered and exited since the last time it was asked.
 * @module
 */
import type { Moment } from '../types.js';

const EMPTY: readonly never[] = Object.freeze([]);

/**
 * A static interval tree over `[start, end)` ranges. The moments are sorted by start then end; the
 * tree is implicit in that array (the node of a range is its middle index) and each node knows the
 * largest end in its subtree, so a query skips every subtree that ended before `t`.
 */
export class CueTimeline<M extends Moment = Moment> {
  /** The moments, sorted by start then end (ties keep their given order). */
  readonly moments: readonly M[];
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly maxEnds: Float64Array;
  /** The ends, ascending: with `starts`, every time at which the active set can change. */
  private readonly sortedEnds: Float64Array;

  /** Moments with a non-numeric or empty range (`end <= start`) can never be active and are left out. */
  constructor(moments: readonly M[]) {
    // Loading a long show builds 100,000 moments within a 50 ms budget. The build is dominated by
    // comparator sorts and by touching fresh memory (every new page is a page fault, slow in a
    // virtual machine), so it reads each moment once into the typed arrays it keeps, sorts only
    // when it has to, and then without calling a comparator for every pair.
    let kept = moments;
    let ranges = readRanges(kept);
    if (!ranges) {
      kept = moments.filter(canBeActive);
      ranges = readRanges(kept)!;
    }
    const { starts, ends } = ranges;
    const n = kept.length;
    if (ranges.inOrder) {
      // Copied, so that a caller changing its array later cannot corrupt the tree.
      this.moments = kept === moments ? kept.slice() : kept;
    } else {
      const order = sortRanges(starts, ends);
      const sorted = new Array<M>(n);
      for (let i = 0; i < n; i++) sorted[i] = kept[order[i]];
      this.moments = sorted;
    }
    this.starts = starts;
    this.ends = ends;
    this.maxEnds = new Float64Array(n);
    this.augment(0, n);
    this.sortedEnds = ends.slice().sort();
  }

  /** How many moments the timeline holds. */
  get size(): number {
    return this.moments.length;
  }

  /** The moments with `start ≤ t < end`, by start then end. Empty for NaN or negative `t`. */
  at(t: number): M[] {
    const out: M[] = [];
    if (t >= 0) this.collect(0, this.moments.length, t, out);
    return out;
  }

  /** The first finite start or end strictly after `t` (`Infinity` if none): nothing changes before it. */
  nextBoundary(t: number): number {
    // NaN counts as before everything. An infinite start or end is never a boundary: -Infinity is
    // never after `t`, and +Infinity is what "none" returns anyway.
    const after = t === t ? t : -Infinity;
    return Math.min(firstAfter(this.starts, after), firstAfter(this.sortedEnds, after));
  }

  /** The last finite start or end at or before `t` (`-Infinity` if none): nothing changed since it. */
  previousBoundary(t: number): number {
    if (t !== t) return -Infinity;
    // Capped so that an infinite end is never found; an infinite start is what "none" returns anyway.
    const upTo = Math.min(t, Number.MAX_VALUE);
    return Math.max(lastUpTo(this.starts, upTo), lastUpTo(this.sortedEnds, upTo));
  }

  private augment(lo: number, hi: number): number {
    if (lo >= hi) return -Infinity;
    const mid = (lo + hi) >>> 1;
    const max = Math.max(this.ends[mid], this.augment(lo, mid), this.augment(mid + 1, hi));
    this.maxEnds[mid] = max;
    return max;
  }

  /** In-order walk, so results come out sorted. */
  private collect(lo: number, hi: number, t: number, out: M[]): void {
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.maxEnds[mid] <= t) return;
      this.collect(lo, mid, t, out);
      // Everything from here on starts at or after this node.
      if (this.starts[mid] > t) return;
      if (this.ends[mid] > t) out.push(this.moments[mid]);
      lo = mid + 1;
    }
  }
}

/** What {@link TimelineCursor.update} reports. */
export interface TimelineChange<M extends Moment = Moment> {
  /** The moments active now, by start then end; the same array as last time when nothing changed. */
  readonly active: readonly M[];
  /** Active now, not last time. */
  readonly entered: readonly M[];
  /** Active last time, not now. */
  readonly exited: readonly M[];
  readonly changed: boolean;
}

/**
 * Follows the playhead over a {@link CueTimeline}: each `update(t)` compares the active set with
 * the previous call's (by identity). Between two boundaries nothing can change, so a call there
 * returns the previous result without querying or allocating: cheap enough for every frame.
 */
export class TimelineCursor<M extends Moment = Moment> {
  private timeline: CueTimeline<M>;
  private last: TimelineChange<M> = idle(EMPTY);
  /** `[from, until)`: the times for which `last.active` is known to hold. */
  private from = Infinity;
  private until = -Infinity;

  constructor(timeline: CueTimeline<M>) {
    this.timeline = timeline;
  }

  /** The active set at `t` and what entered or exited since the previous call. */
  update(t: number): TimelineChange<M> {
    if (t >= this.from && t < this.until) return this.last.changed ? (this.last = idle(this.last.active)) : this.last;
    const active = this.timeline.at(t);
    this.setRange(t);
    const previous = this.last.active;
    const entered = missing(active, previous);
    const exited = missing(previous, active);
    if (entered.length === 0 && exited.length === 0) {
      if (this.last.changed) this.last = idle(previous);
      return this.last;
    }
    this.last = { active, entered, exited, changed: true };
    return this.last;
  }

  /** Forgets the previous active set: the next update reports every active moment as entered. */
  reset(): void {
    this.last = idle(EMPTY);
    this.invalidate();
  }

  /** Swaps the timeline (live pins arrived); the next update diffs against the current active set. */
  setTimeline(timeline: CueTimeline<M>): void {
    this.timeline = timeline;
    this.invalidate();
  }

  private setRange(t: number): void {
    // No moment is active at Infinity, yet one ending at Infinity is active just before it.
    if (t !== t || t === Infinity) {
      this.invalidate();
    } else if (t < 0) {
      this.from = -Infinity;
      this.until = 0;
    } else {
      this.from = Math.max(0, this.timeline.previousBoundary(t));
      this.until = this.timeline.nextBoundary(t);
    }
  }

  private invalidate(): void {
    this.from = Infinity;
    this.until = -Infinity;
  }
}

function idle<M extends Moment>(active: readonly M[]): TimelineChange<M> {
  return { active, entered: EMPTY, exited: EMPTY, changed: false };
}

/** The items of `a` not in `b`, by identity, in `a`'s order. */
function missing<M>(a: readonly M[], b: readonly M[]): readonly M[] {
  if (a.length === 0) return EMPTY;
  if (b.length === 0) return a;
  // Active sets are small; a Set only pays off for large ones.
  if (b.length > 16) {
    const set = new Set(b);
    const out = a.filter((m) => !set.has(m));
    return out.length === 0 ? EMPTY : out;
  }
  const out = a.filter((m) => !b.includes(m));
  return out.length === 0 ? EMPTY : out;
}

function canBeActive(m: Moment): boolean {
  // False for NaN on either side, too.
  return m.end > m.start;
}

interface Ranges {
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Whether the moments already are sorted by start then end. */
  readonly inOrder: boolean;
}

/** The starts and ends of the moments, or `null` at the first one that {@link canBeActive} rejects. */
function readRanges(moments: readonly Moment[]): Ranges | null {
  const n = moments.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  // Show documents usually list moments in start order; then there is nothing to sort.
  let inOrder = true;
  for (let i = 0; i < n; i++) {
    const start = moments[i].start;
    const end = moments[i].end;
    if (!(end > start)) return null;
    if (i > 0 && (start < starts[i - 1] || (start === starts[i - 1] && end < ends[i - 1]))) inOrder = false;
    starts[i] = start;
    ends[i] = end;
  }
  return { starts, ends, inOrder };
}

/** Which 32-bit half of a little- or big-endian 64-bit value holds its high bits. */
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * Sorts the ranges in place by start, then end, then index (a stable sort), and returns the order
 * it applied: item `i` now is the one that was at `order[i]`.
 *
 * A comparator sort of 100,000 indices alone takes most of the build budget, while a typed array
 * sorts natively many times faster. So each start becomes a 64-bit key that sorts like the number
 * (the IEEE 754 bits, flipped so that negatives come first) whose lowest bits are replaced by the
 * index: one native sort orders by start and keeps the given order. Only the ranges whose keys
 * differ in nothing but the index then need the comparator: the same start, or starts that agree
 * to 52 - log2(n) significant bits (a relative 3e-11 at 100,000 moments), usually in runs of two.
 */
function sortRanges(starts: Float64Array, ends: Float64Array): Uint32Array {
  const n = starts.length;
  const indexBits = Math.max(1, 32 - Math.clz32(n - 1));
  const indexMask = indexBits === 32 ? 0xffffffff : (1 << indexBits) - 1;
  const keys = new BigUint64Array(n);
  const keyWords = new Uint32Array(keys.buffer);
  const startWords = new Uint32Array(starts.buffer, starts.byteOffset, 2 * n);
  for (let i = 0; i < n; i++) {
    let high = startWords[2 * i + HIGH];
    let low = startWords[2 * i + LOW];
    // -0 equals 0 for the comparator, so it must get the same key.
    if (high === 0x80000000 && low === 0) high = 0;
    if (high & 0x80000000) {
      high = ~high;
      low = ~low;
    } else {
      high |= 0x80000000;
    }
    keyWords[2 * i + HIGH] = high;
    keyWords[2 * i + LOW] = (low & ~indexMask) | i;
  }
  keys.sort();

  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = keyWords[2 * i + LOW] & indexMask;
  const byRange = (a: number, b: number): number =>
    starts[a] < starts[b] ? -1 : starts[a] > starts[b] ? 1 : ends[a] < ends[b] ? -1 : ends[a] > ends[b] ? 1 : a - b;
  for (let from = 0; from < n; ) {
    let to = from + 1;
    while (
      to < n &&
      keyWords[2 * to + HIGH] === keyWords[2 * from + HIGH] &&
      (keyWords[2 * to + LOW] & ~indexMask) === (keyWords[2 * from + LOW] & ~indexMask)
    ) {
      to++;
    }
    // A typed array sort has a fixed cost that short runs (a few moments at the same second)
    // would pay thousands of times over; an insertion sort, stable too, has none.
    if (to - from > 16) {
      order.subarray(from, to).sort(byRange);
    } else {
      for (let i = from + 1; i < to; i++) {
        const index = order[i];
        let j = i;
        for (; j > from && byRange(order[j - 1], index) > 0; j--) order[j] = order[j - 1];
        order[j] = index;
      }
    }
    from = to;
  }

  // Reading the ranges back from the moment objects, in this shuffled order, misses the cache at
  // every step; permuting the typed arrays needs a copy, for which the keys' memory is free now.
  const copy = new Float64Array(keys.buffer, 0, n);
  for (const values of [starts, ends]) {
    copy.set(values);
    for (let i = 0; i < n; i++) values[i] = copy[order[i]];
  }
  return order;
}

/** Index of the first element greater than `t`. */
function upperBound(sorted: Float64Array, t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first element of an ascending array greater than `t`, or `Infinity`. */
function firstAfter(sorted: Float64Array, t: number): number {
  const i = upperBound(sorted, t);
  return i < sorted.length ? sorted[i] : Infinity;
}

/** The last element of an ascending array at or below `t`, or `-Infinity`. */
function lastUpTo(sorted: Float64Array, t: number): number {
  const i = upperBound(sorted, t);
  return i > 0 ? sorted[i - 1] : -Infinity;
}
