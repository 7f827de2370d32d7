/**
 * An in-memory cart that answers `shoppable-add-to-cart` like a store would, with knobs for the
 * cases a store's own tests need: latency, sold-out items, quantity limits, random failures and a
 * store that never answers.
 * @module
 */
import { CartError } from '../cart/errors.js';
import {
  ADD_TO_CART,
  CartFailureReason,
  type AddToCartResult,
  type ShoppableAddToCartEvent,
} from '../events.js';

/** Knobs of {@link createMockCart}. */
export interface MockCartOptions {
  /** Milliseconds before each answer; default 0 (still asynchronous). */
  latency?: number;
  /** Product or variant ids that are sold out: adding them rejects with reason `out-of-stock`. */
  outOfStock?: Iterable<string>;
  /** Most units of one product/variant the cart takes; a larger add resolves with what fitted. */
  maxQuantity?: number;
  /** Share of adds (0..1) that reject with reason `unknown`; default 0. */
  failureRate?: number;
  /** Random source for `failureRate`; default `Math.random`. */
  random?: () => number;
  /** Never settle any add (to test the widget's timeout). */
  neverSettle?: boolean;
}

/** One accepted add. */
export interface MockCartItem {
  productId: string;
  variantId: string | undefined;
  quantity: number;
  requestId: string;
}

/** What {@link createMockCart} returns. */
export interface MockCart {
  /** Starts answering add-to-cart events that reach `target`; returns a function that stops it. */
  attach(target: EventTarget): () => void;
  /** Every accepted add, in order. */
  readonly items: MockCartItem[];
  /** Units in the cart. */
  readonly count: number;
  /** Empties the cart and forgets request ids. */
  reset(): void;
}

/**
 * Creates a mock cart. Each event's `waitUntil` gets a promise that honours the knobs; the same
 * `requestId` is never added twice (a repeat gets the first answer again).
 *
 * ```ts
 * const cart = createMockCart({ outOfStock: ['mb-lullaby'] });
 * const detach = cart.attach(document);
 * ```
 */
export function createMockCart(options: MockCartOptions = {}): MockCart {
  const soldOut = new Set(options.outOfStock ?? []);
  const random = options.random ?? Math.random;
  const items: MockCartItem[] = [];
  let answers = new Map<string, Promise<AddToCartResult>>();

  const held = (productId: string, variantId: string | undefined) =>
    items
      .filter((i) => i.productId === productId && i.variantId === variantId)
      .reduce((sum, i) => sum + i.quantity, 0);

  const decide = (productId: string, variantId: string | undefined, quantity: number, requestId: string) => {
    if (soldOut.has(productId) || (variantId !== undefined && soldOut.has(variantId))) {
      throw new CartError('', { reason: CartFailureReason.OutOfStock });
    }
    if (random() < (options.failureRate ?? 0)) throw new CartError('', { reason: CartFailureReason.Unknown });
    const room = options.maxQuantity === undefined ? quantity : options.maxQuantity - held(productId, variantId);
    const added = Math.min(quantity, room);
    if (added <= 0) throw new CartError('', { reason: CartFailureReason.QuantityLimited });
    items.push({ productId, variantId, quantity: added, requestId });
    return { quantity: added, cartCount: cart.count };
  };

  const answer = (event: ShoppableAddToCartEvent): Promise<AddToCartResult> => {
    const { product, variant, quantity, requestId } = event.detail;
    if (options.neverSettle) return new Promise<AddToCartResult>(() => {});
    return new Promise<AddToCartResult>((resolve, reject) => {
      // The decision runs when the answer comes, as a store would check stock then.
      setTimeout(() => {
        try {
          resolve(decide(product.id, variant?.id, quantity, requestId));
        } catch (error) {
          reject(error);
        }
      }, options.latency ?? 0);
    });
  };

  const cart: MockCart = {
    attach(target) {
      const listener = (event: Event) => {
        const e = event as ShoppableAddToCartEvent;
        let promise = answers.get(e.detail.requestId);
        if (!promise) answers.set(e.detail.requestId, (promise = answer(e)));
        e.detail.waitUntil(promise);
      };
      target.addEventListener(ADD_TO_CART, listener);
      return () => target.removeEventListener(ADD_TO_CART, listener);
    },
    items,
    get count() {
      return items.reduce((sum, i) => sum + i.quantity, 0);
    },
    reset() {
      items.length = 0;
      answers = new Map();
    },
  };
  return cart;
}
