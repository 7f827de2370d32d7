import { css } from 'lit';

/** The list's rules; colours, sizes and motion come from the shared tokens (`src/styles/tokens.ts`). */
export const styles = css`
  :host {
    /* Entries in a list show a short image, so several fit on screen (a page's tokens still win). */
    --_sv-card-image-height: 7.5rem;
    --_sv-card-image-fit: contain;
    display: block;
    block-size: 100%;
    min-block-size: 0;
    box-sizing: border-box;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .list {
    display: flex;
    flex-direction: column;
    block-size: 100%;
    background: var(--shoppable-list-background, var(--_sv-surface));
    color: var(--shoppable-list-color, var(--_sv-text));
    font-family: var(--_sv-font);
  }

  .header {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_sv-space);
    padding-block: calc(var(--_sv-space) / 1.5);
    padding-inline: var(--_sv-space);
    border-block-end: 1px solid var(--_sv-border);
  }

  .title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
  }

  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    border-radius: calc(var(--_sv-radius) / 2);
  }

  .close {
    border: 0;
    background: transparent;
    font-size: 1.125rem;
  }

  button:focus-visible {
    outline: 2px solid var(--_sv-focus);
    outline-offset: 2px;
  }

  /* The scroller; the list inside it keeps the space of the entries not drawn (see list-windowing). */
  .items {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
  }

  .entries {
    margin: 0;
    padding: var(--_sv-space);
    padding-block-start: calc(var(--_sv-space) + var(--_sv-before, 0px));
    padding-block-end: calc(var(--_sv-space) + var(--_sv-after, 0px));
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_sv-space);
  }

  .item {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_sv-space) / 2);
    padding-inline-start: calc(var(--_sv-space) / 2);
    border-inline-start: 3px solid transparent;
  }

  .item[data-active] {
    border-inline-start-color: var(--_sv-accent);
  }

  .now {
    align-self: flex-start;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--_sv-accent);
    color: var(--_sv-on-accent);
    font-size: 0.75rem;
    font-weight: 600;
  }

  .card {
    --shoppable-card-width: 100%;
  }

  .watch {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_sv-accent);
    background: transparent;
    color: var(--_sv-accent);
  }

  /* A CSS play triangle, no icon font. Physical border on purpose: media icons are not mirrored in RTL. */
  .play {
    inline-size: 0;
    block-size: 0;
    border-block: 0.35em solid transparent;
    border-left: 0.55em solid currentColor;
  }

  .empty {
    flex: 1 1 auto;
    padding: calc(var(--_sv-space) * 2) var(--_sv-space);
    text-align: center;
  }

  @media (prefers-reduced-motion: reduce) {
    .items {
      scroll-behavior: auto;
    }
  }
`;
