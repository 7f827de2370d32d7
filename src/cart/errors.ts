/**
 * The error a cart recipe rejects with. The widget reads its `reason` to pick a localised message
 * when `message` is empty, and shows `message` otherwise.
 * @module
 */
import { CartFailureReason } from '../events.js';

const REASONS = new Set<string>(Object.values(CartFailureReason));

/** True when `value` is one of {@link CartFailureReason}'s values. */
export function isCartFailureReason(value: unknown): value is CartFailureReason {
  return typeof value === 'string' && REASONS.has(value);
}

/**
 * Whether pressing Retry could succeed after a failure for `reason`: not when the store said the
 * stock will not allow it (`out-of-stock`, `quantity-limited`); the shopper changes the quantity
 * or the variant instead, and the card shows the store's message without Retry.
 */
export function isRetryable(reason: CartFailureReason | undefined): boolean {
  return reason !== CartFailureReason.OutOfStock && reason !== CartFailureReason.QuantityLimited;
}

/** Options of {@link CartError}. */
export interface CartErrorOptions {
  reason?: CartFailureReason;
  /** The HTTP status of the store's answer, when there was one. */
  status?: number;
  cause?: unknown;
}

/**
 * An add to cart the store refused or could not complete. Reject `waitUntil()`'s promise with one:
 * `throw new CartError('Only 2 left', { reason: 'quantity-limited' })`. An empty message makes the
 * widget show its own localised text for the reason.
 */
export class CartError extends Error {
  /** Why the add failed; `unknown` when the store did not say. */
  readonly reason: CartFailureReason;
  /** The HTTP status of the store's answer, when there was one. */
  readonly status?: number;

  constructor(message: string, options: CartErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CartError';
    this.reason = options.reason ?? CartFailureReason.Unknown;
    if (options.status !== undefined) this.status = options.status;
  }
}
