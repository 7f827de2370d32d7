/**
 * The control bar's icons, in the chrome chunk only (Play and picture-in-picture are in
 * `../icons.ts`: the entry's big Play button and the mini-player's dock use them too, and an icon
 * shared by two lazy chunks would be a third chunk, one more request before the bar draws).
 * @module
 */
import { svg } from 'lit';
import { icon } from '../icons.js';

export const pauseIcon = icon(svg`<path d="M6 5h4v14H6zM14 5h4v14h-4z"/>`);
export const volumeIcon = icon(
  svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z"/>`,
);
export const mutedIcon = icon(
  svg`<path d="M3 9v6h4l5 5V4L7 9H3zm13.6 3 2.7-2.7-1.4-1.4-2.7 2.7-2.7-2.7-1.4 1.4 2.7 2.7-2.7 2.7 1.4 1.4 2.7-2.7 2.7 2.7 1.4-1.4z"/>`,
);
export const captionsIcon = icon(
  svg`<path d="M19 4H5a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm-8 7H9.5v-.5h-2v3h2V13H11v1a1 1 0 0 1-1 1H7a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1zm7 0h-1.5v-.5h-2v3h2V13H18v1a1 1 0 0 1-1 1h-3a1 1 0 0 1-1-1v-4a1 1 0 0 1 1-1h3a1 1 0 0 1 1 1z"/>`,
);
export const fullscreenIcon = icon(svg`<path d="M7 14H5v5h5v-2H7zm-2-4h2V7h3V5H5zm12 7h-3v2h5v-5h-2zM14 5v2h3v3h2V5z"/>`);
export const exitFullscreenIcon = icon(svg`<path d="M5 16h3v3h2v-5H5zm3-8H5v2h5V5H8zm6 11h2v-3h3v-2h-5zm2-11V5h-2v5h5V8z"/>`);
