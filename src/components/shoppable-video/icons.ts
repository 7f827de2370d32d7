/**
 * The icon helper and the Play icon: small inline SVG paths (24×24), hidden from assistive
 * technology. Only what the element's entry draws (the big Play button) is here: every icon in
 * this module ships in the CDN entry, so the bar's own are in `chrome/bar-icons.ts`.
 * @module
 */
import { svg, type SVGTemplateResult } from 'lit';

/** A 24×24 icon from its path. */
export const icon = (d: SVGTemplateResult) =>
  svg`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${d}</svg>`;

export const playIcon = icon(svg`<path d="M8 5v14l11-7z"/>`);
