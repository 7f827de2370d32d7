/**
 * Marking moments while the video plays: each product has a key; the first press starts its
 * moment at the playhead, the second ends it. DOM-free.
 * @module
 */
import type { Product } from '../../types.js';
import { MIN_MOMENT, round, type DraftMoment } from './draft.js';

/** The keys that mark products, in product order: 1 to 9, then 0. */
export const MARK_KEYS = '1234567890';

/** The key that marks the product at `index`, if it has one. */
export function markKey(index: number): string | undefined {
  return index >= 0 && index < MARK_KEYS.length ? MARK_KEYS[index] : undefined;
}

/** The product a key marks, if any (`'3'` → the third product). */
export function productForKey(products: readonly Product[], key: string): Product | undefined {
  const index = key.length === 1 ? MARK_KEYS.indexOf(key) : -1;
  return index < 0 ? undefined : products[index];
}

/** Moments started and not yet ended: product id → start time. */
export type OpenMarks = Readonly<Record<string, number>>;

/** What a key press does: the marks still open, and the moment it ended (if it ended one). */
export interface MarkResult {
  readonly open: OpenMarks;
  readonly moment?: Omit<DraftMoment, 'key'>;
}

/**
 * A key press for `productId` at media time `time`: starts its moment, or ends the one started.
 * Ending before the start (the viewer seeked back) makes the moment run from the earlier time;
 * a moment is at least {@link MIN_MOMENT} long.
 */
export function toggleMark(open: OpenMarks, productId: string, time: number): MarkResult {
  const t = round(Math.max(0, time));
  const started = Object.hasOwn(open, productId) ? open[productId] : undefined;
  if (started === undefined) return { open: { ...open, [productId]: t } };
  const rest = { ...open };
  delete rest[productId];
  const start = Math.min(started, t);
  const end = Math.max(started, t, start + MIN_MOMENT);
  return { open: rest, moment: { productId, start, end: round(end) } };
}

/** Ends every open mark at `time` (the video ended, or marking stopped): the moments, in product order. */
export function closeMarks(open: OpenMarks, time: number): Omit<DraftMoment, 'key'>[] {
  return Object.keys(open).flatMap((id) => toggleMark(open, id, time).moment ?? []);
}
