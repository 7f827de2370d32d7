// Shared by the card tests: what an element dispatched.
import type { ShoppableAddToCartEvent, ShoppableErrorEvent } from '../../src/events.js';

/** Records an element's add-to-cart and error events; adds are handled as a synchronous cart does. */
export function record(el: HTMLElement) {
  const adds: ShoppableAddToCartEvent[] = [];
  const errors: ShoppableErrorEvent[] = [];
  el.addEventListener('shoppable-add-to-cart', (e) => {
    adds.push(e);
    e.preventDefault();
  });
  el.addEventListener('shoppable-error', (e) => errors.push(e));
  return { adds, errors };
}
