/**
 * The shop's public events: add to cart, product clicks, moments, seek requests, the list's close.
 * Only the lazy chunks send them, so they live apart from `events.ts` (which re-exports every one
 * of them) and the script-tag entry does not carry them.
 * @module
 */
import type { Moment, Money, Product, ProductVariant } from '../types.js';

const init = { bubbles: true, composed: true } as const;

/** Why an add to cart failed; picks a localised message when the error carries none. */
export const CartFailureReason = {
  OutOfStock: 'out-of-stock',
  QuantityLimited: 'quantity-limited',
  RegionUnavailable: 'region-unavailable',
  PriceChanged: 'price-changed',
  LoginRequired: 'login-required',
  Timeout: 'timeout',
  Unknown: 'unknown',
} as const;
/** One of {@link CartFailureReason}'s values. */
export type CartFailureReason = (typeof CartFailureReason)[keyof typeof CartFailureReason];

/** What a page's add-to-cart promise may resolve to: what the store actually added. */
export interface AddToCartResult {
  quantity?: number;
  cartCount?: number;
}

/** Detail of `shoppable-add-to-cart`. */
export interface AddToCartDetail {
  readonly product: Product;
  readonly variant: ProductVariant | undefined;
  readonly quantity: number;
  /**
   * The unit price the shopper saw, exactly (the merchant's own figure, in the market currency when
   * the merchant set one): compare it with the store's to refuse with `price-changed`. Never an
   * approximate conversion; absent when the product shows no price.
   */
  readonly price?: Money;
  readonly currentTime: number;
  readonly showId: string | undefined;
  /** Fresh for every press: use it as an idempotency key. */
  readonly requestId: string;
  /** Hand the widget the page's cart promise: it shows pending, then success or a retryable error. */
  waitUntil(promise: Promise<AddToCartResult | void>): void;
}

/** Detail of `shoppable-product-click`. */
export interface ProductClickDetail {
  readonly product: Product;
  readonly currentTime: number;
  readonly showId: string | undefined;
}

/** Detail of `shoppable-product-show` and `shoppable-product-hide`. */
export interface ProductMomentDetail {
  readonly product: Product;
  readonly moment: Moment;
  readonly currentTime: number;
  readonly showId: string | undefined;
}

/** Detail of `shoppable-add-to-cart-complete`: the store accepted the add. */
export interface AddToCartCompleteDetail {
  readonly product: Product;
  readonly variant: ProductVariant | undefined;
  /** What the store added: the result's `quantity` when it gave one, else what was asked. */
  readonly quantity: number;
  readonly requestId: string;
  readonly currentTime: number;
  readonly showId: string | undefined;
  readonly result: AddToCartResult | undefined;
}

/** Detail of `shoppable-seek-request`. */
export interface SeekRequestDetail {
  /** Media time in seconds. */
  readonly time: number;
  readonly productId?: string;
}

/** Name of {@link ShoppableAddToCartEvent}. */
export const ADD_TO_CART = 'shoppable-add-to-cart';
/** Name of {@link ShoppableProductClickEvent}. */
export const PRODUCT_CLICK = 'shoppable-product-click';
/** Name of {@link ShoppableProductShowEvent}. */
export const PRODUCT_SHOW = 'shoppable-product-show';
/** Name of {@link ShoppableProductHideEvent}. */
export const PRODUCT_HIDE = 'shoppable-product-hide';
/** Name of {@link ShoppableAddToCartCompleteEvent}. */
export const ADD_TO_CART_COMPLETE = 'shoppable-add-to-cart-complete';
/** Name of {@link ShoppableSeekRequestEvent}. */
export const SEEK_REQUEST = 'shoppable-seek-request';
/** `<shoppable-product-list>`'s close button or Escape (a plain bubbling, composed event, no detail). */
export const LIST_CLOSE = 'shoppable-list-close';

/** The shopper pressed Add to cart. Cancelable: `preventDefault()` means the page handled it. */
export class ShoppableAddToCartEvent extends CustomEvent<AddToCartDetail> {
  constructor(detail: AddToCartDetail) {
    super(ADD_TO_CART, { ...init, cancelable: true, detail });
  }
}

/** The shopper opened a product's details or link. */
export class ShoppableProductClickEvent extends CustomEvent<ProductClickDetail> {
  constructor(detail: ProductClickDetail) {
    super(PRODUCT_CLICK, { ...init, detail });
  }
}

/** A product's moment started (also after a seek into it). */
export class ShoppableProductShowEvent extends CustomEvent<ProductMomentDetail> {
  constructor(detail: ProductMomentDetail) {
    super(PRODUCT_SHOW, { ...init, detail });
  }
}

/** A product's moment ended (also after a seek out of it). */
export class ShoppableProductHideEvent extends CustomEvent<ProductMomentDetail> {
  constructor(detail: ProductMomentDetail) {
    super(PRODUCT_HIDE, { ...init, detail });
  }
}

/** An add to cart succeeded (the page's promise resolved, or it called `preventDefault()`). */
export class ShoppableAddToCartCompleteEvent extends CustomEvent<AddToCartCompleteDetail> {
  constructor(detail: AddToCartCompleteDetail) {
    super(ADD_TO_CART_COMPLETE, { ...init, detail });
  }
}

/**
 * A product list entry or a timeline marker asks the player to seek ("watch the moment").
 * `<shoppable-video>` handles it for its own children; a page may send it to a player too.
 */
export class ShoppableSeekRequestEvent extends CustomEvent<SeekRequestDetail> {
  constructor(detail: SeekRequestDetail) {
    super(SEEK_REQUEST, { ...init, detail });
  }
}
