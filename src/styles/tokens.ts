/**
 * The design tokens every element shares. Pages set the public `--shoppable-*` custom properties
 * (from `:root`, a wrapper or the element); each element derives its private `--_sv-*` values from
 * them here, once, with the library's defaults as fallbacks, so a handful of tokens restyles the
 * player, its cards and its list the same way.
 *
 * Colours follow `prefers-color-scheme`; `theme="light"` or `theme="dark"` on an element forces one.
 * `prefers-reduced-motion: reduce` zeroes the transition duration.
 * @module
 */
import { css } from 'lit';

/*
 * Default palettes. Every text pair meets WCAG 2.2 AA (4.5:1): light #1b1b1f on #fff 17.2:1,
 * muted #5c5c66 on #fff 6.6:1, #fff on accent #4a2fd0 8.1:1, sale/error #b3261e on #fff 6.5:1;
 * dark #f2f2f5 on #1f1f24 14.7:1, muted #b4b4c0 on #1f1f24 8:1, #17112f on accent #b7a8ff 8.7:1,
 * sale/error #ffb4ab on #1f1f24 9.7:1. The accent as text (links) on the surface: 8.1:1 and 7.9:1.
 */
const light = css`
  --_sv-d-surface: #ffffff;
  --_sv-d-text: #1b1b1f;
  --_sv-d-muted: #5c5c66;
  --_sv-d-border: #d5d5dd;
  --_sv-d-accent: #4a2fd0;
  --_sv-d-on-accent: #ffffff;
  --_sv-d-sale: #b3261e;
  --_sv-d-error: #b3261e;
  --_sv-d-focus: #1a73e8;
  color-scheme: light;
`;

const dark = css`
  --_sv-d-surface: #1f1f24;
  --_sv-d-text: #f2f2f5;
  --_sv-d-muted: #b4b4c0;
  --_sv-d-border: #45454f;
  --_sv-d-accent: #b7a8ff;
  --_sv-d-on-accent: #17112f;
  --_sv-d-sale: #ffb4ab;
  --_sv-d-error: #ffb4ab;
  --_sv-d-focus: #8ab4f8;
  color-scheme: dark;
`;

/** Included first in every element's `static styles`: the private tokens the other rules use. */
export const tokens = css`
  :host {
    ${light}
    --_sv-surface: var(--shoppable-surface-color, var(--_sv-d-surface));
    --_sv-text: var(--shoppable-text-color, var(--_sv-d-text));
    --_sv-muted: var(--shoppable-muted-color, var(--_sv-d-muted));
    --_sv-border: var(--shoppable-border-color, var(--_sv-d-border));
    --_sv-accent: var(--shoppable-accent-color, var(--_sv-d-accent));
    --_sv-on-accent: var(--shoppable-on-accent-color, var(--_sv-d-on-accent));
    --_sv-sale: var(--shoppable-sale-color, var(--_sv-d-sale));
    --_sv-on-sale: var(--shoppable-on-sale-color, var(--_sv-surface));
    --_sv-error: var(--shoppable-error-color, var(--_sv-d-error));
    --_sv-focus: var(--shoppable-focus-color, var(--_sv-d-focus));
    --_sv-scrim: var(--shoppable-overlay-color, rgb(0 0 0 / 0.8));
    --_sv-font: var(--shoppable-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_sv-font-size: var(--shoppable-font-size, 0.9375rem);
    --_sv-font-size-small: var(--shoppable-font-size-small, 0.8125rem);
    --_sv-radius: var(--shoppable-radius, 12px);
    --_sv-space: var(--shoppable-space, 0.75rem);
    --_sv-shadow: var(--shoppable-shadow, 0 8px 24px rgb(0 0 0 / 0.35));
    --_sv-card-shadow: var(--shoppable-card-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    --_sv-card-width: var(--shoppable-card-width, 20rem);
    /* WCAG 2.2 target size: never under 24px, whatever a page sets. */
    --_sv-control-size: max(24px, var(--shoppable-control-size, 40px));
    /* How far up from the player's bottom the control bar takes taps: the seek bar (24px), the row
       of controls and 4px below it. The overlay keeps its cards and hotspots above this. */
    --_sv-bar-reach: calc(var(--_sv-control-size) + 28px);
    --_sv-duration: var(--shoppable-transition-duration, 150ms);
    /* Off by default: each entrance costs the main thread several frames (see docs/performance.md). */
    --_sv-card-enter: var(--shoppable-card-enter-duration, 0s);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_sv-duration: 0s;
      --_sv-card-enter: 0s;
    }
  }
`;
