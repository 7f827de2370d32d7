import { css } from 'lit';

/**
 * Every public token falls back to a private `--_shoppable-*` value, so a page can theme the card
 * from `:root` while the card still has light and dark defaults of its own.
 */
export const styles = css`
  :host {
    --_shoppable-bg: #ffffff;
    --_shoppable-fg: #1b1b1f;
    --_shoppable-muted: #5c5c66;
    --_shoppable-border: #d5d5dd;
    --_shoppable-accent: #4a2fd0;
    --_shoppable-on-accent: #ffffff;
    --_shoppable-sale: #b3261e;
    --_shoppable-error: #b3261e;
    --_shoppable-focus: #1a73e8;
    --_shoppable-space: var(--shoppable-space, 0.75rem);
    --_shoppable-radius: var(--shoppable-radius, 12px);
    display: block;
    inline-size: var(--shoppable-card-width, 20rem);
    max-inline-size: 100%;
    box-sizing: border-box;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --_shoppable-bg: #1f1f24;
      --_shoppable-fg: #f2f2f5;
      --_shoppable-muted: #b4b4c0;
      --_shoppable-border: #45454f;
      --_shoppable-accent: #b7a8ff;
      --_shoppable-on-accent: #17112f;
      --_shoppable-sale: #ffb4ab;
      --_shoppable-error: #ffb4ab;
      --_shoppable-focus: #8ab4f8;
    }
  }

  :host([hidden]) {
    display: none;
  }

  :host([compact]) {
    inline-size: auto;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    position: relative;
    display: flex;
    flex-direction: column;
    overflow: hidden;
    background: var(--shoppable-card-background, var(--shoppable-surface-color, var(--_shoppable-bg)));
    color: var(--shoppable-card-color, var(--shoppable-text-color, var(--_shoppable-fg)));
    border: 1px solid var(--shoppable-border-color, var(--_shoppable-border));
    border-radius: var(--_shoppable-radius);
    box-shadow: var(--shoppable-card-shadow, 0 1px 3px rgb(0 0 0 / 0.12));
    font-family: var(--shoppable-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: 0.9375rem;
    line-height: 1.4;
  }

  :host([compact]) .card {
    flex-direction: row;
    align-items: center;
    gap: var(--_shoppable-space);
    padding: calc(var(--_shoppable-space) / 1.5);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: var(--shoppable-card-image-height, var(--_shoppable-card-image-height, auto));
    aspect-ratio: 1;
    object-fit: var(--shoppable-card-image-fit, var(--_shoppable-card-image-fit, cover));
    background: var(--shoppable-border-color, var(--_shoppable-border));
  }

  :host([compact]) .image {
    inline-size: 4rem;
    block-size: 4rem;
    flex: none;
    border-radius: calc(var(--_shoppable-radius) / 2);
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_shoppable-space) / 1.5);
    padding: var(--_shoppable-space);
    min-inline-size: 0;
  }

  :host([compact]) .body {
    padding: 0;
    gap: calc(var(--_shoppable-space) / 3);
  }

  .title {
    margin: 0;
    font-size: 1rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  :host([compact]) .title {
    font-size: 0.875rem;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .price {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: calc(var(--_shoppable-space) / 2);
  }

  .current {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  .compare {
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
    font-size: 0.875em;
  }

  /* An approximate figure is secondary to the merchant's own price, never in its place. */
  .approx,
  .tax {
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
    font-size: 0.8125rem;
  }

  .description {
    margin: 0;
    font-size: 0.875rem;
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
    overflow-wrap: anywhere;
  }

  .discount {
    padding-block: 0.0625rem;
    padding-inline: 0.375rem;
    border-radius: 999px;
    background: var(--shoppable-sale-color, var(--_shoppable-sale));
    color: var(--shoppable-on-sale-color, var(--_shoppable-bg));
    font-size: 0.75rem;
    font-weight: 600;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_shoppable-space) / 1.5);
  }

  .option {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .option legend {
    padding: 0;
    margin-block-end: calc(var(--_shoppable-space) / 3);
    font-size: 0.8125rem;
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
  }

  .values {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_shoppable-space) / 2);
  }

  .value {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--shoppable-border-color, var(--_shoppable-border));
    border-radius: calc(var(--_shoppable-radius) / 2);
    cursor: pointer;
    font-size: 0.875rem;
  }

  /* The radio stays in the accessibility tree and takes focus; the label draws it. */
  .value input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: inherit;
  }

  .value:has(input:checked) {
    border-color: var(--shoppable-accent-color, var(--_shoppable-accent));
    box-shadow: inset 0 0 0 1px var(--shoppable-accent-color, var(--_shoppable-accent));
    font-weight: 600;
  }

  .value:has(input:disabled) {
    cursor: not-allowed;
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
    text-decoration: line-through;
  }

  .value:has(input:focus-visible) {
    outline: 2px solid var(--shoppable-focus-color, var(--_shoppable-focus));
    outline-offset: 2px;
  }

  .status {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--shoppable-muted-color, var(--_shoppable-muted));
  }

  .status[data-status='error'] {
    color: var(--shoppable-error-color, var(--_shoppable-error));
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_shoppable-space) / 2);
  }

  .quantity {
    display: inline-flex;
    align-items: stretch;
    border: 1px solid var(--shoppable-border-color, var(--_shoppable-border));
    border-radius: calc(var(--_shoppable-radius) / 2);
    overflow: hidden;
  }

  .quantity input {
    inline-size: 2.75rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: center;
    -moz-appearance: textfield;
  }

  .quantity input::-webkit-inner-spin-button,
  .quantity input::-webkit-outer-spin-button {
    -webkit-appearance: none;
    margin: 0;
  }

  button,
  .link {
    font: inherit;
    min-block-size: 2.25rem;
    min-inline-size: 2.25rem;
    border-radius: calc(var(--_shoppable-radius) / 2);
    cursor: pointer;
  }

  .step {
    border: 0;
    border-radius: 0;
    background: transparent;
    color: inherit;
    font-size: 1.125rem;
  }

  .add {
    flex: 1 1 auto;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    padding-inline: 1rem;
    border: 0;
    background: var(--shoppable-accent-color, var(--_shoppable-accent));
    color: var(--shoppable-on-accent-color, var(--_shoppable-on-accent));
    font-weight: 600;
    transition: filter 150ms ease;
  }

  :host([compact]) .add {
    min-block-size: 2rem;
    padding-inline: 0.75rem;
    font-size: 0.8125rem;
  }

  .add:hover:not(:disabled, [aria-disabled='true']) {
    filter: brightness(1.1);
  }

  .add:disabled,
  .add[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  .add[aria-busy='true'] {
    cursor: progress;
    opacity: 0.85;
  }

  .retry {
    padding-inline: 0.75rem;
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
  }

  .step:disabled {
    cursor: not-allowed;
    opacity: 0.4;
  }

  .link {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    color: var(--shoppable-accent-color, var(--_shoppable-accent));
    text-underline-offset: 0.15em;
  }

  button:focus-visible,
  .link:focus-visible,
  .quantity input:focus-visible {
    outline: 2px solid var(--shoppable-focus-color, var(--_shoppable-focus));
    outline-offset: 2px;
  }

  .spinner {
    inline-size: 1em;
    block-size: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: shoppable-spin 0.8s linear infinite;
  }

  @keyframes shoppable-spin {
    to {
      transform: rotate(1turn);
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation-duration: 2.4s;
    }
    .add {
      transition: none;
    }
  }

  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
