/**
 * Where the product sheet opens. Inside the player it is a side panel on a wide player and a
 * bottom sheet on a narrow one (a container query decides between those two). A player too short
 * to hold a usable sheet (a 16:9 video across a phone, 358×201) gets a bottom sheet over the page
 * instead, at least half the viewport tall, so options can be chosen and added there.
 * @module
 */

/** A width and a height in CSS pixels. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** `player`: inside the player's box; `page`: a bottom sheet over the viewport (the top layer). */
export type SheetPlacement = 'player' | 'page';

/** The narrowest player that shows the sheet as a side panel (the container query's breakpoint). */
export const SIDE_SHEET_MIN_WIDTH = 560;
/** The shortest sheet in which a card's options, quantity and Add to cart fit together. */
export const MIN_SHEET_HEIGHT = 360;

/**
 * Decides where the sheet opens for a player of `player` size in a viewport of `viewport` size.
 * A full-screen player is the viewport, so it always keeps the sheet.
 */
export function sheetPlacement(player: Size, viewport: Size, fullscreen = false): SheetPlacement {
  if (fullscreen) return 'player';
  // The in-player bottom sheet takes up to 70% of a narrow player's height.
  const inPlayer = player.width >= SIDE_SHEET_MIN_WIDTH ? player.height : player.height * 0.7;
  if (inPlayer >= MIN_SHEET_HEIGHT) return 'player';
  // A page sheet is only better when the viewport has the room the player lacks.
  return viewport.height * 0.5 > inPlayer ? 'page' : 'player';
}
