/**
 * The icon helper and the icons of more than one chunk: small inline SVG paths (24×24), hidden from assistive
 * technology. Every icon in this module ships in the CDN entry, so only those more than one chunk
 * draws are here: Play (the big Play button and the bar) and picture-in-picture (the bar and the
 * mini-player's dock). The bar's own are in `chrome/bar-icons.ts`.
 * @module
 */
import { svg, type SVGTemplateResult } from 'lit';

/** A 24×24 icon from its path. */
export const icon = (d: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${d}</svg>`;

export const playIcon = icon(svg`<path d="M8 5v14l11-7z"/>`);
export const pipIcon = icon(
  svg`<path d="M19 11h-8v6h8zm4 8V5a2 2 0 0 0-2-2H3a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h18a2 2 0 0 0 2-2zm-2 0H3V5h18z"/>`,
);
