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
  /** Every distinct start and finite end, ascending. */
  private readonly boundaries: Float64Array;

  /** Moments with a non-numeric or empty range (`end <= start`) can never be active and are left out. */
  constructor(moments: readonly M[]) {
    const kept = moments.filter((m) => m.start === m.start && m.end === m.end && m.end > m.start);
    kept.sort(byRange);
    this.moments = kept;
    const n = kept.length;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.maxEnds = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      this.starts[i] = kept[i].start;
      this.ends[i] = kept[i].end;
    }
    this.augment(0, n);
    this.boundaries = distinctBoundaries(this.starts, this.ends);
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

  /** The first start or end strictly after `t` (`Infinity` if none): nothing changes before it. */
  nextBoundary(t: number): number {
    const b = this.boundaries;
    if (!(t >= b[0])) return b.length > 0 ? b[0] : Infinity;
    const i = upperBound(b, t);
    return i < b.length ? b[i] : Infinity;
  }

  /** The last start or end at or before `t` (`-Infinity` if none): nothing changed since it. */
  previousBoundary(t: number): number {
    const i = t === t ? upperBound(this.boundaries, t) : 0;
    return i > 0 ? this.boundaries[i - 1] : -Infinity;
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

function byRange(a: Moment, b: Moment): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
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

function distinctBoundaries(starts: Float64Array, ends: Float64Array): Float64Array {
  // Starts are already sorted; sort the ends and merge, dropping repeats and infinities.
  const sortedEnds = Float64Array.from(ends).sort();
  const out = new Float64Array(starts.length + ends.length);
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < starts.length || j < sortedEnds.length) {
    const b = j >= sortedEnds.length || (i < starts.length && starts[i] <= sortedEnds[j]) ? starts[i++] : sortedEnds[j++];
    if (Number.isFinite(b) && (n === 0 || out[n - 1] !== b)) out[n++] = b;
  }
  return out.slice(0, n);
}
