// Standalone elements fed anything a script-tag page could set: random values and mutated products
// (throwing getters, Proxies, cycles, swapped types) on a card's `.product` and a list's
// `.products` / `.moments`. Whatever comes, nothing is thrown at the page, and at most one
// non-fatal `shoppable-error` (`show-invalid`) per change says what was wrong.
import * as fc from 'fast-check';
import '../../src/components/product-card/product-card.js';
import '../../src/components/product-list/product-list.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableProductList } from '../../src/components/product-list/product-list.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';
import type { Product } from '../../src/types.js';
import { checkAsync, validProduct } from './arbitraries.js';
import { ok } from './invariants.js';
import { guardPage } from './page-guard.js';
import { applyMutations, mutation } from './mutations.js';

const { uncaught, host } = guardPage();

/** Mounts `el`, runs `act`, and checks: nothing uncaught, at most one non-fatal show-invalid error. */
async function mounted<E extends HTMLElement & { updateComplete: Promise<boolean> }>(
  el: E,
  act: (el: E, errors: ShoppableErrorEvent[]) => Promise<void>,
): Promise<void> {
  const errors: ShoppableErrorEvent[] = [];
  el.addEventListener('shoppable-error', (e) => errors.push(e));
  host.append(el);
  try {
    await act(el, errors);
    ok(errors.length <= 1, `${errors.length} errors for one value`);
    for (const { detail } of errors) {
      ok(detail.code === 'show-invalid' && detail.fatal === false, `error ${detail.code} (fatal: ${detail.fatal})`);
      ok(typeof detail.message === 'string' && detail.message.startsWith(`<${el.localName}>: `), `message "${detail.message}"`);
    }
    ok(uncaught.length === 0, `uncaught: ${uncaught.join('; ')}`);
  } finally {
    el.remove();
  }
}

/** Any value at all, a mutated valid product, or a mutated list of valid products. */
const anything = fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true });
const mutatedProduct = fc
  .tuple(validProduct(true), fc.array(mutation, { minLength: 1, maxLength: 3 }))
  .map(([p, plan]) => applyMutations(p, plan).input);
const productValue = fc.oneof(anything, mutatedProduct, validProduct(true));
const plan = fc.array(mutation, { minLength: 1, maxLength: 4 });

describe('fuzz: standalone <shoppable-product-card> and <shoppable-product-list> with any value', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(90_000);

  it('a card given any value shows what it can, presses Add to cart, and throws nothing', async () => {
    await checkAsync(
      fc.asyncProperty(productValue, fc.boolean(), async (value, compact) => {
        const card = document.createElement('shoppable-product-card') as ShoppableProductCard;
        card.locale = 'en-GB';
        card.compact = compact;
        card.product = value as Product;
        await mounted(card, async (el, errors) => {
          await el.updateComplete;
          const shown = el.shadowRoot!.querySelector('[part="card"]');
          // Nothing drawn for a real value means the reader refused it, and said so.
          if (!shown && value != null) ok(errors.length === 1, 'a refused product was not reported');
          el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-to-cart"]')?.click();
          el.addToCart();
          await el.updateComplete;
        });
      }),
      60,
    );
  });

  it('a list given any products and moments lists what it can and throws nothing', async () => {
    const list = fc.oneof(
      anything,
      fc.array(productValue, { maxLength: 6 }),
      fc.tuple(fc.array(validProduct(true), { minLength: 1, maxLength: 4 }), plan).map(([ps, p]) => applyMutations(ps, p).input),
    );
    const moments = fc.oneof(
      anything,
      fc.array(fc.record({ productId: fc.string(), start: fc.double(), end: fc.double() }, { requiredKeys: [] }), { maxLength: 5 }),
    );
    await checkAsync(
      fc.asyncProperty(list, moments, async (products, momentsValue) => {
        const el = document.createElement('shoppable-product-list') as ShoppableProductList;
        el.locale = 'en-GB';
        el.products = products as Product[];
        el.moments = momentsValue as never;
        await mounted(el, async (list) => {
          await list.updateComplete;
          const items = list.shadowRoot!.querySelectorAll('[part="list-item"]');
          items[0]?.querySelector('shoppable-product-card')?.addToCart();
          await list.updateComplete;
        });
      }),
      40,
    );
  });
});
