/**
 * Shopify recipe: adds to the storefront cart through Shopify's Ajax Cart API
 * (`POST {root}cart/add.js`, then `GET {root}cart.js` for the cart count).
 *
 * ```js
 * import { shopifyCartHandler } from 'shoppable-video/cart/shopify';
 * document.addEventListener('shoppable-add-to-cart', shopifyCartHandler());
 * ```
 * @module
 */
import { CartFailureReason, type AddToCartDetail, type AddToCartResult, type ShoppableAddToCartEvent } from '../events.js';
import { CartError } from './errors.js';
import { numberField, readJson, send, storeId, stringField, withSlash, type FetchLike } from './http.js';

/** Options of {@link addToShopifyCart}. */
export interface ShopifyCartOptions {
  /** The locale-aware storefront root (`Shopify.routes.root`, e.g. `/en-gb/`); default that global, else `/`. */
  root?: string;
  /** The Shopify variant id to add; default the variant's id, else the product's id. */
  variantId?: (detail: AddToCartDetail) => string | number;
  /** Line item properties (keys starting with `_` are hidden at checkout). */
  properties?: Record<string, string> | ((detail: AddToCartDetail) => Record<string, string> | undefined);
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
}

const HEADERS = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
  'X-Requested-With': 'XMLHttpRequest',
} as const;

function defaultRoot(): string {
  const shopify = (globalThis as { Shopify?: { routes?: { root?: unknown } } }).Shopify;
  const root = shopify?.routes?.root;
  return typeof root === 'string' && root ? root : '/';
}

/** Storefront GraphQL ids (`gid://shopify/ProductVariant/123`) to the numeric ids the Ajax API takes. */
function variantIdOf(id: string | number): string | number {
  return storeId(typeof id === 'string' ? id.replace(/^gid:\/\/shopify\/\w+\//, '') : id);
}

/**
 * Maps Shopify's error answer (`{ status, message: "Cart Error", description }`) to a CartError.
 * Descriptions follow Shopify's inventory messages: "…is already sold out.", "Only N items were
 * added to your cart.", "The maximum quantity of this item is already in your cart.",
 * "You can't add more … to the cart."
 */
export function shopifyCartError(status: number, body: unknown): CartError {
  const description = stringField(body, 'description') ?? stringField(body, 'message') ?? '';
  let reason: CartFailureReason = CartFailureReason.Unknown;
  if (status === 401 || status === 403) reason = CartFailureReason.LoginRequired;
  else if (/sold out|out of stock/i.test(description)) reason = CartFailureReason.OutOfStock;
  else if (/already in (?:your|the) cart|\bonly \d+|can(?:no|')t add more|maximum quantity/i.test(description)) {
    reason = CartFailureReason.QuantityLimited;
  }
  return new CartError(description, { reason, status, cause: body });
}

/** The cart's `item_count`, or `undefined` when cart.js cannot tell (the add itself went through). */
async function itemCount(root: string, fetchImpl: FetchLike | undefined): Promise<number | undefined> {
  try {
    const response = await send(fetchImpl, `${root}cart.js`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      // A cached cart.js (a CDN, a dev server caching every `.js` path) would show a stale count.
      cache: 'no-store',
    });
    return response.ok ? numberField(await readJson(response), 'item_count') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Adds the detail's variant to the Shopify cart. Resolves to `{ quantity, cartCount }`; rejects with
 * a {@link CartError} (`out-of-stock`, `quantity-limited`, `login-required` or `unknown`).
 */
export async function addToShopifyCart(
  detail: AddToCartDetail,
  options: ShopifyCartOptions = {},
): Promise<AddToCartResult> {
  const root = withSlash(options.root ?? defaultRoot());
  const id = variantIdOf(options.variantId?.(detail) ?? detail.variant?.id ?? detail.product.id);
  const properties = typeof options.properties === 'function' ? options.properties(detail) : options.properties;
  const item = properties ? { id, quantity: detail.quantity, properties } : { id, quantity: detail.quantity };
  const response = await send(options.fetch, `${root}cart/add.js`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ items: [item] }),
    credentials: 'same-origin',
  });
  if (!response.ok) throw shopifyCartError(response.status, await readJson(response));
  // A 200 means the whole quantity went in (the answer's line quantity is the line's new total).
  const cartCount = await itemCount(root, options.fetch);
  return cartCount === undefined ? { quantity: detail.quantity } : { quantity: detail.quantity, cartCount };
}

/** A ready `shoppable-add-to-cart` listener that adds through {@link addToShopifyCart}. */
export function shopifyCartHandler(options: ShopifyCartOptions = {}): (event: ShoppableAddToCartEvent) => void {
  return (event) => event.detail.waitUntil(addToShopifyCart(event.detail, options));
}
