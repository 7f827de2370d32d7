/**
 * WooCommerce recipe: adds to the cart through the Store API
 * (`POST {root}wp-json/wc/store/v1/cart/add-item`), keeping its `Nonce` and `Cart-Token` headers.
 * Follows the Store API's documented sessions: a write needs a nonce unless it carries a Cart-Token
 * (https://developer.woocommerce.com/docs/apis/store-api/cart-tokens), so with no nonce the recipe
 * first reads the cart (`GET .../cart`) for its token.
 *
 * ```js
 * import { wooCartHandler } from 'shoppable-video/cart/woocommerce';
 * document.addEventListener('shoppable-add-to-cart', wooCartHandler({ nonce: wcStoreApiNonce }));
 * ```
 * @module
 */
import { CartFailureReason, type AddToCartDetail, type AddToCartResult, type ShoppableAddToCartEvent } from '../events.js';
import { CartError } from './errors.js';
import { numberField, plainText, readJson, send, storeId, stringField, withSlash, type FetchLike } from './http.js';

/** What the recipe remembers between requests: the latest `Nonce` and `Cart-Token` the store sent. */
export interface WooSession {
  nonce?: string;
  cartToken?: string;
}

/** A variation attribute as the Store API takes it, e.g. `{ attribute: 'pa_tune', value: 'waltz' }`. */
export interface WooVariationAttribute {
  attribute: string;
  value: string;
}

/** Options of {@link addToWooCart}. */
export interface WooCartOptions {
  /** The WordPress site root; default `/`. */
  root?: string;
  /**
   * A Store API nonce printed by the page (`wp_create_nonce('wc_store_api')`); later ones come from
   * responses. Optional: without one, the recipe uses a Cart-Token instead.
   */
  nonce?: string;
  /** A Cart-Token the page already holds (a headless front end); later ones come from responses. */
  cartToken?: string;
  /** The product or variation id to add; default the variant's id, else the product's id. */
  id?: (detail: AddToCartDetail) => string | number;
  /** Variation attributes, for variable products whose variation is chosen by attributes. */
  variation?: (detail: AddToCartDetail) => WooVariationAttribute[] | undefined;
  /** Where the nonce and cart token are remembered; default one session shared by the page. */
  session?: WooSession;
  /** `'include'` when the store is on another origin (it must then allow and expose the headers). */
  credentials?: RequestCredentials;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
}

// The page has one Store API cart, so its nonce and token are kept once per page by default.
const sharedSession: WooSession = {};

const REASONS: Record<string, CartFailureReason> = {
  woocommerce_rest_product_out_of_stock: CartFailureReason.OutOfStock,
  woocommerce_rest_product_not_purchasable: CartFailureReason.OutOfStock,
  woocommerce_rest_product_partially_out_of_stock: CartFailureReason.QuantityLimited,
  woocommerce_rest_product_too_many_in_cart: CartFailureReason.QuantityLimited,
  woocommerce_rest_product_invalid_quantity: CartFailureReason.QuantityLimited,
  woocommerce_rest_missing_nonce: CartFailureReason.LoginRequired,
  woocommerce_rest_invalid_nonce: CartFailureReason.LoginRequired,
};
const NONCE_ERRORS = new Set(['woocommerce_rest_missing_nonce', 'woocommerce_rest_invalid_nonce']);

/**
 * Maps a Store API error (`{ code, message, data: { status } }`) to a CartError whose message is the
 * store's, as plain text. Nonce errors carry no message (theirs is for developers), so the widget
 * shows its localised `login-required` text.
 */
export function wooCartError(status: number, body: unknown): CartError {
  const code = stringField(body, 'code') ?? '';
  const reason =
    REASONS[code] ?? (status === 401 || status === 403 ? CartFailureReason.LoginRequired : CartFailureReason.Unknown);
  const message = NONCE_ERRORS.has(code) ? '' : plainText(stringField(body, 'message') ?? '');
  return new CartError(message, { reason, status, cause: body });
}

function remember(session: WooSession, response: Response): void {
  session.nonce = response.headers.get('Nonce') || session.nonce;
  session.cartToken = response.headers.get('Cart-Token') || session.cartToken;
}

/**
 * Adds the detail's product to the WooCommerce cart. Resolves to `{ quantity, cartCount }` (the
 * cart's `items_count`); rejects with a {@link CartError}. A missing or stale nonce is retried once
 * with the fresh one the error response carried (the Store API checks the nonce before it changes
 * the cart, so the retry cannot add twice).
 */
export async function addToWooCart(detail: AddToCartDetail, options: WooCartOptions = {}): Promise<AddToCartResult> {
  const session = options.session ?? sharedSession;
  const url = `${withSlash(options.root ?? '/')}wp-json/wc/store/v1/cart/add-item`;
  const variation = options.variation?.(detail);
  const body = JSON.stringify({
    id: storeId(options.id?.(detail) ?? detail.variant?.id ?? detail.product.id),
    quantity: detail.quantity,
    ...(variation ? { variation } : {}),
  });
  const post = async (): Promise<[Response, unknown, string | undefined]> => {
    const nonce = session.nonce ?? options.nonce;
    const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'application/json' };
    if (nonce) headers.Nonce = nonce;
    if (session.cartToken) headers['Cart-Token'] = session.cartToken;
    const response = await send(options.fetch, url, {
      method: 'POST',
      headers,
      body,
      credentials: options.credentials ?? 'same-origin',
    });
    remember(session, response);
    return [response, await readJson(response), nonce];
  };
  session.cartToken ??= options.cartToken;
  // No nonce and no token: the cart route answers a GET (no nonce needed) with a Cart-Token, and a
  // write that carries one needs no nonce. A store that refuses it is retried below with the nonce
  // its refusal carried.
  if (!session.nonce && !options.nonce && !session.cartToken) {
    const cart = await send(options.fetch, url.replace(/\/add-item$/, ''), {
      headers: { Accept: 'application/json' },
      credentials: options.credentials ?? 'same-origin',
      cache: 'no-store',
    });
    session.cartToken = cart.headers.get('Cart-Token') || undefined;
  }
  let [response, json, sent] = await post();
  if (!response.ok && NONCE_ERRORS.has(stringField(json, 'code') ?? '') && session.nonce && session.nonce !== sent) {
    [response, json] = await post();
  }
  if (!response.ok) throw wooCartError(response.status, json);
  const cartCount = numberField(json, 'items_count');
  return cartCount === undefined ? { quantity: detail.quantity } : { quantity: detail.quantity, cartCount };
}

/** A ready `shoppable-add-to-cart` listener that adds through {@link addToWooCart}. */
export function wooCartHandler(options: WooCartOptions = {}): (event: ShoppableAddToCartEvent) => void {
  return (event) => event.detail.waitUntil(addToWooCart(event.detail, options));
}
