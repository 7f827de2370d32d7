/**
 * Custom-backend recipe: posts the add to your own endpoint as JSON, with the request id as an
 * `Idempotency-Key` so a retried request is never added twice.
 *
 * ```js
 * import { fetchCartHandler } from 'shoppable-video/cart/fetch';
 * document.addEventListener('shoppable-add-to-cart', fetchCartHandler({ url: '/api/cart' }));
 * ```
 * @module
 */
import { CartFailureReason, type AddToCartDetail, type AddToCartResult, type ShoppableAddToCartEvent } from '../events.js';
import { CartError, isCartFailureReason } from './errors.js';
import { numberField, readJson, send, stringField, type FetchLike } from './http.js';

export type { FetchLike };

/** Options of {@link addWithFetch}. */
export interface FetchCartOptions {
  /** Your endpoint. */
  url: string;
  /** Extra headers (an auth token, a CSRF token); they override the defaults. */
  headers?: Record<string, string>;
  /** The JSON body to send; default `{ productId, variantId, quantity, requestId, showId, currentTime }`. */
  body?: (detail: AddToCartDetail) => unknown;
  /** Reads your 2xx answer; default takes its numeric `quantity` and `cartCount`. */
  parse?: (json: unknown) => AddToCartResult;
  /** Default `same-origin`; `include` for an endpoint on another origin that takes cookies. */
  credentials?: RequestCredentials;
  /** A `fetch` to use instead of the global one. */
  fetch?: FetchLike;
}

/** The default request body. */
export function defaultCartBody(detail: AddToCartDetail): Record<string, unknown> {
  return {
    productId: detail.product.id,
    variantId: detail.variant?.id ?? null,
    quantity: detail.quantity,
    requestId: detail.requestId,
    showId: detail.showId ?? null,
    currentTime: detail.currentTime,
  };
}

function defaultParse(json: unknown): AddToCartResult {
  const result: AddToCartResult = {};
  const quantity = numberField(json, 'quantity');
  const cartCount = numberField(json, 'cartCount');
  if (quantity !== undefined) result.quantity = quantity;
  if (cartCount !== undefined) result.cartCount = cartCount;
  return result;
}

function reasonForStatus(status: number): CartFailureReason {
  if (status === 401 || status === 403) return CartFailureReason.LoginRequired;
  if (status === 408 || status === 504) return CartFailureReason.Timeout;
  return CartFailureReason.Unknown;
}

/**
 * Posts the add to `options.url`. A 2xx resolves to `parse(json)`; anything else rejects with a
 * {@link CartError} carrying the answer's `message` and `reason` when it has them (else a reason
 * from the HTTP status, and no message, so the widget shows its localised text).
 */
export async function addWithFetch(detail: AddToCartDetail, options: FetchCartOptions): Promise<AddToCartResult> {
  const response = await send(options.fetch, options.url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': detail.requestId,
      ...options.headers,
    },
    body: JSON.stringify((options.body ?? defaultCartBody)(detail)),
    credentials: options.credentials ?? 'same-origin',
  });
  const json = await readJson(response);
  if (!response.ok) {
    const reason = stringField(json, 'reason');
    throw new CartError(stringField(json, 'message') ?? '', {
      reason: isCartFailureReason(reason) ? reason : reasonForStatus(response.status),
      status: response.status,
      cause: json,
    });
  }
  return (options.parse ?? defaultParse)(json);
}

/** A ready `shoppable-add-to-cart` listener that adds through {@link addWithFetch}. */
export function fetchCartHandler(options: FetchCartOptions): (event: ShoppableAddToCartEvent) => void {
  return (event) => event.detail.waitUntil(addWithFetch(event.detail, options));
}
