/**
 * The add-to-cart protocol as a ReactiveController: one press, one `shoppable-add-to-cart` event
 * with a fresh `requestId`, then pending / success / error from whatever the page did with it.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CartError, isCartFailureReason } from '../cart/errors.js';
import { formatNumber } from '../core/money.js';
import { formatString, stringsFor, type Strings } from '../core/strings.js';
import { safeUrl } from '../core/url.js';
import {
  CartFailureReason,
  DEFAULT_CART_TIMEOUT,
  ErrorCode,
  ShoppableAddToCartCompleteEvent,
  ShoppableAddToCartEvent,
  ShoppableErrorEvent,
  type AddToCartDetail,
  type AddToCartResult,
} from '../events.js';
import type { Money, Product, ProductVariant } from '../types.js';

/** Where an add to cart stands, as the button shows it. */
export type AddToCartStatus = 'idle' | 'pending' | 'success' | 'error';

/** What the shopper asked for: the controller adds a `requestId` and `waitUntil` to it. */
export interface AddToCartRequest {
  product: Product;
  variant: ProductVariant | undefined;
  quantity: number;
  /** The exact unit price the shopper saw (never an approximate conversion); copied into the detail. */
  price?: Money;
  currentTime: number;
  showId: string | undefined;
}

export { DEFAULT_CART_TIMEOUT };
/** How long the success state shows before the button returns to idle (ms). */
const SUCCESS_HOLD = 2_500;
// setTimeout overflows (and fires at once) past a signed 32-bit delay.
const MAX_DELAY = 2 ** 31 - 1;

/** Options of {@link AddToCartController}; functions so the host's current properties are read. */
export interface AddToCartControllerOptions {
  /** Milliseconds before a never-settling promise becomes a `timeout`; default {@link DEFAULT_CART_TIMEOUT}. */
  timeout?: () => number;
  /** The host's strings (localised, with overrides); default English. */
  strings?: () => Strings;
  /** The host's locale, for the quantity in "Added {quantity}"; default `en`. */
  locale?: () => string;
}

/** A fresh request id: a UUID where `crypto.randomUUID` exists (secure contexts), else random hex. */
function newRequestId(): string {
  const c = globalThis.crypto;
  if (typeof c?.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (typeof c?.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `value[key]`, or undefined when reading it throws: a page's rejection or result may be a Proxy or
 * have a throwing getter, and reading it must not leave the add pending forever.
 */
function field(value: unknown, key: string): unknown {
  try {
    return value != null && (typeof value === 'object' || typeof value === 'function')
      ? (value as Record<string, unknown>)[key]
      : undefined;
  } catch {
    return undefined;
  }
}

/** The nodes above `node`, crossing shadow roots to their hosts, up to the document. */
function ancestorsOf(node: Node): Node[] {
  const out: Node[] = [];
  const up = (n: Node): Node | null => n.parentNode ?? (n as ShadowRoot).host ?? null;
  for (let n = up(node); n; n = up(n)) out.push(n);
  return out;
}

/** The first fulfilled value that looks like an {@link AddToCartResult}. */
function pickResult(values: unknown[]): AddToCartResult | undefined {
  for (const v of values) {
    if (v && typeof v === 'object') {
      const quantity = field(v, 'quantity');
      const cartCount = field(v, 'cartCount');
      const result: AddToCartResult = {};
      if (typeof quantity === 'number' && Number.isFinite(quantity)) result.quantity = quantity;
      if (typeof cartCount === 'number' && Number.isFinite(cartCount)) result.cartCount = cartCount;
      return result;
    }
  }
  return undefined;
}

/**
 * Runs the add-to-cart protocol for a host element (a product card):
 *
 * 1. a listener called `event.detail.waitUntil(promise)`: `pending` until it settles, then `success`
 *    (and `shoppable-add-to-cart-complete`) or `error` (and a non-fatal `shoppable-error` with code
 *    `cart-failed`); a promise still unsettled after the timeout becomes a retryable `timeout` and
 *    its late settlement is ignored;
 * 2. else a listener called `preventDefault()`: `success` at once;
 * 3. else the default action opens the product's `url` in a new tab (a bare embed still sells).
 *
 * One press, one add: presses are ignored while an add is pending and while its success shows (so a
 * double-click never sends two events). An add still pending when the host leaves the page (an
 * overlay card whose moment ended) is still followed to its end: its `-complete` or `shoppable-error`
 * is dispatched from the host's nearest ancestor still in the page (the player), as it was at the press.
 *
 * `waitUntil()` works only while the event is being dispatched (like `ExtendableEvent.waitUntil`);
 * a later call throws an `InvalidStateError` DOMException. It may be called more than once: the add
 * succeeds when every promise fulfils and fails with the first rejection.
 */
export class AddToCartController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: AddToCartControllerOptions;
  private _status: AddToCartStatus = 'idle';
  private _message = '';
  private _reason: CartFailureReason | undefined;
  private _result: AddToCartResult | undefined;
  private last: AddToCartRequest | undefined;
  // Bumped by every press, timeout and disconnect: a settlement from an older generation is stale.
  private generation = 0;
  private dispatching = false;
  private timeoutTimer: ReturnType<typeof setTimeout> | undefined;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** The host's ancestors (through shadow roots) at the press: where a result goes if the host left. */
  private ancestors: Node[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: AddToCartControllerOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Where the add stands. */
  get status(): AddToCartStatus {
    return this._status;
  }
  /** The text to show or announce for the status (`''` when idle). */
  get message(): string {
    return this._message;
  }
  /** Why the last add failed, while `status` is `error`. */
  get reason(): CartFailureReason | undefined {
    return this._reason;
  }
  /** What the store said it added, after a `success` from a promise that resolved to one. */
  get result(): AddToCartResult | undefined {
    return this._result;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    // A pending add is followed to its end (see the class doc): the store may have taken it.
    if (this._status === 'pending') return;
    this.clearTimers();
    this.generation++;
    // A success message would otherwise stick when the element comes back.
    if (this._status === 'success') this.set('idle', '');
  }

  /**
   * The shopper pressed Add to cart. Ignored while an add is pending or its success shows (one
   * press, one add), and during its own dispatch.
   */
  press(request: AddToCartRequest): void {
    if (this._status === 'pending' || this._status === 'success' || this.dispatching) return;
    this.clearTimers();
    this.last = request;
    const generation = ++this.generation;
    const promises: Promise<unknown>[] = [];
    let open = true;
    const requestId = newRequestId();
    const detail: AddToCartDetail = Object.freeze({
      ...request,
      requestId,
      waitUntil(promise: Promise<AddToCartResult | void>): void {
        if (!open) {
          throw new DOMException(
            'waitUntil() must be called synchronously inside the shoppable-add-to-cart listener.',
            'InvalidStateError',
          );
        }
        promises.push(Promise.resolve(promise));
      },
    });
    const event = new ShoppableAddToCartEvent(detail);
    this.dispatching = true;
    try {
      // dispatchEvent reports a throwing listener to window.onerror and carries on.
      this.host.dispatchEvent(event);
    } finally {
      this.dispatching = false;
      open = false;
    }
    // A listener removed the element (or pressed again) during dispatch: nothing left to show.
    if (generation !== this.generation) return;
    if (promises.length > 0) {
      this.ancestors = ancestorsOf(this.host);
      this.track(request, requestId, promises, generation);
    } else if (event.defaultPrevented) this.succeed(request, requestId, undefined);
    else this.defaultAction(request.product);
  }

  /** Presses the last request again, with a fresh `requestId`. */
  retry(): void {
    if (this.last) this.press(this.last);
  }

  /**
   * Refuses an add the host knows cannot succeed (sold out, not sold in the shopper's region):
   * `error` with the reason's text and a non-fatal `shoppable-error`, no add-to-cart event.
   * Ignored while an add is pending.
   */
  refuse(request: AddToCartRequest, reason: CartFailureReason): void {
    if (this._status === 'pending') return;
    this.clearTimers();
    this.generation++;
    const message = this.strings()[`reason.${reason}`];
    this.fail(reason, message, new CartError(message, { reason, cause: { productId: request.product.id } }));
  }

  private track(
    request: AddToCartRequest,
    requestId: string,
    promises: Promise<unknown>[],
    generation: number,
  ): void {
    this._reason = undefined;
    this._result = undefined;
    this.set('pending', this.strings().adding);
    const limit = this.options.timeout?.() ?? DEFAULT_CART_TIMEOUT;
    const delay = limit > 0 ? Math.min(limit, MAX_DELAY) : DEFAULT_CART_TIMEOUT;
    this.timeoutTimer = setTimeout(() => {
      if (generation !== this.generation) return;
      this.generation++;
      const message = this.strings()['reason.timeout'];
      const cause = new CartError(message, { reason: CartFailureReason.Timeout });
      this.fail(CartFailureReason.Timeout, message, cause);
    }, delay);
    Promise.all(promises).then(
      (values) => {
        if (generation !== this.generation) return;
        this.clearTimers();
        this.succeed(request, requestId, pickResult(values));
      },
      (error: unknown) => {
        if (generation !== this.generation) return;
        this.clearTimers();
        this.failWith(error);
      },
    );
  }

  private succeed(request: AddToCartRequest, requestId: string, result: AddToCartResult | undefined): void {
    const quantity = result?.quantity ?? request.quantity;
    // A store that added nothing did not succeed, whatever its promise did.
    if (quantity <= 0) {
      const reason = CartFailureReason.QuantityLimited;
      const message = this.strings()[`reason.${reason}`];
      this.fail(reason, message, new CartError(message, { reason, cause: result }));
      return;
    }
    const strings = this.strings();
    this._reason = undefined;
    this._result = result;
    const message =
      quantity === request.quantity ? strings.added : formatString(strings.addedQuantity, { quantity: formatNumber(quantity, this.options.locale?.() ?? 'en') });
    this.set('success', message);
    const { product, variant, currentTime, showId } = request;
    const generation = this.generation;
    this.target().dispatchEvent(
      new ShoppableAddToCartCompleteEvent({ product, variant, quantity, requestId, currentTime, showId, result }),
    );
    // A listener pressed again or removed the element: that owns the state now.
    if (generation !== this.generation) return;
    if (!this.host.isConnected) return this.hostDisconnected();
    this.idleTimer = setTimeout(() => {
      if (generation === this.generation && this._status === 'success') this.set('idle', '');
    }, SUCCESS_HOLD);
  }

  private failWith(error: unknown): void {
    const given = field(error, 'reason');
    const reason = isCartFailureReason(given) ? given : CartFailureReason.Unknown;
    const text = typeof error === 'string' ? error : field(error, 'message');
    const own = typeof text === 'string' ? text : '';
    this.fail(reason, own.trim() ? own : this.strings()[`reason.${reason}`], error);
  }

  private fail(reason: CartFailureReason, message: string, cause: unknown): void {
    this._reason = reason;
    this._result = undefined;
    this.set('error', message);
    this.target().dispatchEvent(
      new ShoppableErrorEvent({ code: ErrorCode.CartFailed, message, fatal: false, cause }),
    );
  }

  private defaultAction(product: Product): void {
    if (this._status !== 'idle') this.set('idle', '');
    const url = safeUrl(product.url);
    if (url) {
      window.open(url, '_blank', 'noopener');
      return;
    }
    this.host.dispatchEvent(
      new ShoppableErrorEvent({
        code: ErrorCode.CartFailed,
        message:
          `Nothing handled shoppable-add-to-cart and product "${product.id}" has no safe url to open: ` +
          'listen for the event and call event.detail.waitUntil(...) or event.preventDefault().',
        fatal: false,
        cause: { productId: product.id, url: product.url },
      }),
    );
  }

  /**
   * Where the outcome of an add goes: the host, or when it left the page, its nearest ancestor at the
   * press still in the page. Asked once per outcome, so the ancestors are let go of here.
   */
  private target(): EventTarget {
    const ancestors = this.ancestors;
    this.ancestors = [];
    if (this.host.isConnected) return this.host;
    return ancestors.find((n) => n.isConnected) ?? this.host;
  }

  private strings(): Strings {
    return this.options.strings?.() ?? stringsFor(undefined);
  }

  private set(status: AddToCartStatus, message: string): void {
    this._status = status;
    this._message = message;
    this.host.requestUpdate();
  }

  private clearTimers(): void {
    clearTimeout(this.timeoutTimer);
    clearTimeout(this.idleTimer);
    this.timeoutTimer = undefined;
    this.idleTimer = undefined;
  }
}
