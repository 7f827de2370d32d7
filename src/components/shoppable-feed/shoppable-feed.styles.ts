import { css } from 'lit';

/**
 * Styles of `<shoppable-feed>`'s thumbnails in its three layouts. The full-screen player's come
 * with its chunk (`feed-viewer.styles.ts`). Every public value is a token with a fallback.
 */
export const styles = css`
  :host {
    display: block;
    font-family: var(--_sv-font);
    color: var(--_sv-text);
    --_gap: var(--shoppable-feed-gap, var(--_sv-space));
    --_thumb: var(--shoppable-feed-thumb-width, 10rem);
    --_story: var(--shoppable-feed-story-size, 4.5rem);
    --_live: var(--shoppable-live-color, #e5253a);
  }
  :host([hidden]) {
    display: none;
  }
  .feed {
    display: flex;
    gap: var(--_gap);
    margin: 0;
    padding: 4px;
    list-style: none;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scroll-padding-inline: 4px;
  }
  .item {
    flex: none;
    width: var(--_thumb);
    scroll-snap-align: start;
  }
  :host([layout='grid']) .feed {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_thumb)), 1fr));
    overflow: visible;
  }
  :host([layout='grid']) .item {
    width: auto;
  }
  .thumb {
    display: flex;
    flex-direction: column;
    gap: 4px;
    width: 100%;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    border-radius: var(--_sv-radius);
  }
  .thumb:focus-visible {
    outline: 3px solid var(--_sv-focus);
    outline-offset: 2px;
  }
  .frame {
    order: -1;
    position: relative;
    display: block;
    aspect-ratio: 9 / 16;
    overflow: hidden;
    border-radius: var(--_sv-radius);
    background: #2a2a30;
  }
  .image {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
    transition: transform var(--_sv-duration);
  }
  .thumb:hover .image {
    transform: scale(1.03);
  }
  .live,
  .duration {
    position: absolute;
    padding: 2px 6px;
    border-radius: 4px;
    font-size: var(--_sv-font-size-small);
    font-weight: 700;
    line-height: 1.3;
  }
  .live {
    inset-block-start: 6px;
    inset-inline-start: 6px;
    background: var(--_live);
    color: #fff;
  }
  .duration {
    inset-block-end: 6px;
    inset-inline-end: 6px;
    background: rgb(0 0 0 / 0.7);
    color: #fff;
    font-variant-numeric: tabular-nums;
  }
  .title {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    font-size: var(--_sv-font-size);
    font-weight: 600;
    line-height: 1.3;
  }
  .products {
    color: var(--_sv-muted);
    font-size: var(--_sv-font-size-small);
  }
  /* Stories: round thumbnails with a ring, the text centred and short. */
  :host([layout='stories']) .item {
    width: calc(var(--_story) + 1.5rem);
  }
  :host([layout='stories']) .thumb {
    align-items: center;
    text-align: center;
  }
  :host([layout='stories']) .frame {
    width: var(--_story);
    height: var(--_story);
    aspect-ratio: auto;
    border-radius: 50%;
    overflow: visible;
    background: none;
  }
  :host([layout='stories']) .image {
    border-radius: 50%;
    box-shadow: 0 0 0 2px var(--_sv-surface), 0 0 0 4px var(--_sv-accent);
  }
  :host([layout='stories']) [data-live] .image {
    box-shadow: 0 0 0 2px var(--_sv-surface), 0 0 0 4px var(--_live);
  }
  :host([layout='stories']) .live {
    inset-block: auto -6px;
    left: 50%;
    right: auto;
    transform: translateX(-50%);
    padding: 0 4px;
    font-size: 0.6875rem;
  }
  :host([layout='stories']) .duration {
    inset-block-end: -2px;
    inset-inline-end: -6px;
    font-size: 0.6875rem;
    padding: 0 4px;
  }
  :host([layout='stories']) .title {
    -webkit-line-clamp: 1;
    font-size: var(--_sv-font-size-small);
    max-width: 100%;
  }
  :host([layout='stories']) .products {
    font-size: 0.6875rem;
  }
  @media (prefers-reduced-motion: reduce) {
    .image {
      transition: none;
    }
  }
`;
