/**
 * Seek-bar markers summarised to what pixels can show: a show of 100,000 moments on a 600 px bar
 * has at most one tick per pixel column, not 100,000 overlapping ones. DOM-free.
 * @module
 */

/** The most columns drawn whatever the bar's width claims: a tick per column of an 8K screen. */
export const MAX_MARKER_COLUMNS = 8192;

/**
 * The columns (`0 ≤ c < columns`, ascending, each once) holding at least one of `times` within
 * `[from, to]`; `columns` is the bar's width in device pixels. Linear in the number of times, with
 * no sort: a column is marked in a bit set, then the set is read in order.
 */
export function markerColumns(times: Iterable<number>, from: number, to: number, columns: number): Uint32Array {
  const n = Math.min(MAX_MARKER_COLUMNS, Math.max(1, Math.floor(columns) || 1));
  const span = to - from;
  if (!(span > 0) || !Number.isFinite(span)) return new Uint32Array(0);
  const marked = new Uint8Array(n);
  let count = 0;
  for (const t of times) {
    if (!(t >= from && t <= to)) continue;
    const c = Math.min(n - 1, Math.floor(((t - from) / span) * n));
    if (!marked[c]) {
      marked[c] = 1;
      count++;
    }
  }
  const out = new Uint32Array(count);
  for (let c = 0, i = 0; c < n && i < count; c++) if (marked[c]) out[i++] = c;
  return out;
}
