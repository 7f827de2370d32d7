/**
 * The icons of the overflow, audio and quality menus. Apart from `icons.ts`, which the element's
 * entry shares (the big Play button): these arrive with the chrome chunk only.
 * @module
 */
import { svg } from 'lit';
import { icon } from '../icons.js';

/** The overflow menu's button: three dots, vertical (as YouTube's and Media Chrome's). */
export const moreIcon = icon(svg`<path d="M12 8a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm0 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4zm0 6a2 2 0 1 0 0-4 2 2 0 0 0 0 4z"/>`);
/** Quality: a gear. */
export const qualityIcon = icon(
  svg`<path d="M19.4 13a7.5 7.5 0 0 0 0-2l2.1-1.6-2-3.5-2.5 1a7.4 7.4 0 0 0-1.7-1L14.9 3h-4l-.4 2.9a7.4 7.4 0 0 0-1.7 1l-2.5-1-2 3.5L6.4 11a7.5 7.5 0 0 0 0 2l-2.1 1.6 2 3.5 2.5-1a7.4 7.4 0 0 0 1.7 1l.4 2.9h4l.4-2.9a7.4 7.4 0 0 0 1.7-1l2.5 1 2-3.5zM12.9 15.5a3.5 3.5 0 1 1 0-7 3.5 3.5 0 0 1 0 7z"/>`,
);
/** Audio track: a speech bubble with sound lines. */
export const audioIcon = icon(svg`<path d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-4 4V5a2 2 0 0 1 2-2zm3 6v3h2V9zm4-2v7h2V7zm4 3v2h2v-2z"/>`);
