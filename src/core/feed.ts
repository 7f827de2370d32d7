/**
 * The decisions of `<shoppable-feed>` and the mini-player, DOM-free: whether a swipe moves to
 * another show, which show is next, which players are alive, the deep link in the URL's hash, and
 * where a dragged mini-player may sit. Plain values in, plain values out.
 * @module
 */

/** A finished touch gesture: how far it moved (CSS px), how long it took (ms), the stage height. */
export interface Swipe {
  readonly dx: number;
  readonly dy: number;
  readonly ms: number;
  readonly height: number;
}

/** The least travel that counts as a swipe at all, in CSS px (a tap wobbles a few pixels). */
export const SWIPE_MIN = 24;
/** Speed (px per ms) past which a short flick counts, as on the feeds shoppers know. */
export const SWIPE_FLICK = 0.5;

/**
 * `1` to go to the next show (the finger moved up), `-1` for the previous one (down), `0` to stay:
 * a mostly vertical move past a fifth of the stage (at most 120 px), or a quick flick past
 * {@link SWIPE_MIN}. A mostly horizontal move is never a swipe between shows.
 */
export function swipeStep({ dx, dy, ms, height }: Swipe): -1 | 0 | 1 {
  const ady = Math.abs(dy);
  if (!(ady >= SWIPE_MIN) || Math.abs(dx) > ady) return 0;
  const far = ady >= Math.min(120, Math.max(SWIPE_MIN, height / 5));
  const fast = ms > 0 && ady / ms >= SWIPE_FLICK;
  if (!far && !fast) return 0;
  return dy < 0 ? 1 : -1;
}

/** Wheel travel (CSS px, summed over a gesture) that moves one show. */
export const WHEEL_STEP = 50;
/** Quiet time (ms) after a step before the wheel moves again: one flick of a trackpad is one show. */
export const WHEEL_REST = 450;

/**
 * `1`, `-1` or `0` for wheel travel `total` summed since the last step, `sinceStep` ms after it:
 * a trackpad's momentum keeps sending events for a second, which must not skip several shows.
 */
export function wheelStep(total: number, sinceStep: number): -1 | 0 | 1 {
  if (sinceStep < WHEEL_REST || !(Math.abs(total) >= WHEEL_STEP)) return 0;
  return total > 0 ? 1 : -1;
}

/** The index `step` shows away from `index`, kept within `0..count-1` (no wrap-around). */
export function stepIndex(index: number, step: number, count: number): number {
  if (count <= 0) return 0;
  return Math.min(count - 1, Math.max(0, Math.trunc(index) + Math.trunc(step)));
}

/**
 * The indices of the players kept alive: the current show's, and the one the shopper most likely
 * goes to next (forward, or backward after moving back), preloaded. Never more than two.
 */
export function alivePlayers(index: number, count: number, direction: -1 | 1 = 1): number[] {
  if (count <= 0) return [];
  const current = stepIndex(index, 0, count);
  const ahead = current + direction;
  const behind = current - direction;
  const other = ahead >= 0 && ahead < count ? ahead : behind >= 0 && behind < count ? behind : undefined;
  return other === undefined ? [current] : [current, other];
}

/** A deep link's target: a show and a start time in seconds. */
export interface FeedLink {
  readonly showId: string;
  readonly time: number;
}

/** Reads `#show=ID&t=SECONDS` (other hash parameters are ignored); `undefined` without a show. */
export function parseFeedLink(hash: string): FeedLink | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const showId = params.get('show');
  if (!showId) return undefined;
  const t = Number(params.get('t') ?? 0);
  return { showId, time: Number.isFinite(t) && t > 0 ? t : 0 };
}

/**
 * The hash for a show at a time, keeping the hash's other parameters: `#show=ID&t=12` (whole
 * seconds; `t` left out at 0). With `link` undefined, the show and time are removed.
 */
export function formatFeedLink(link: FeedLink | undefined, hash = ''): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('show');
  params.delete('t');
  if (link) {
    params.set('show', link.showId);
    const t = Math.floor(link.time);
    if (Number.isFinite(t) && t > 0) params.set('t', String(t));
  }
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** A box in the viewport, CSS px. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Which corner a docked mini-player sits in. */
export type Corner = 'top-start' | 'top-end' | 'bottom-start' | 'bottom-end';

/** Moves `box` so it lies inside a viewport of `width` × `height`, `margin` px from each edge where it fits. */
export function clampBox(box: Box, width: number, height: number, margin = 8): Box {
  const fit = (pos: number, size: number, room: number) => Math.max(Math.min(margin, room - size), Math.min(pos, room - size - margin));
  return { ...box, x: Math.max(0, fit(box.x, box.width, width)), y: Math.max(0, fit(box.y, box.height, height)) };
}

/**
 * The corner nearest to where a dragged box was let go (its centre's quarter of the viewport),
 * in the page's direction: in a right-to-left page the start side is the right.
 */
export function nearestCorner(box: Box, width: number, height: number, rtl = false): Corner {
  const left = box.x + box.width / 2 < width / 2;
  const top = box.y + box.height / 2 < height / 2;
  const side = left !== rtl ? 'start' : 'end';
  return `${top ? 'top' : 'bottom'}-${side}`;
}

/** What the share button does: the Web Share sheet where the browser has it for this data, else copy the link. */
export type SharePlan = { kind: 'share'; data: ShareData } | { kind: 'copy'; url: string };

/** Decides {@link SharePlan} from what `nav` (the page's `navigator`) offers. */
export function sharePlan(nav: Partial<Pick<Navigator, 'share' | 'canShare'>>, data: { title: string; url: string }): SharePlan {
  if (typeof nav.share === 'function') {
    try {
      if (typeof nav.canShare !== 'function' || nav.canShare(data)) return { kind: 'share', data };
    } catch {
      // canShare throws for data it cannot take in some browsers: copy instead.
    }
  }
  return { kind: 'copy', url: data.url };
}

/**
 * The docked mini-player's width (CSS px): `preferred` (default 320), but never wider than the
 * viewport less two margins, nor so tall (a 9:16 player) that it covers more than `share` of the
 * viewport's height. `ratio` is the player's width over its height.
 */
export function dockWidth(ratio: number, width: number, height: number, preferred = 320, margin = 16, share = 0.45): number {
  const r = Number.isFinite(ratio) && ratio > 0 ? ratio : 16 / 9;
  return Math.max(120, Math.floor(Math.min(preferred, width - 2 * margin, height * share * r)));
}
