import { css } from 'lit';

/** Styles of the shop layer: overlay cards, hotspots, the products button and the sheet. */
export const shopStyles = css`
  /* The sheet's layout follows the player's width, not the page's. */
  .player {
    container: shoppable-player / inline-size;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .flash-sale {
    display: inline-block;
    margin-block-end: 4px;
    padding: 2px 8px;
    border-radius: 999px;
    background: var(--shoppable-flash-sale-background, #ffd60a);
    color: var(--shoppable-flash-sale-color, #1b1b1f);
    font: 600 12px / 1.4 var(--_sv-font);
  }
  .flash-sale[data-ended] {
    background: var(--shoppable-muted-background, #d0d0d6);
  }
  .cart-notice {
    position: absolute;
    inset-block-start: calc(var(--_sv-space) * 2 / 3);
    inset-inline-end: calc(var(--_sv-space) * 2 / 3);
    display: flex;
    gap: 12px;
    align-items: center;
    padding: 8px 12px;
    border-radius: calc(var(--_sv-radius) * 2 / 3);
    background: var(--_sv-surface);
    color: var(--_sv-text);
    box-shadow: var(--_sv-shadow);
    font: 14px / 1.4 var(--_sv-font);
  }
  /* Clear of the cards: at the top start when the cards column took the end side, and at the
     bottom (above the bar's reach) when a chip took the top. */
  .cards[data-side='end'] ~ .cart-notice {
    inset-inline: calc(var(--_sv-space) * 2 / 3) auto;
  }
  .cards[data-corner^='top'] ~ .cart-notice {
    inset-block: auto calc(var(--_sv-bar-reach) + var(--_sv-space) * 2 / 3);
  }
  /* While the sheet is open the notice is its first row, where the shopper who just added looks. */
  .sheet > .cart-notice {
    position: static;
    flex: none;
    border-radius: 0;
    box-shadow: none;
    border-block-end: 1px solid var(--_sv-border);
  }
  .sheet > .product-list {
    flex: 1;
    min-block-size: 0;
  }
  .cart-notice a {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
    color: var(--_sv-accent);
    font-weight: 600;
  }
  .overlay {
    pointer-events: none;
  }
  .overlay > * {
    pointer-events: auto;
  }
  .cards {
    position: absolute;
    /* Above the control bar's reach, shown or not: a tap on a card never lands on the bar. */
    inset-block-end: calc(var(--_sv-bar-reach) + var(--_sv-space) * 2 / 3);
    inset-inline-start: calc(var(--_sv-space) * 2 / 3);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_sv-space) * 2 / 3);
    max-block-size: calc(100% - var(--_sv-bar-reach) - var(--_sv-space) * 4 / 3);
    max-inline-size: min(var(--shoppable-card-width, 280px), 70%);
    /* No overscroll-behavior: contain: a column that fits is still a scroll container, and contain
       kept the shopper's wheel over a card from scrolling the page. */
    overflow-y: auto;
    /* A card entering or leaving lays out and repaints this column alone. */
    contain: layout paint;
  }
  /* Chips (a short player): the shop layer gives the column one chip's box (chipBox: a corner
     clear of the hotspots); more products on screen scroll within it, one chip at a time. */
  /* The other side when a hotspot would sit under the column (core/overlay-layout cardsSide). */
  .cards[data-side='end'] {
    inset-inline: auto calc(var(--_sv-space) * 2 / 3);
  }
  .cards[data-corner] {
    inset: auto;
    max-block-size: none;
    max-inline-size: none;
    gap: 0;
    scroll-snap-type: block mandatory;
    scrollbar-width: none;
  }
  .cards[data-corner] .card-slot {
    position: relative;
    flex: none;
    block-size: 100%;
    scroll-snap-align: start;
  }
  .cards[data-corner] .flash-sale {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0;
    z-index: 1;
    margin: 0;
    font-size: 10px;
  }
  /* An entrance, only when a designer sets --shoppable-card-enter-duration: every finite
     animation, even a compositor-only one, has the browser run a rendering pass on the main thread
     at its start and on each of its last frames (about 5 ms a card on the benchmark machine), and
     a busy show brings a card a second. */
  .card-slot {
    animation: shoppable-card-in var(--_sv-card-enter) ease-out;
  }
  @keyframes shoppable-card-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  /* "+ K more": a pill that opens the sheet at the products on screen without a card. */
  .more-products {
    align-self: flex-start;
    min-block-size: 28px;
    padding: 0 12px;
    border: 0;
    border-radius: 14px;
    background: var(--_sv-surface);
    color: var(--_sv-text);
    font: inherit;
    font-size: var(--_sv-font-size-small);
    font-weight: 600;
    box-shadow: var(--shoppable-shadow, 0 2px 8px rgb(0 0 0 / 0.3));
    cursor: pointer;
  }
  .more-products[data-chip] {
    position: absolute;
  }
  .more-products:focus-visible {
    outline: 2px solid var(--shoppable-focus-ring-color, #fff);
    outline-offset: 2px;
  }
  .hotspot {
    position: absolute;
    inline-size: 28px;
    block-size: 28px;
    /* Physical: the hotspot marks a point of the picture, which right to left does not mirror. */
    margin: -14px 0 0 -14px;
    border-radius: 50%;
    border: 3px solid var(--shoppable-hotspot-ring-color, #fff);
    background: var(--shoppable-hotspot-color, var(--_sv-accent));
    cursor: pointer;
  }
  /* The pulse is a ring scaled and faded (compositor-only properties): an animated box-shadow
     would repaint on the main thread every frame for as long as a hotspot shows. It pulses a few
     times as the hotspot appears, then rests: even a compositor-only animation that never ends
     keeps the main thread producing frames (about 50 tasks a second on the benchmark machine),
     for as long as the hotspot shows. --shoppable-hotspot-pulses sets how many (infinite too). */
  .hotspot::before {
    content: '';
    position: absolute;
    inset: -3px;
    border-radius: 50%;
    background: var(--shoppable-hotspot-color, var(--_sv-accent));
    pointer-events: none;
    animation: shoppable-pulse 1.6s ease-out var(--shoppable-hotspot-pulses, 3);
  }
  .hotspot:focus-visible {
    outline: 3px solid var(--shoppable-focus-ring-color, #fff);
    outline-offset: 2px;
  }
  @keyframes shoppable-pulse {
    from {
      transform: scale(1);
      opacity: 0.6;
    }
    70%,
    to {
      transform: scale(1.85);
      opacity: 0;
    }
  }
  .products-button,
  .cart-button {
    position: relative;
  }
  .badge {
    position: absolute;
    inset-block-start: 2px;
    inset-inline-end: 0;
    min-inline-size: 16px;
    padding-inline: 4px;
    border-radius: 8px;
    font-size: 11px;
    line-height: 16px;
    background: var(--_sv-accent);
    color: var(--_sv-on-accent);
  }
  /* A side panel stops above the control bar's reach, so Products (which closes it) and the other
     controls stay in reach. */
  .sheet {
    position: absolute;
    z-index: 3;
    inset-block: 0 var(--_sv-bar-reach);
    display: flex;
    flex-direction: column;
    inset-inline-end: 0;
    inline-size: min(360px, 45%);
    background: var(--_sv-surface);
    color: var(--_sv-text);
    box-shadow: var(--_sv-shadow);
    overflow: auto;
    animation: shoppable-sheet-in var(--_sv-duration) ease-out;
  }
  @keyframes shoppable-sheet-in {
    from {
      opacity: 0;
    }
  }
  /* A narrow or vertical player gets a bottom sheet instead of a side panel. */
  @container shoppable-player (max-width: 560px) {
    .sheet {
      inset-block: auto 0;
      inset-inline: 0;
      inline-size: auto;
      /* A set height, not a maximum: the list scrolls inside it under its header. */
      block-size: 70%;
      border-start-start-radius: var(--_sv-radius);
      border-start-end-radius: var(--_sv-radius);
    }
  }
  /* Over the page, in the top layer: the player was too short for a usable sheet. */
  .sheet[popover] {
    position: fixed;
    inset: auto 0 0 0;
    inline-size: auto;
    block-size: max(50vh, min(85vh, 640px));
    margin: 0;
    padding: 0;
    border: 0;
    border-start-start-radius: var(--_sv-radius);
    border-start-end-radius: var(--_sv-radius);
    font-family: var(--_sv-font);
  }
  .sheet[popover]::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  product-list,
  .product-list {
    display: block;
    block-size: 100%;
  }
  @media (prefers-reduced-motion: reduce) {
    .card-slot,
    .sheet,
    .hotspot::before {
      animation: none;
    }
  }
`;
