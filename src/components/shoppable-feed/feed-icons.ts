/** The feed player's icons: small inline SVG paths (24×24), hidden from assistive technology. @module */
import { svg } from 'lit';
import { icon } from '../shoppable-video/icons.js';

export const closeIcon = icon(svg`<path d="M19 6.4 17.6 5 12 10.6 6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6z"/>`);
export const shareIcon = icon(
  svg`<path d="M18 16a3 3 0 0 0-2 .8l-7.1-4.2a3 3 0 0 0 0-1.2L16 7.2A3 3 0 1 0 15 5v.6L7.9 9.8a3 3 0 1 0 0 4.4l7.1 4.2V19a3 3 0 1 0 3-3z"/>`,
);
const up = icon(svg`<path d="M7.4 15.4 12 10.8l4.6 4.6L18 14l-6-6-6 6z"/>`);
const down = icon(svg`<path d="M7.4 8.6 12 13.2l4.6-4.6L18 10l-6 6-6-6z"/>`);
/** Up for the previous show (-1), down for the next (1): shows are stacked top to bottom. */
export const chevron = (step: -1 | 1) => (step < 0 ? up : down);
