/**
 * Shopify recipe: adds to the storefront cart through Shopify's Ajax Cart API
 * (`POST {root}cart/add.js`, then `GET {root}cart.js` for the cart count), following its reference
 * (https://shopify.dev/docs/api/ajax/reference/cart) and the 2025 partial-add behaviour.
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

// Shopify's storefront messages come in the shop's language, with typographic apostrophes: the
// text is read last, after the status and the cart itself, and only to refine an unknown case.
const SOLD_OUT = /sold out|out of stock|épuisé|ausverkauft|agotado|esaurit|esgotado|uitverkocht|slutsåld|売り切れ|在庫切れ|售罄|품절/i;
const LIMITED = /already in (?:your|the) cart|\bonly \d+|can(?:no|')t add more|maximum quantity|quantité maximale|höchstmenge|cantidad máxima|quantità massima/i;

/**
 * Maps Shopify's error answer (`{ status, message: "Cart Error", description }`) to a CartError,
 * by status first, then by what the cart holds (`inCart`: is the variant in it after the refused
 * add, when the recipe could read cart.js), and the description's text last. The message is the
 * store's description, in the shop's language. Shopify answers inventory refusals with 422.
 */
export function shopifyCartError(status: number, body: unknown, inCart?: boolean): CartError {
  const description = stringField(body, 'description') ?? stringField(body, 'message') ?? '';
  const text = description.replace(/[\u2018\u2019\u02bc]/g, "'");
  let reason: CartFailureReason = CartFailureReason.Unknown;
  if (status === 401 || status === 403) reason = CartFailureReason.LoginRequired;
  else if (status === 422 && inCart !== undefined) reason = inCart ? CartFailureReason.QuantityLimited : CartFailureReason.OutOfStock;
  else if (SOLD_OUT.test(text)) reason = CartFailureReason.OutOfStock;
  else if (LIMITED.test(text)) reason = CartFailureReason.QuantityLimited;
  return new CartError(description, { reason, status, cause: body });
}

/** What cart.js says: the item count, and how many of one variant the cart holds. */
interface CartState {
  count: number | undefined;
  line: number;
}

/** The cart's state, or `undefined` when cart.js cannot tell. */
async function readCart(root: string, fetchImpl: FetchLike | undefined, id: string | number): Promise<CartState | undefined> {
  try {
    const response = await send(fetchImpl, `${root}cart.js`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      // A cached cart.js (a CDN, a dev server caching every `.js` path) would show a stale count.
      cache: 'no-store',
    });
    if (!response.ok) return undefined;
    const cart = await readJson(response);
    const items = cart && typeof cart === 'object' ? (cart as { items?: unknown }).items : undefined;
    let line = 0;
    for (const item of Array.isArray(items) ? items : []) {
      const itemId = (item as { variant_id?: unknown; id?: unknown } | null)?.variant_id ?? (item as { id?: unknown } | null)?.id;
      if (String(itemId) === String(id)) line += numberField(item, 'quantity') ?? 0;
    }
    return { count: numberField(cart, 'item_count'), line };
  } catch {
    return undefined;
  }
}

/**
 * How many a refused (422) add put in the cart. Since Shopify's 2025 Ajax Cart change an add over
 * the stock adds what is available and answers 422 "Only N items were added to your cart." (in the
 * shop's language): the cart before and after tells the number in any language; without the
 * "before", the description's one number N is believed when the cart holds at least N.
 */
function addedByRefusal(before: CartState | undefined, after: CartState | undefined, asked: number, body: unknown): number {
  if (!after) return 0;
  if (before) return Math.min(asked, Math.max(0, after.line - before.line));
  const numbers = (stringField(body, 'description') ?? '').match(/\d+/g) ?? [];
  const n = numbers.length === 1 ? Number(numbers[0]) : 0;
  return n > 0 && n < asked && after.line >= n ? n : 0;
}

/**
 * Adds the detail's variant to the Shopify cart. Resolves to `{ quantity, cartCount }`, where
 * `quantity` is what the store actually added (less than asked for a partial add); rejects with a
 * {@link CartError} (`out-of-stock`, `quantity-limited`, `login-required` or `unknown`). An add of
 * more than one reads the cart first, so a partial add is told from the cart, not from its text.
 */
export async function addToShopifyCart(
  detail: AddToCartDetail,
  options: ShopifyCartOptions = {},
): Promise<AddToCartResult> {
  const root = withSlash(options.root ?? defaultRoot());
  const id = variantIdOf(options.variantId?.(detail) ?? detail.variant?.id ?? detail.product.id);
  const properties = typeof options.properties === 'function' ? options.properties(detail) : options.properties;
  const item = properties ? { id, quantity: detail.quantity, properties } : { id, quantity: detail.quantity };
  // Only an add of two or more can be partial: one item either goes in or does not.
  const before = detail.quantity > 1 ? await readCart(root, options.fetch, id) : undefined;
  const response = await send(options.fetch, `${root}cart/add.js`, {
    method: 'POST',
    headers: HEADERS,
    body: JSON.stringify({ items: [item] }),
    credentials: 'same-origin',
  });
  if (!response.ok) {
    const body = await readJson(response);
    if (response.status !== 422) throw shopifyCartError(response.status, body);
    const after = await readCart(root, options.fetch, id);
    const added = addedByRefusal(before, after, detail.quantity, body);
    if (added > 0) return after?.count === undefined ? { quantity: added } : { quantity: added, cartCount: after.count };
    throw shopifyCartError(422, body, after ? after.line > 0 : undefined);
  }
  // A 200 means the whole quantity went in (the answer's line quantity is the line's new total).
  const cartCount = (await readCart(root, options.fetch, id))?.count;
  return cartCount === undefined ? { quantity: detail.quantity } : { quantity: detail.quantity, cartCount };
}

/** A ready `shoppable-add-to-cart` listener that adds through {@link addToShopifyCart}. */
export function shopifyCartHandler(options: ShopifyCartOptions = {}): (event: ShoppableAddToCartEvent) => void {
  return (event) => event.detail.waitUntil(addToShopifyCart(event.detail, options));
}
