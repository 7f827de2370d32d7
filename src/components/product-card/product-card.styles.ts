import { css } from 'lit';
import { overlayStyles } from './product-card.overlay.styles.js';

/** The card's rules; colours, sizes and motion come from the shared tokens (`src/styles/tokens.ts`). */
export const styles = css`
  :host {
    display: block;
    inline-size: var(--_sv-card-width);
    max-inline-size: 100%;
    box-sizing: border-box;
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
    background: var(--shoppable-card-background, var(--_sv-surface));
    color: var(--shoppable-card-color, var(--_sv-text));
    border: 1px solid var(--_sv-border);
    border-radius: var(--_sv-radius);
    box-shadow: var(--_sv-card-shadow);
    font-family: var(--_sv-font);
    font-size: var(--_sv-font-size);
    line-height: 1.4;
  }

  :host([compact]) .card {
    flex-direction: row;
    align-items: center;
    gap: var(--_sv-space);
    padding: calc(var(--_sv-space) / 1.5);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: var(--shoppable-card-image-height, var(--_sv-card-image-height, auto));
    aspect-ratio: 1;
    object-fit: var(--shoppable-card-image-fit, var(--_sv-card-image-fit, cover));
    background: var(--_sv-border);
  }

  :host([compact]) .image {
    inline-size: 4rem;
    block-size: 4rem;
    flex: none;
    border-radius: calc(var(--_sv-radius) / 2);
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_sv-space) / 1.5);
    padding: var(--_sv-space);
    min-inline-size: 0;
  }

  :host([compact]) .body {
    padding: 0;
    gap: calc(var(--_sv-space) / 3);
  }

  /* Text from the show reads in its own direction (English in an Arabic card ends with its full
     stop on the right), without changing the card's direction, which places its pieces. */
  .title,
  .description {
    unicode-bidi: plaintext;
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
    gap: calc(var(--_sv-space) / 2);
  }

  .current {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  /* Each figure is its own bidi island: in right-to-left text a currency code or symbol stays
     with its digits ("UK£ ٨٫٠٠" never comes out as "£UK ٨٫٠٠" or split around a neighbour). */
  .current,
  .approx,
  .tax,
  .compare,
  .discount {
    unicode-bidi: isolate;
  }

  .currency {
    unicode-bidi: isolate;
    direction: ltr;
  }

  .compare {
    color: var(--_sv-muted);
    font-size: 0.875em;
  }

  /* An approximate figure is secondary to the merchant's own price, never in its place. */
  .approx,
  .tax {
    color: var(--_sv-muted);
    font-size: var(--_sv-font-size-small);
  }

  .description {
    margin: 0;
    font-size: 0.875rem;
    color: var(--_sv-muted);
    overflow-wrap: anywhere;
  }

  .discount {
    padding-block: 0.0625rem;
    padding-inline: 0.375rem;
    border-radius: 999px;
    background: var(--_sv-sale);
    color: var(--_sv-on-sale);
    font-size: 0.75rem;
    font-weight: 600;
  }

  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_sv-space) / 1.5);
  }

  .option {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .option legend {
    padding: 0;
    margin-block-end: calc(var(--_sv-space) / 3);
    font-size: var(--_sv-font-size-small);
    color: var(--_sv-muted);
  }

  .values {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_sv-space) / 2);
  }

  .value {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: 2rem;
    min-inline-size: 2rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--_sv-border);
    border-radius: calc(var(--_sv-radius) / 2);
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
    border-color: var(--_sv-accent);
    box-shadow: inset 0 0 0 1px var(--_sv-accent);
    font-weight: 600;
  }

  .value:has(input:disabled) {
    cursor: not-allowed;
    color: var(--_sv-muted);
    text-decoration: line-through;
  }

  .value:has(input:focus-visible) {
    outline: 2px solid var(--_sv-focus);
    outline-offset: 2px;
  }

  /* An option of many values (see MAX_VALUE_BUTTONS). */
  .select {
    min-block-size: 2.25rem;
    max-inline-size: 100%;
    padding-inline: 0.5rem;
    border: 1px solid var(--_sv-border);
    border-radius: calc(var(--_sv-radius) / 2);
    background: var(--_sv-surface);
    color: inherit;
    font: inherit;
  }

  .status {
    margin: 0;
    font-size: var(--_sv-font-size-small);
    color: var(--_sv-muted);
  }

  .status[data-status='error'] {
    color: var(--_sv-error);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_sv-space) / 2);
  }

  .quantity {
    display: inline-flex;
    align-items: stretch;
    border: 1px solid var(--_sv-border);
    border-radius: calc(var(--_sv-radius) / 2);
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
    border-radius: calc(var(--_sv-radius) / 2);
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
    background: var(--_sv-accent);
    color: var(--_sv-on-accent);
    font-weight: 600;
    transition: filter var(--_sv-duration) ease;
  }

  :host([compact]) .add {
    min-block-size: 2rem;
    padding-inline: 0.75rem;
    font-size: var(--_sv-font-size-small);
  }

  .add:hover:not(:disabled, [aria-disabled='true']) {
    filter: brightness(1.1);
  }

  .add:disabled,
  .add[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.6;
  }

  /* "Added" ignores presses for a moment (one press, one add) but reads as done, not as greyed out. */
  .add[data-status='success'] {
    cursor: default;
    opacity: 1;
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
    color: var(--_sv-accent);
    text-underline-offset: 0.15em;
  }

  button:focus-visible,
  .link:focus-visible,
  .quantity input:focus-visible {
    outline: 2px solid var(--_sv-focus);
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

  ${overlayStyles}
`;
