import { css } from 'lit';

/**
 * Styles of `<shoppable-video>`'s box: the video, overlay, big Play button, spinner and error. The
 * control bar's styles come with its chunk (`chrome.styles.ts`). Every public value is a token with
 * a fallback.
 */
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
`;
