/**
 * The request an overlay card sends when the shopper taps its image, its title or "Choose options":
 * "open this product". Internal between a card and the player it sits in, so it is not composed (it
 * stays in the player's shadow root). The player cancels it and opens its product sheet at the
 * product (which tells the page with `shoppable-product-click`); a card nobody cancels it for (a
 * standalone one) opens itself: it expands its options inline, and a tap on the image or title also
 * fires `shoppable-product-click`.
 * @module
 */
import type { Product } from '../../types.js';

/** Name of {@link ProductOpenRequest}. */
export const PRODUCT_OPEN = 'shoppable-product-open';

/** What the shopper asked for: the product's details, or its options (to choose a variant). */
export interface ProductOpenDetail {
  readonly product: Product;
  readonly options: boolean;
}

/** See the module doc. Bubbles, cancelable, not composed. */
export class ProductOpenRequest extends CustomEvent<ProductOpenDetail> {
  constructor(detail: ProductOpenDetail) {
    super(PRODUCT_OPEN, { bubbles: true, cancelable: true, composed: false, detail });
  }
}
