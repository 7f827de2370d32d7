/**
 * `shoppable-video/testing`: helpers for a store's own tests of its add-to-cart wiring: a mock
 * cart with knobs, and DOM helpers that find and press the Add to cart button through shadow
 * roots. Imports no test framework.
 * @module
 */
export { createMockCart } from './mock-cart.js';
export type { MockCart, MockCartItem, MockCartOptions } from './mock-cart.js';
export { findAddToCartButton, findAddToCartButtons, pressAddToCart, waitForCartOutcome } from './dom.js';
export { CartError } from '../cart/errors.js';
