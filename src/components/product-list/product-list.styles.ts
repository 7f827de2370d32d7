import { css } from 'lit';

/** Public tokens fall back to private `--_shoppable-*` values that switch with the colour scheme. */
export const styles = css`
  :host {
    /* Entries in a list show a short image, so several fit on screen (a page's tokens still win). */
    --_shoppable-card-image-height: 7.5rem;
    --_shoppable-card-image-fit: contain;
    --_shoppable-bg: #ffffff;
    --_shoppable-fg: #1b1b1f;
    --_shoppable-border: #d5d5dd;
    --_shoppable-accent: #4a2fd0;
    --_shoppable-on-accent: #ffffff;
    --_shoppable-focus: #1a73e8;
    --_shoppable-space: var(--shoppable-space, 0.75rem);
    --_shoppable-radius: var(--shoppable-radius, 12px);
    display: block;
    block-size: 100%;
    min-block-size: 0;
    box-sizing: border-box;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_shoppable-bg: #17171b;
      --_shoppable-fg: #f2f2f5;
      --_shoppable-border: #45454f;
      --_shoppable-accent: #b7a8ff;
      --_shoppable-on-accent: #17112f;
      --_shoppable-focus: #8ab4f8;
    }
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
    background: var(--shoppable-list-background, var(--shoppable-surface-color, var(--_shoppable-bg)));
    color: var(--shoppable-list-color, var(--shoppable-text-color, var(--_shoppable-fg)));
    font-family: var(--shoppable-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }

  .header {
    flex: none;
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_shoppable-space);
    padding-block: calc(var(--_shoppable-space) / 1.5);
    padding-inline: var(--_shoppable-space);
    border-block-end: 1px solid var(--shoppable-border-color, var(--_shoppable-border));
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
    border-radius: calc(var(--_shoppable-radius) / 2);
  }

  .close {
    border: 0;
    background: transparent;
    font-size: 1.125rem;
  }

  button:focus-visible {
    outline: 2px solid var(--shoppable-focus-color, var(--_shoppable-focus));
    outline-offset: 2px;
  }

  .items {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    margin: 0;
    padding: var(--_shoppable-space);
    list-style: none;
    display: flex;
    flex-direction: column;
    gap: var(--_shoppable-space);
  }

  .item {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_shoppable-space) / 2);
    padding-inline-start: calc(var(--_shoppable-space) / 2);
    border-inline-start: 3px solid transparent;
  }

  .item[data-active] {
    border-inline-start-color: var(--shoppable-accent-color, var(--_shoppable-accent));
  }

  .now {
    align-self: flex-start;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border-radius: 999px;
    background: var(--shoppable-accent-color, var(--_shoppable-accent));
    color: var(--shoppable-on-accent-color, var(--_shoppable-on-accent));
    font-size: 0.75rem;
    font-weight: 600;
  }

  shoppable-product-card {
    --shoppable-card-width: 100%;
  }

  .watch {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--shoppable-accent-color, var(--_shoppable-accent));
    background: transparent;
    color: var(--shoppable-accent-color, var(--_shoppable-accent));
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
    padding: calc(var(--_shoppable-space) * 2) var(--_shoppable-space);
    text-align: center;
  }

  @media (prefers-reduced-motion: reduce) {
    .items {
      scroll-behavior: auto;
    }
  }
`;
