/**
 * Every public event, typed. All bubble and are composed, so a page can listen on the element,
 * on an ancestor or on `document`. Names are exported as constants. The events only lazy chunks
 * send are declared in `events/shop.ts` and `events/feed.ts` and exported from here, so the
 * script-tag entry carries only what it sends itself (the error event).
 * @module
 */
import type * as feed from './events/feed.js';
import type * as shop from './events/shop.js';
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

/** Name of {@link ShoppableErrorEvent}. */
export const ERROR = 'shoppable-error';

export {
  ADD_TO_CART,
  ADD_TO_CART_COMPLETE,
  CartFailureReason,
  LIST_CLOSE,
  PRODUCT_CLICK,
  PRODUCT_HIDE,
  PRODUCT_SHOW,
  SEEK_REQUEST,
  ShoppableAddToCartCompleteEvent,
  ShoppableAddToCartEvent,
  ShoppableProductClickEvent,
  ShoppableProductHideEvent,
  ShoppableProductShowEvent,
  ShoppableSeekRequestEvent,
  type AddToCartCompleteDetail,
  type AddToCartDetail,
  type AddToCartResult,
  type ProductClickDetail,
  type ProductMomentDetail,
  type SeekRequestDetail,
} from './events/shop.js';
export {
  FEED_CHANGE,
  FEED_CLOSE,
  FEED_OPEN,
  ShoppableFeedChangeEvent,
  ShoppableFeedCloseEvent,
  ShoppableFeedOpenEvent,
  type FeedDetail,
} from './events/feed.js';
// An overlay card's "open this product" to its player: internal, not composed. Its class lives with
// the card (the lazy chunks that send and receive it share it; the entry does not carry it).
export { PRODUCT_OPEN, ProductOpenRequest, type ProductOpenDetail } from './components/product-card/product-open.js';

/** A media, data or cart problem. `fatal` when playback cannot go on. */
export class ShoppableErrorEvent extends CustomEvent<ShoppableErrorDetail> {
  constructor(detail: ShoppableErrorDetail) {
    super(ERROR, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'shoppable-add-to-cart': shop.ShoppableAddToCartEvent;
    'shoppable-product-click': shop.ShoppableProductClickEvent;
    'shoppable-product-show': shop.ShoppableProductShowEvent;
    'shoppable-product-hide': shop.ShoppableProductHideEvent;
    'shoppable-add-to-cart-complete': shop.ShoppableAddToCartCompleteEvent;
    'shoppable-seek-request': shop.ShoppableSeekRequestEvent;
    'shoppable-error': ShoppableErrorEvent;
    'shoppable-list-close': CustomEvent<undefined>;
    'shoppable-product-open': ProductOpenRequest;
    'shoppable-feed-open': feed.ShoppableFeedOpenEvent;
    'shoppable-feed-close': feed.ShoppableFeedCloseEvent;
    'shoppable-feed-change': feed.ShoppableFeedChangeEvent;
  }
}
