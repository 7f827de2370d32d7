/**
 * The card's parts, as one `exportparts` list: the player's overlay and sheet and the product list
 * re-export them, so a page styles a card inside them as it would a lone card. Kept in the order
 * of the card's `@csspart` tags (test/components/card-parts.test.ts checks the two agree).
 * @module
 */
export const CARD_PARTS = [
  'card',
  'card-image',
  'card-title',
  'card-open',
  'card-description',
  'card-price',
  'card-approx-price',
  'card-tax',
  'card-compare-price',
  'card-discount',
  'card-status',
  'card-options',
  'option',
  'option-value',
  'option-select',
  'quantity',
  'add-to-cart',
  'choose-options',
  'retry',
  'card-link',
].join(', ');
