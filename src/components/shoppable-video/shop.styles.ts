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
    border-radius: var(--shoppable-radius, 999px);
    background: var(--shoppable-flash-sale-background, #ffd60a);
    color: var(--shoppable-flash-sale-color, #1b1b1f);
    font: 600 12px / 1.4 var(--shoppable-font-family, system-ui, sans-serif);
  }
  .flash-sale[data-ended] {
    background: var(--shoppable-muted-background, #d0d0d6);
  }
  .cart-notice {
    position: absolute;
    inset-block-start: var(--shoppable-space, 8px);
    inset-inline-end: var(--shoppable-space, 8px);
    display: flex;
    gap: 12px;
    align-items: center;
    padding: 8px 12px;
    border-radius: var(--shoppable-radius, 8px);
    background: var(--shoppable-surface-color, #fff);
    color: var(--shoppable-text-color, #1b1b1f);
    box-shadow: var(--shoppable-shadow, 0 8px 24px rgb(0 0 0 / 0.35));
    font: 14px / 1.4 var(--shoppable-font-family, system-ui, sans-serif);
  }
  .cart-notice a {
    color: var(--shoppable-accent-color, #4a2fd0);
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
    inset-block-end: calc(var(--shoppable-control-size, 40px) + var(--shoppable-space, 8px) * 3);
    inset-inline-start: var(--shoppable-space, 8px);
    display: flex;
    flex-direction: column;
    gap: var(--shoppable-space, 8px);
    max-block-size: calc(100% - var(--shoppable-control-size, 40px) * 2);
    max-inline-size: min(var(--shoppable-card-width, 280px), 70%);
    overflow-y: auto;
    overscroll-behavior: contain;
  }
  .card-slot {
    animation: shoppable-card-in var(--shoppable-transition-duration, 200ms) ease-out;
  }
  @keyframes shoppable-card-in {
    from {
      opacity: 0;
      transform: translateY(8px);
    }
  }
  .hotspot {
    position: absolute;
    inline-size: 28px;
    block-size: 28px;
    margin-inline-start: -14px;
    margin-block-start: -14px;
    border-radius: 50%;
    border: 3px solid var(--shoppable-hotspot-ring-color, #fff);
    background: var(--shoppable-hotspot-color, var(--shoppable-accent-color, #e0245e));
    box-shadow: 0 0 0 0 var(--shoppable-hotspot-color, var(--shoppable-accent-color, #e0245e));
    cursor: pointer;
    animation: shoppable-pulse 1.6s ease-out infinite;
  }
  .hotspot:focus-visible {
    outline: 3px solid var(--shoppable-focus-ring-color, #fff);
    outline-offset: 2px;
  }
  @keyframes shoppable-pulse {
    70% {
      box-shadow: 0 0 0 12px transparent;
    }
  }
  .products-button {
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
    background: var(--shoppable-accent-color, #e0245e);
    color: var(--shoppable-on-accent-color, #fff);
  }
  .sheet {
    position: absolute;
    z-index: 3;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: min(360px, 45%);
    background: var(--shoppable-surface-color, #fff);
    color: var(--shoppable-text-color, #1b1b1f);
    box-shadow: var(--shoppable-shadow, 0 8px 24px rgb(0 0 0 / 0.35));
    overflow: auto;
    animation: shoppable-sheet-in var(--shoppable-transition-duration, 200ms) ease-out;
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
      max-block-size: 70%;
      border-start-start-radius: var(--shoppable-radius, 12px);
      border-start-end-radius: var(--shoppable-radius, 12px);
    }
  }
  product-list,
  shoppable-product-list {
    display: block;
    block-size: 100%;
  }
  @media (prefers-color-scheme: dark) {
    .sheet {
      background: var(--shoppable-surface-color, #1f1f24);
      color: var(--shoppable-text-color, #f3f3f6);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .card-slot,
    .sheet,
    .hotspot {
      animation: none;
    }
  }
`;
