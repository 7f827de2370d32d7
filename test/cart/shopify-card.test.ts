// A standalone card wired to the Shopify recipe, against the local Ajax Cart stand-in: a partial
// add (Shopify's 422 "Only N items were added to your cart.") reads as a success of what went in,
// with the new cart count, and the next press as the store's refusal. Pressed with real input, at
// phone and desktop sizes, in English and in Arabic.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { addToShopifyCart, shopifyCartHandler } from '../../src/cart/shopify.js';
import type { ShoppableAddToCartCompleteEvent, ShoppableErrorEvent } from '../../src/events.js';
import { musicBox } from '../fixtures/products.js';
import { clickAt, tap } from '../helpers/input.js';
import { waitUntil } from '../wait.js';
import { detail } from './helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const squash = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const status = (el: Element) => squash($(el, '[part="card-status"]'));
const label = (el: Element) => squash($(el, '[part="add-to-cart"]'));

const CASES = [
  { name: 'phone, English', viewport: { width: 390, height: 844 }, locale: 'en', added: 'Added 2', touch: true },
  { name: 'desktop, Arabic', viewport: { width: 1280, height: 800 }, locale: 'ar', added: `تمت إضافة الكمية: ${new Intl.NumberFormat('ar').format(2)}`, touch: false },
];

describe('<shoppable-product-card> with the Shopify recipe', () => {
  after(() => setViewport({ width: 800, height: 600 }));

  for (const c of CASES) {
    it(`shows a partial add as what went in, then the store's refusal (${c.name})`, async () => {
      await setViewport(c.viewport);
      const root = `/__shopify/card-${crypto.randomUUID()}/`;
      // One of the three teapots in stock is in the cart already.
      const teapot = musicBox({ id: 'teapot-03', title: 'Celadon teapot' });
      await addToShopifyCart(detail({ product: teapot, variant: undefined }), { root });
      const el = await fixture<ShoppableProductCard>(
        html`<shoppable-product-card locale=${c.locale} .product=${teapot}></shoppable-product-card>`,
      );
      el.addEventListener('shoppable-add-to-cart', shopifyCartHandler({ root }));
      const press = (target: Element) => (c.touch ? tap(target) : clickAt(target));
      await waitUntil(() => $(el, '[part="quantity"] button:last-of-type') && $(el, '[part="add-to-cart"]'));
      const plus = $<HTMLButtonElement>(el, '[part="quantity"] button:last-of-type');
      for (let i = 0; i < 3; i++) await press(plus);
      await waitUntil(() => $<HTMLInputElement>(el, '[part="quantity"] input').value === '4');

      const complete = oneEvent(el, 'shoppable-add-to-cart-complete') as Promise<ShoppableAddToCartCompleteEvent>;
      await press($(el, '[part="add-to-cart"]'));
      const { detail: done } = await complete;
      expect([done.quantity, done.result]).to.deep.equal([2, { quantity: 2, cartCount: 3 }]);
      // The button says what went in ("Added 2", not "Added"), until it is ready again.
      await waitUntil(() => label(el) === c.added, `label "${label(el)}"`);

      // Nothing left: the next press is refused, with the store's own words and Retry.
      const failed = oneEvent(el, 'shoppable-error') as Promise<ShoppableErrorEvent>;
      await waitUntil(() => $(el, '[part="add-to-cart"]').dataset.status === 'idle');
      await press($(el, '[part="add-to-cart"]'));
      const { detail: error } = await failed;
      expect([error.code, (error.cause as { reason: string }).reason]).to.deep.equal(['cart-failed', 'quantity-limited']);
      await waitUntil(() => status(el) === 'The maximum quantity of this item is already in your cart.', `status "${status(el)}"`);
      // The store's words keep their own direction in an Arabic card (its full stop at their end).
      expect($(el, '[part="card-status"]').dir).to.equal('auto');
      const cart = await (await fetch(`${root}cart.js`, { cache: 'no-store' })).json();
      expect(cart.item_count).to.equal(3);
    });
  }
});
