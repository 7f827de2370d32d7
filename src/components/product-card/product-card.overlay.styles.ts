import { css } from 'lit';

/**
 * The overlay forms' own rules (`compact`, `chip`): the title's button that opens the product, and
 * the one-row chip of short players. Part of the card's styles (`product-card.styles.ts`).
 */
export const overlayStyles = css`
  /* The overlay forms' title opens the product: a button that looks like the title. */
  .open {
    all: unset;
    display: block;
    /* A finger-sized target (WCAG 2.5.8) even for a one-line title. */
    min-block-size: 24px;
    cursor: pointer;
    border-radius: 2px;
  }

  :host([compact]) .open {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  /* Inside: the clamped title clips what lies outside its box. */
  .open:focus-visible {
    outline: 2px solid var(--_sv-focus);
    outline-offset: -2px;
  }

  .image[data-opens] {
    cursor: pointer;
  }

  /* The chip: one row of image, price and one button, the height its player gives it. The title
     stays for assistive technology; its button lies over the image, so a tap there and the
     keyboard focus ring both land on the picture. */
  :host([chip]) {
    inline-size: 100%;
    block-size: 100%;
  }

  :host([chip]) .card {
    position: relative;
    block-size: 100%;
    gap: calc(var(--_sv-space) / 2);
    padding: 4px;
    padding-inline-end: 6px;
  }

  :host([chip]) .image {
    inline-size: auto;
    block-size: 100%;
  }

  :host([chip]) .body {
    flex: 1;
    flex-direction: row;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_sv-space) / 2);
  }

  :host([chip]) .title {
    position: absolute;
    inset-block: 4px;
    inset-inline-start: 4px;
    aspect-ratio: 1;
    overflow: hidden;
    color: transparent;
    white-space: nowrap;
  }

  :host([chip]) .open {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }

  :host([chip]) .price {
    flex-wrap: nowrap;
    white-space: nowrap;
  }

  :host([chip]) :is(.compare, .discount, .approx, .tax, .retry) {
    display: none;
  }

  /* Why the product cannot be added, or why an add failed, takes the price's place: a shopper
     always sees the outcome (a second press of the button tries again). */
  :host([chip]) .body:has(> .status) .price {
    display: none;
  }

  :host([chip]) .status {
    flex: 1 1 auto;
    min-inline-size: 0;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
    font-size: 0.6875rem;
    line-height: 1.2;
  }

  /* A long label ("Choisir les options") wraps to two lines rather than leave the chip. */
  :host([chip]) .actions {
    flex: 0 1 auto;
    min-inline-size: 0;
  }

  :host([chip]) .add {
    min-block-size: 2.5rem;
    padding-inline: 0.625rem;
    font-size: var(--_sv-font-size-small);
    line-height: 1.15;
  }
`;
