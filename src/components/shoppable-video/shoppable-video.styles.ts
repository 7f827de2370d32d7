import { css } from 'lit';

/** Styles of `<shoppable-video>`'s player. Every public value is a token with a fallback. */
export const styles = css`
  :host {
    display: block;
    position: relative;
    aspect-ratio: var(--shoppable-aspect-ratio, 16 / 9);
    font-family: var(--_sv-font);
    --_size: var(--_sv-control-size);
    --_fg: var(--shoppable-controls-color, #fff);
    --_accent: var(--_sv-accent);
    --_on-accent: var(--_sv-on-accent);
    --_ease: var(--_sv-duration);
    /* The player's corners are two thirds of the cards' (8px by default). */
    --_radius: calc(var(--_sv-radius) * 2 / 3);
  }
  /* The attribute's shape is set on the box (CSSOM, CSP-safe), which then sizes the host. */
  :host([aspect-ratio]),
  :host([fullscreen]) {
    aspect-ratio: auto;
  }
  :host([hidden]) {
    display: none;
  }
  .player {
    position: relative;
    width: 100%;
    height: 100%;
    aspect-ratio: var(--_aspect, auto);
    overflow: hidden;
    border-radius: var(--_radius);
    background: var(--shoppable-video-background, #000);
    color: var(--_fg);
    outline: none;
  }
  :host([fullscreen]) .player {
    border-radius: 0;
  }
  :host([controls-hidden]) .player {
    cursor: none;
  }
  .player:focus-visible {
    box-shadow: inset 0 0 0 3px var(--shoppable-focus-ring-color, #fff);
  }
  .surface,
  .video {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
  }
  .video {
    display: block;
    object-fit: contain;
    background: var(--shoppable-video-background, #000);
  }
  .overlay {
    position: absolute;
    inset: 0;
    pointer-events: none;
  }
  .overlay > * {
    pointer-events: auto;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  button:focus-visible,
  .timeline:focus-visible,
  .volume:focus-visible {
    outline: 2px solid var(--shoppable-focus-ring-color, #fff);
    outline-offset: 2px;
  }
  .icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  .big-play {
    position: absolute;
    inset: 50% auto auto 50%;
    transform: translate(-50%, -50%);
    display: grid;
    place-items: center;
    width: calc(var(--_size) * 1.75);
    height: calc(var(--_size) * 1.75);
    border: 0;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .big-play .icon {
    width: 50%;
    height: 50%;
  }
  .spinner {
    position: absolute;
    inset: 50% auto auto 50%;
    width: 48px;
    height: 48px;
    margin: -24px;
    border: 4px solid rgb(255 255 255 / 0.3);
    border-top-color: var(--_fg);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    pointer-events: none;
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 3s;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .error {
    position: absolute;
    inset: 0;
    display: grid;
    place-content: center;
    justify-items: center;
    gap: 12px;
    padding: 16px;
    text-align: center;
    background: var(--_sv-scrim);
    color: #fff;
  }
  .error p {
    margin: 0;
  }
  .retry {
    min-height: 36px;
    padding: 0 16px;
    border: 0;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  .controls {
    position: absolute;
    inset: auto 0 0 0;
    padding: 24px 8px 4px;
    background: var(--shoppable-controls-background, linear-gradient(transparent, rgb(0 0 0 / 0.75)));
    transition: opacity var(--_ease);
  }
  :host([controls-hidden]) .controls {
    opacity: 0;
  }
  :host([error]) .controls {
    display: none;
  }
  .bar {
    display: flex;
    align-items: center;
    gap: 2px;
  }
  .spacer {
    flex: 1;
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
    padding: 0 8px;
    font-size: var(--_sv-font-size-small);
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .menu-wrap {
    position: relative;
  }
  .menu {
    position: absolute;
    inset-block-end: calc(100% + 4px);
    inset-inline-end: 0;
    display: grid;
    min-width: 120px;
    padding: 4px;
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
    white-space: nowrap;
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
  /* Media time runs left to right in every language; the pointer maths assume it. */
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
