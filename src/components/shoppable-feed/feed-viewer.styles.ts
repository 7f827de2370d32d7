import { css } from 'lit';

/**
 * Styles of `<shoppable-feed>`'s full-screen player (its lazy chunk): a modal dialog with a bar of
 * buttons above a stage where the shows slide vertically. The stage does not clip: the preloading
 * neighbour sits just past the viewport's edge, where the player's visibility observer sees it as
 * near and lets it load (a clipping ancestor would hide it from the observer).
 */
export const viewerStyles = css`
  .viewer {
    position: fixed;
    inset: 0;
    width: 100%;
    max-width: none;
    height: 100%;
    max-height: none;
    margin: 0;
    padding: 0;
    border: 0;
    overflow: visible;
    display: flex;
    flex-direction: column;
    background: var(--shoppable-feed-viewer-background, #000);
    color: #fff;
    font-family: var(--_sv-font);
  }
  .viewer:not([open]) {
    display: none;
  }
  .viewer::backdrop {
    background: var(--shoppable-feed-viewer-background, #000);
  }
  .bar {
    flex: none;
    display: flex;
    align-items: center;
    gap: 4px;
    padding: 4px max(4px, env(safe-area-inset-right)) 4px max(4px, env(safe-area-inset-left));
    min-height: 48px;
    position: relative;
    z-index: 1;
    background: var(--shoppable-feed-viewer-background, #000);
  }
  .button {
    flex: none;
    display: grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: 0;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: rgb(255 255 255 / 0.12);
    color: inherit;
    cursor: pointer;
  }
  .button:disabled {
    opacity: 0.35;
    cursor: default;
  }
  .button:focus-visible {
    outline: 3px solid var(--shoppable-focus-ring-color, #fff);
    outline-offset: 2px;
  }
  .button .icon {
    width: 24px;
    height: 24px;
    fill: currentColor;
  }
  .position {
    flex: 1;
    min-width: 0;
    margin: 0 8px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: var(--_sv-font-size-small);
  }
  .position .title {
    font-weight: 600;
    font-size: var(--_sv-font-size);
  }
  .stage {
    position: relative;
    flex: 1;
    min-height: 0;
    touch-action: none;
    overscroll-behavior: contain;
  }
  .slide {
    position: absolute;
    inset: 0;
    margin-inline: auto;
    width: var(--shoppable-feed-viewer-width, min(100%, calc((100vh - 56px) * 9 / 16)));
    height: 100%;
    aspect-ratio: auto;
    transform: translateY(calc(var(--_offset, 0) * 100% + var(--_drag, 0px)));
    transition: transform calc(var(--_sv-duration) * 2) ease-out;
  }
  .slide[data-offset='1'] {
    --_offset: 1;
  }
  .slide[data-offset='-1'] {
    --_offset: -1;
  }
  .dragging .slide {
    transition: none;
  }
  .notice {
    position: absolute;
    inset-block-end: 16px;
    inset-inline: 16px;
    margin: 0;
    text-align: center;
    pointer-events: none;
  }
  .notice:not(:empty) {
    padding: 8px;
    border-radius: 8px;
    background: rgb(0 0 0 / 0.8);
  }
`;
