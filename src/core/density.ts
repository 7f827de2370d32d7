/**
 * How much of a busy show goes over the picture: at most a few cards and hotspots, whatever the
 * number of moments on screen, so the shopper can still watch and tap, and the overlay's cost
 * follows what is visible, not the show's size. The rest stays one tap away ("+ K more" opens the
 * product sheet at them). DOM-free.
 * @module
 */
import type { Moment } from '../types.js';

/** At most this many cards and hotspots over the video at once. */
export interface DensityLimits {
  readonly cards: number;
  readonly hotspots: number;
}

/** A player narrower than this is phone-sized: one card at a time. */
const PHONE_WIDTH = 480;

/**
 * The default limits for an overlay box (px): one card and three hotspots on a phone-sized or short
 * (chip) player, three cards and six hotspots elsewhere.
 */
export function defaultLimits(width: number, height: number, chip: boolean): DensityLimits {
  return chip || (width > 0 && width < PHONE_WIDTH) || (height > 0 && height < 360) ? { cards: 1, hotspots: 3 } : { cards: 3, hotspots: 6 };
}

/** A limit as a page wrote it (attribute or CSS custom property): a whole number ≥ 0, else undefined. */
export function parseLimit(value: string | null | undefined): number | undefined {
  const text = value?.trim();
  if (!text || !/^\d{1,4}$/.test(text)) return undefined;
  return Number(text);
}

/** What goes over the video now. */
export interface DensityPick {
  /** Product ids with a card, in slot order. */
  readonly cards: readonly string[];
  /** Moments with a hotspot (one per product). */
  readonly hotspots: readonly Moment[];
  /** Product ids on screen without a card, most recently started first ("+ K more"). */
  readonly more: readonly string[];
}

/**
 * Chooses the cards and hotspots for the moments on screen. A product keeps its card while it is on
 * screen (a card that moved or vanished under a finger could not be tapped); a free slot goes to
 * the product that started most recently. Cards are listed in the order their products came on screen. Hotspots are positioned moments, one per product: the
 * carded products' first, then the most recently started. `active` is in start order, as the cue
 * cursor gives it. `shown` (the product ids that may appear: a market may hide some) and
 * `previous` (the last pick's cards) come from the caller.
 */
export function pickVisible(
  active: readonly Moment[],
  limits: DensityLimits,
  shown: (productId: string) => boolean,
  previous?: Pick<DensityPick, 'cards' | 'hotspots'>,
): DensityPick {
  // Most recently started first; among equal starts, the later in the show first: `active` is in
  // start order (the cue cursor's), so walked backwards it needs no sort at each moment edge.
  const recent = active.slice().reverse();
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const m of recent) {
    if (!seen.has(m.productId) && shown(m.productId)) {
      seen.add(m.productId);
      ids.push(m.productId);
    }
  }
  const cards = (previous?.cards ?? []).filter((id) => seen.has(id)).slice(0, limits.cards);
  for (const id of ids) {
    if (cards.length >= limits.cards) break;
    if (!cards.includes(id)) cards.push(id);
  }
  // Shown in the order they came on screen, as the show runs (a short player's chips scroll): a
  // product's first moment in start order is its earliest.
  const since = new Map<string, number>();
  for (const m of active) if (!since.has(m.productId)) since.set(m.productId, m.start);
  cards.sort((a, b) => since.get(a)! - since.get(b)!);
  // Hotspots: those already shown while their moments last (a dot that jumped away under a finger
  // could not be tapped), then the carded products' (a hotspot beside its card), then the most recent.
  const carded = new Set(cards);
  const live = new Set(active);
  const hotspots: Moment[] = [];
  const spotted = new Set<string>();
  const add = (m: Moment) => {
    if (hotspots.length < limits.hotspots && m.position && seen.has(m.productId) && !spotted.has(m.productId)) {
      spotted.add(m.productId);
      hotspots.push(m);
    }
  };
  for (const m of previous?.hotspots ?? []) if (live.has(m)) add(m);
  for (const m of recent) if (carded.has(m.productId)) add(m);
  for (const m of recent) {
    if (hotspots.length >= limits.hotspots) break;
    add(m);
  }
  return { cards, hotspots, more: ids.filter((id) => !carded.has(id)) };
}

/** Whether two picks draw the same cards and hotspots ("+ K more" aside). */
export function sameOverlay(a: DensityPick, b: DensityPick): boolean {
  return a.cards.length === b.cards.length && a.hotspots.length === b.hotspots.length && a.cards.every((id, i) => id === b.cards[i]) && a.hotspots.every((m, i) => m === b.hotspots[i]);
}

/** Whether two picks put the same things over the video (so nothing needs drawing again). */
export function samePick(a: DensityPick | undefined, b: DensityPick): boolean {
  if (!a || a.more.length !== b.more.length || a.cards.length !== b.cards.length || a.hotspots.length !== b.hotspots.length) return false;
  return a.cards.every((id, i) => id === b.cards[i]) && a.hotspots.every((m, i) => m === b.hotspots[i]) && a.more[0] === b.more[0];
}
