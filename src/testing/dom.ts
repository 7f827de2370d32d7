/**
 * Finding and pressing the Add to cart button through shadow roots, and waiting for the outcome,
 * for a store's own end-to-end tests. Framework-free: use with any test runner.
 * @module
 */
import { ADD_TO_CART_COMPLETE, ERROR, ErrorCode } from '../events.js';
import { DEFAULT_CART_TIMEOUT } from '../controllers/add-to-cart.js';

const SELECTOR = '[part~="add-to-cart"]';

/** Every element under `root` (itself included) matching `selector`, through open shadow roots. */
function deepQueryAll(root: Element, selector: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot) => {
    if (node instanceof Element && node.matches(selector)) found.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of Array.from(node.children)) visit(child);
  };
  visit(root);
  return found;
}

/** The button a `[part~="add-to-cart"]` element is, or holds. */
function asButton(el: Element): HTMLButtonElement | undefined {
  if (el instanceof HTMLButtonElement) return el;
  const inner = el.shadowRoot?.querySelector('button') ?? el.querySelector('button');
  return inner ?? undefined;
}

/** Every Add to cart button under `root`, in document order, through open shadow roots. */
export function findAddToCartButtons(root: Element): HTMLButtonElement[] {
  return deepQueryAll(root, SELECTOR)
    .map(asButton)
    .filter((b): b is HTMLButtonElement => b !== undefined);
}

/** The first Add to cart button under `root` (`[part~="add-to-cart"]`), through open shadow roots. */
export function findAddToCartButton(root: Element): HTMLButtonElement | undefined {
  return findAddToCartButtons(root)[0];
}

// Timers, not requestAnimationFrame: rAF never fires in a background tab, where test runners
// often keep all but one of their pages.
const tick = (ms = 16) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Clicks the `index`-th Add to cart button under `root`, waiting up to 2 s for it to render.
 * A disabled button is clicked all the same (nothing happens, as for a shopper). Rejects when no
 * such button appears.
 */
export async function pressAddToCart(root: Element, index = 0): Promise<void> {
  const deadline = performance.now() + 2_000;
  let button = findAddToCartButtons(root)[index];
  while (!button && performance.now() < deadline) {
    await tick();
    button = findAddToCartButtons(root)[index];
  }
  if (!button) throw new Error(`No add-to-cart button #${index} under <${root.localName}>.`);
  button.click();
  // Let the host re-render (Lit updates in a microtask) before the caller looks.
  await tick(0);
}

/**
 * Resolves with `'success'` on the next `shoppable-add-to-cart-complete` under `root`, or `'error'`
 * on the next `shoppable-error` with code `cart-failed`. Start waiting before you press. Rejects
 * after `timeout` ms (default the widget's own cart timeout plus a second).
 */
export function waitForCartOutcome(root: Element, timeout = DEFAULT_CART_TIMEOUT + 1_000): Promise<'success' | 'error'> {
  return new Promise((resolve, reject) => {
    const done = (outcome: 'success' | 'error' | Error) => {
      clearTimeout(timer);
      root.removeEventListener(ADD_TO_CART_COMPLETE, onComplete);
      root.removeEventListener(ERROR, onError);
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onComplete = () => done('success');
    const onError = (event: Event) => {
      const { detail } = event as CustomEvent<{ code?: string }>;
      if (detail?.code === ErrorCode.CartFailed) done('error');
    };
    const timer = setTimeout(() => done(new Error(`No add-to-cart outcome within ${timeout} ms.`)), timeout);
    root.addEventListener(ADD_TO_CART_COMPLETE, onComplete);
    root.addEventListener(ERROR, onError);
  });
}
