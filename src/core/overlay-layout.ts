/**
 * Where the player's overlay puts its products: as compact cards, or, on a short player (a phone's
 * 16:9 embed), as one small product chip placed clear of the hotspots. Pure geometry in pixels of
 * the player's box; the shop layer measures the box and applies the answer.
 * @module
 */

/** How the overlay shows the products on screen. */
export type OverlayForm = 'card' | 'chip';

/** A corner of the player, in the reading direction (`start` is the right edge in Arabic). */
export type ChipCorner = 'bottom-start' | 'bottom-end' | 'top-start' | 'top-end';

/**
 * The chip's geometry, px. A 358×201 player (a 390 px phone's 16:9 embed) gets a 272×52 chip:
 * about 20 % of the picture, where the compact card took over 40 %.
 */
export const CHIP = {
  /** Players shorter than this show chips (a compact card is ~125 px tall, above a 68 px bar). */
  maxPlayerHeight: 360,
  maxWidth: 272,
  /** The chip never takes more than this share of the player's width. */
  widthShare: 0.76,
  height: 52,
  /** From the player's edges. */
  margin: 8,
  /**
   * From the bottom edge: clear of the control bar's reach (`--_sv-bar-reach` in styles/tokens.ts:
   * 40 px controls + 28 px) and the 8 px margin, as the compact cards are.
   */
  bottomInset: 76,
  /** A hotspot's radius: its whole disc must stay clear of the chip, not only its centre. */
  hotspotRadius: 14,
} as const;

/** The overlay's form for a player of this size: chips when it is too short for a card. */
export function overlayForm(width: number, height: number): OverlayForm {
  return width > 0 && height > 0 && height < CHIP.maxPlayerHeight ? 'chip' : 'card';
}

/** What {@link chipBox} decides from. */
export interface ChipInput {
  /** The player's box, px. */
  readonly width: number;
  readonly height: number;
  /** The player reads right to left: `start` is its right edge. */
  readonly rtl: boolean;
  /** Hotspot centres on screen, 0..1 of the frame from its top-left corner (never mirrored). */
  readonly hotspots: ReadonlyArray<{ readonly x: number; readonly y: number }>;
  /** A box centred in the player that a chip must not cover (the big Play button before play), px. */
  readonly keepClear?: { readonly width: number; readonly height: number };
}

/** The chip's place: a corner and its box, px from the player's top-left corner. */
export interface ChipBox {
  readonly corner: ChipCorner;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Tried in this order: the bottom-start corner, then the other side, then the top. */
const CORNERS: readonly ChipCorner[] = ['bottom-start', 'bottom-end', 'top-start', 'top-end'];

function place(corner: ChipCorner, input: ChipInput): ChipBox {
  const width = Math.max(0, Math.min(CHIP.maxWidth, input.width * CHIP.widthShare));
  const height = CHIP.height;
  const atStart = corner.endsWith('start');
  const atLeft = atStart !== input.rtl;
  const left = atLeft ? CHIP.margin : input.width - CHIP.margin - width;
  const top = corner.startsWith('bottom')
    ? Math.max(CHIP.margin, input.height - CHIP.bottomInset - height)
    : CHIP.margin;
  return { corner, left, top, width, height };
}

/** How many hotspots' discs (and the centred box to keep clear, if any) the box would cover. */
function covered(box: ChipBox, input: ChipInput): number {
  const r = CHIP.hotspotRadius;
  const spots = input.hotspots.filter((h) => {
    const x = h.x * input.width;
    const y = h.y * input.height;
    return x > box.left - r && x < box.left + box.width + r && y > box.top - r && y < box.top + box.height + r;
  }).length;
  const clear = input.keepClear;
  if (!clear) return spots;
  const left = (input.width - clear.width) / 2;
  const top = (input.height - clear.height) / 2;
  const overlaps = box.left < left + clear.width && box.left + box.width > left && box.top < top + clear.height && box.top + box.height > top;
  return spots + (overlaps ? 1 : 0);
}

/**
 * Where the chip goes: the bottom-start corner unless a hotspot on screen would fall under it, then
 * the first corner that covers none (bottom-end, top-start, top-end); when every corner covers one,
 * the one that covers fewest.
 */
export function chipBox(input: ChipInput): ChipBox {
  let best: { box: ChipBox; count: number } | undefined;
  for (const corner of CORNERS) {
    const box = place(corner, input);
    const count = covered(box, input);
    if (count === 0) return box;
    if (!best || count < best.count) best = { box, count };
  }
  return best!.box;
}

/** The widest a column of compact cards gets: `--shoppable-card-width`'s default, at most 70 % of the player. */
export const CARD_COLUMN = { maxWidth: 280, widthShare: 0.7, margin: 8 } as const;

/**
 * Which side the column of compact cards takes on a player tall enough for cards: its start side,
 * unless a hotspot on screen falls within the column's width there and none falls on the other
 * side (a card must never sit over a hotspot, or a tap meant for one lands on the other). Judged
 * across the column's whole height, as its height follows its cards.
 */
export function cardsSide(input: ChipInput): 'start' | 'end' {
  const width = Math.min(CARD_COLUMN.maxWidth, input.width * CARD_COLUMN.widthShare);
  const r = CHIP.hotspotRadius;
  const under = (atLeft: boolean) =>
    input.hotspots.some((h) => {
      const x = h.x * input.width;
      return atLeft ? x < CARD_COLUMN.margin + width + r : x > input.width - CARD_COLUMN.margin - width - r;
    });
  const startIsLeft = !input.rtl;
  return under(startIsLeft) && !under(!startIsLeft) ? 'end' : 'start';
}
