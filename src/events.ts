/**
 * Every public event, typed. All bubble and are composed, so a page can listen on the element,
 * on an ancestor or on `document`. Names are exported as constants.
 * @module
 */
import type { Moment, Money, Product, ProductVariant } from './types.js';
import type { ProductOpenRequest } from './components/product-card/product-open.js';

/** Stable error codes carried by {@link ShoppableErrorEvent}. */
export const ErrorCode = {
  /** The manifest or a segment could not be loaded after retries. */
  MediaNetwork: 'media-network',
  /** The media could not be decoded. */
  MediaDecode: 'media-decode',
  /** No way to play this source in this browser. */
  MediaUnsupported: 'media-unsupported',
  /** The playback engine (hls.js chunk) could not be loaded. */
  MediaEngine: 'media-engine',
  /** The show document could not be fetched (HTTP or network failure). */
  ShowFetch: 'show-fetch',
  /** The show document is not valid JSON. */
  ShowParse: 'show-parse',
  /** Parts of the show document are invalid and were skipped. */
  ShowInvalid: 'show-invalid',
  /** An in-band pin named a product the show does not know. */
  PinUnknownProduct: 'pin-unknown-product',
  /** An add to cart failed (the page's promise rejected or timed out). */
  CartFailed: 'cart-failed',
  /** A lazy part of the library (the shop layer, a card, a strings table) could not be loaded. */
  ChunkLoad: 'chunk-load',
  /** A page listener threw; the widget carried on. */
  ListenerError: 'listener-error',
  /** A player asked to play made no progress for `stall-timeout` ms (and `fallback-src` did not either). */
  MediaStalled: 'media-stalled',
} as const;
/** One of {@link ErrorCode}'s values. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

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

/** Detail of `shoppable-error`. */
export interface ShoppableErrorDetail {
  readonly code: ErrorCode;
  readonly message: string;
  /** True when playback cannot go on. */
  readonly fatal: boolean;
  readonly cause?: unknown;
}

const init = { bubbles: true, composed: true } as const;

/** How long a page's promise may stay unsettled before the add becomes a retryable `timeout` (ms). */
export const DEFAULT_CART_TIMEOUT = 15_000;

/** How long a player asked to play may make no progress before it is `media-stalled` (ms). */
export const DEFAULT_STALL_TIMEOUT = 20_000;

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
/** Name of {@link ShoppableErrorEvent}. */
export const ERROR = 'shoppable-error';
/** `<shoppable-product-list>`'s close button or Escape (a plain bubbling, composed event, no detail). */
export const LIST_CLOSE = 'shoppable-list-close';
// An overlay card's "open this product" to its player: internal, not composed. Its class lives with
// the card (the lazy chunks that send and receive it share it; the entry does not carry it).
export { PRODUCT_OPEN, ProductOpenRequest, type ProductOpenDetail } from './components/product-card/product-open.js';

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

/** A media, data or cart problem. `fatal` when playback cannot go on. */
export class ShoppableErrorEvent extends CustomEvent<ShoppableErrorDetail> {
  constructor(detail: ShoppableErrorDetail) {
    super(ERROR, { ...init, detail });
  }
}

/** Detail of `shoppable-feed-open`, `shoppable-feed-close` and `shoppable-feed-change`. */
export interface FeedDetail {
  /** The show on screen (for `-close`, the one that was). */
  readonly showId: string;
  /** Its position in the feed, from 0. */
  readonly index: number;
  /** For `-change`: the show the shopper moved away from. */
  readonly previousShowId?: string;
}

/** Name of {@link ShoppableFeedOpenEvent}. */
export const FEED_OPEN = 'shoppable-feed-open';
/** Name of {@link ShoppableFeedCloseEvent}. */
export const FEED_CLOSE = 'shoppable-feed-close';
/** Name of {@link ShoppableFeedChangeEvent}. */
export const FEED_CHANGE = 'shoppable-feed-change';

/** `<shoppable-feed>` opened its full-screen player on a show (a tap, a key, `open()` or a deep link). */
export class ShoppableFeedOpenEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_OPEN, { ...init, detail });
  }
}

/** `<shoppable-feed>` closed its full-screen player (Escape, the close button, Back or `close()`). */
export class ShoppableFeedCloseEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_CLOSE, { ...init, detail });
  }
}

/** The shopper moved to another show of an open feed (swipe, wheel, arrow keys or buttons). */
export class ShoppableFeedChangeEvent extends CustomEvent<FeedDetail> {
  constructor(detail: FeedDetail) {
    super(FEED_CHANGE, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shoppable-add-to-cart': ShoppableAddToCartEvent;
    'shoppable-product-click': ShoppableProductClickEvent;
    'shoppable-product-show': ShoppableProductShowEvent;
    'shoppable-product-hide': ShoppableProductHideEvent;
    'shoppable-add-to-cart-complete': ShoppableAddToCartCompleteEvent;
    'shoppable-seek-request': ShoppableSeekRequestEvent;
    'shoppable-error': ShoppableErrorEvent;
    'shoppable-list-close': CustomEvent<undefined>;
    'shoppable-product-open': ProductOpenRequest;
    'shoppable-feed-open': ShoppableFeedOpenEvent;
    'shoppable-feed-close': ShoppableFeedCloseEvent;
    'shoppable-feed-change': ShoppableFeedChangeEvent;
  }
}
