/**
 * Which entries of a long scrolling list to draw: those in view and a screen's worth either side,
 * with the rest stood in for by empty space of their measured (or estimated) height. A show of
 * 1,000 products then draws a handful of cards, not a thousand. DOM-free: the list measures its
 * entries and its scroller, and asks.
 * @module
 */

/** The entries to draw, `[start, end)`, and the space (px) that stands in for those before and after. */
export interface ListRange {
  readonly start: number;
  readonly end: number;
  readonly before: number;
  readonly after: number;
}

/**
 * A list of at most this many entries is drawn whole: its cost is small, and every entry is then
 * in the page at once, as a short list always was (find in page, tests, scripts).
 */
export const ALWAYS_DRAWN = 30;

/** Height (px) assumed for an entry not yet measured, until one has been. */
const FIRST_ESTIMATE = 320;

/**
 * The heights of a list's entries, measured as they are drawn; an entry never drawn counts as the
 * mean of those measured. `gap` is the space between two entries.
 */
export class ListWindow {
  private heights: Float64Array;
  private measured = 0;
  private measuredSum = 0;

  /**
   * @param count - how many entries the list has
   * @param gap - the space (px) between two entries
   */
  constructor(
    count: number,
    public gap = 0,
  ) {
    this.heights = new Float64Array(count).fill(NaN);
  }

  /** How many entries the list has. */
  get count(): number {
    return this.heights.length;
  }

  /** The height counted for an entry never measured. */
  get estimate(): number {
    return this.measured ? this.measuredSum / this.measured : FIRST_ESTIMATE;
  }

  /** Records an entry's drawn height; true if it differs from what was counted before. */
  measure(index: number, height: number): boolean {
    if (!(index >= 0 && index < this.heights.length) || !(height >= 0)) return false;
    const old = this.heights[index];
    if (old === height) return false;
    if (old === old) this.measuredSum -= old;
    else this.measured++;
    this.measuredSum += height;
    this.heights[index] = height;
    return true;
  }

  private height(index: number, estimate: number): number {
    const h = this.heights[index];
    return h === h ? h : estimate;
  }

  /** Where an entry starts, px from the first entry's top. */
  offsetOf(index: number): number {
    const estimate = this.estimate;
    let y = 0;
    for (let i = 0; i < Math.min(index, this.count); i++) y += this.height(i, estimate) + this.gap;
    return y;
  }

  /**
   * The entries within `overscan` px of the view `[top, top + height)` (px from the first entry's
   * top). At least one entry is drawn when there is one; a short list is drawn whole.
   */
  range(top: number, height: number, overscan: number): ListRange {
    const n = this.count;
    if (n <= ALWAYS_DRAWN) return { start: 0, end: n, before: 0, after: 0 };
    const estimate = this.estimate;
    const from = Math.max(0, top - overscan);
    const to = Math.max(from, top + Math.max(0, height) + overscan);
    let start = -1;
    let end = n;
    let y = 0;
    let before = 0;
    for (let i = 0; i < n; i++) {
      const bottom = y + this.height(i, estimate);
      if (start < 0 && bottom >= from) {
        start = i;
        before = y;
      }
      if (start >= 0 && y > to) {
        end = i;
        break;
      }
      y = bottom + this.gap;
    }
    if (start < 0) {
      start = n - 1;
      before = this.offsetOf(start);
    }
    end = Math.max(end, start + 1);
    return { start, end, before, after: Math.max(0, this.offsetOf(n) - this.offsetOf(end)) };
  }
}
