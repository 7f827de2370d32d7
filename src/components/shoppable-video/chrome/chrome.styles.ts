import { css } from 'lit';

/** Styles of the control bar, its menus and the seek bar: they arrive with the chrome chunk. */
export const chromeStyles = css`
  .controls {
    position: absolute;
    inset: auto 0 0 0;
    padding: 24px 8px 4px;
    background: var(--shoppable-controls-background, linear-gradient(transparent, rgb(0 0 0 / 0.75)));
    transition: opacity var(--_ease);
  }
  /* Only the controls take taps: the gradient above the seek bar and the gaps between buttons
     pass them to the video, and a hidden bar takes none, so nothing invisible sits over a card. */
  .controls,
  .bar,
  .spacer,
  .time {
    pointer-events: none;
  }
  .timeline-wrap,
  .bar > :not(.spacer, .time) {
    pointer-events: auto;
  }
  :host([controls-hidden]) .controls {
    opacity: 0;
  }
  :host([controls-hidden]) .controls * {
    pointer-events: none;
  }
  :host([error]) .controls {
    display: none;
  }
  /* Playback controls are not mirrored in right-to-left languages: Chromium's own <video controls>
     are direction: ltr, YouTube's player keeps its layout, and Material's bidirectionality
     guidance says so (see seek-bar.ts and docs/accessibility.md). The menus' text stays RTL. */
  .bar {
    display: flex;
    align-items: center;
    gap: 2px;
    direction: ltr;
  }
  .player[dir='rtl'] .menu {
    direction: rtl;
  }
  /* Nothing shrinks or wraps: what does not fit leaves the bar (see fit.ts), whole. */
  .bar > * {
    flex-shrink: 0;
    white-space: nowrap;
  }
  .spacer {
    flex: 1 1 0;
  }
  .control {
    display: grid;
    place-items: center;
    min-width: var(--_size);
    height: var(--_size);
    padding: 0 4px;
    border: 0;
    border-radius: var(--_radius);
    background: none;
  }
  /* The cart is a link: the bar's colour, not the link blue. */
  a.control {
    color: inherit;
    text-decoration: none;
  }
  .control:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .rate {
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
  }
  .volume-group {
    display: flex;
    align-items: center;
  }
  .volume {
    width: 72px;
    /* The whole 24px row takes the pointer (WCAG 2.2 target size), not only the 16px track. */
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  .live-badge {
    display: flex;
    align-items: center;
    gap: 6px;
    min-height: 24px;
    padding: 0 8px;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .live-dot {
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--shoppable-live-color, #e5253a);
  }
  /* Behind the edge the dot greys: the badge now means "go to live". */
  [part~='go-live'] .live-dot {
    background: currentColor;
    opacity: 0.6;
  }
  [part~='go-live']:hover {
    background: rgb(255 255 255 / 0.15);
  }
  .time {
    padding: 0 4px;
    font-size: var(--_sv-font-size-small);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .current {
    display: inline-block;
    text-align: end;
  }
  .menu-wrap {
    position: relative;
  }
  .menu {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    /* Physical: the bar is left to right in every language, and an RTL menu's own inline end is its left. */
    right: 0;
    display: grid;
    box-sizing: border-box;
    width: max-content;
    min-width: 120px;
    padding: 4px;
    overflow: hidden auto;
    overscroll-behavior: contain;
    white-space: normal; /* not the bar's nowrap */
    border-radius: var(--_radius);
    background: var(--shoppable-menu-background, rgb(20 20 24 / 0.95));
    z-index: 2;
  }
  .menu-item {
    min-height: 32px;
    padding-block: 0;
    padding-inline: 28px 12px;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    text-align: start;
    display: flex;
    align-items: center;
  }
  /* A long word ("Wiedergabegeschwindigkeit") breaks rather than running out of a narrow player. */
  .menu-label {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .menu-hint {
    white-space: nowrap;
    margin-inline-start: auto;
    padding-inline-start: 16px;
    opacity: 0.75;
  }
  .menu-item:hover,
  .menu-item:focus-visible {
    background: rgb(255 255 255 / 0.15);
  }
  .menu-item[aria-checked='true']::before {
    content: '✓';
    position: absolute;
    margin-inline-start: -18px;
  }
  /* Media time runs left to right in every language, as the bar (above); the pointer maths assume it. */
  .timeline-wrap {
    position: relative;
    height: 24px;
    direction: ltr;
  }
  .timeline {
    position: absolute;
    inset: 0;
    display: flex;
    align-items: center;
    cursor: pointer;
    touch-action: none;
  }
  .track {
    position: relative;
    flex: 1;
    height: 4px;
    margin: 0 4px;
    border-radius: 2px;
    background: var(--shoppable-timeline-color, rgb(255 255 255 / 0.3));
    overflow: hidden;
  }
  /* Physical on purpose: the seek bar stays left to right (see .timeline-wrap). */
  .buffered,
  .progress {
    position: absolute;
    inset: 0;
    transform-origin: left center;
  }
  .buffered {
    background: var(--shoppable-buffered-color, rgb(255 255 255 / 0.5));
  }
  .progress {
    background: var(--_accent);
  }
  .markers {
    position: absolute;
    inset: 0 4px;
    pointer-events: none;
  }
  /* A dense show's markers: thin ticks just above the track, apart from the progress. */
  .markers-layer {
    position: absolute;
    inset-inline: 0;
    top: calc(50% - 12px);
    inline-size: 100%;
    block-size: 6px;
    overflow: visible;
    pointer-events: none;
  }
  .markers-layer path {
    stroke: var(--shoppable-controls-color, #fff);
    stroke-opacity: 0.6;
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .marker {
    position: absolute;
    top: 50%;
    width: 24px;
    height: 24px;
    padding: 0;
    border: 0;
    background: none;
    transform: translate(-50%, -50%);
    pointer-events: auto;
  }
  .marker::before {
    content: '';
    position: absolute;
    inset: 8px;
    border: 2px solid #fff;
    border-radius: 50%;
    background: var(--_accent);
  }
  .marker-label {
    position: absolute;
    bottom: calc(100% + 4px);
    left: 50%;
    transform: translateX(-50%);
    padding: 4px 8px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--shoppable-menu-background, rgb(20 20 24 / 0.95));
    font-size: 0.75rem;
    white-space: nowrap;
    opacity: 0;
    pointer-events: none;
    transition: opacity var(--_ease);
  }
  .marker:hover .marker-label,
  .marker:focus-visible .marker-label {
    opacity: 1;
  }
  @media (max-width: 480px) {
    .volume {
      display: none;
    }
  }
`;
