// The card's behaviour is a lazy chunk (product-card.behaviour). The tests run in order: the first two
// see the chunk not loaded yet, so the file must not render a card with a product before them.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { plainMug, variant } from '../fixtures/products.js';
import { record } from './record-events.js';

const mug = plainMug({
  options: [{ name: 'Colour', values: ['White', 'Blue'] }],
  variants: [variant('mug-white', { options: { Colour: 'White' }, available: false }), variant('mug-blue', { options: { Colour: 'Blue' } })],
});

/** Whether the page has fetched the card's view module. */
const viewFetched = () =>
  performance.getEntriesByType('resource').some((e) => e.name.includes('product-card.behaviour'));


const button = (el: ShoppableProductCard) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-to-cart"]');

describe('<shoppable-product-card> lazy behaviour', () => {
  it('without a product renders nothing, has no card styles and never loads its view', async () => {
    const el = await fixture<ShoppableProductCard>(html`<shoppable-product-card></shoppable-product-card>`);
    const { adds, errors } = record(el);
    el.addToCart();
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(el.variant).to.equal(undefined);
    expect(adds).to.have.length(0);
    expect(errors).to.have.length(0);
    expect(viewFetched()).to.equal(false);
  });

  it('an addToCart() made before the view arrives is made once it does, exactly once', async () => {
    const el = document.createElement('shoppable-product-card');
    el.locale = 'en-GB';
    el.product = mug;
    const { adds, errors } = record(el);
    document.body.append(el);
    try {
      el.addToCart();
      // The view cannot be here yet (no card has loaded it): the add waits for it.
      expect(adds).to.have.length(0);
      expect(el.variant).to.equal(undefined);
      await el.updateComplete;
      expect(viewFetched()).to.equal(true);
      expect(adds).to.have.length(1);
      expect(adds[0].detail.product).to.deep.equal(mug);
      // The default selection, not whatever an unrendered card would have had.
      expect(adds[0].detail.variant?.id).to.equal('mug-blue');
      expect(adds[0].detail.quantity).to.equal(1);
      expect(errors).to.have.length(0);
      expect(button(el)!.textContent!.trim()).to.equal('Added');
      expect(getComputedStyle(el).display).to.equal('block');
    } finally {
      el.remove();
    }
  });

  it('a card never put in the page still adds from addToCart()', async () => {
    const el = document.createElement('shoppable-product-card');
    el.product = { ...mug, id: 'detached' };
    const { adds } = record(el);
    el.addToCart();
    await waitUntil(() => adds.length > 0);
    // Let any duplicate arrive before counting.
    await new Promise((r) => setTimeout(r, 50));
    expect(adds).to.have.length(1);
    expect(adds[0].detail.product.id).to.equal('detached');
  });

  it('once the view is in, a new card renders in its first update and adds at once', async () => {
    const el = document.createElement('shoppable-product-card');
    el.product = mug;
    const { adds } = record(el);
    document.body.append(el);
    try {
      el.addToCart();
      expect(adds).to.have.length(1);
      expect(el.variant?.id).to.equal('mug-blue');
      await el.updateComplete;
      expect(button(el)).to.not.equal(null);
    } finally {
      el.remove();
    }
  });

  it('a card given its product after connecting loads and renders it', async () => {
    const el = await fixture<ShoppableProductCard>(html`<shoppable-product-card></shoppable-product-card>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    el.product = mug;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="card-title"]')!.textContent).to.equal('Plain mug');
    el.product = undefined;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="card"]')).to.equal(null);
  });

  it('speaks a built-in language once updateComplete resolves (its table is a chunk too)', async () => {
    for (const [locale, addToCart] of [
      ['fr-FR', 'Ajouter au panier'],
      ['ar', 'أضف إلى السلة'],
    ]) {
      const el = await fixture<ShoppableProductCard>(
        html`<shoppable-product-card locale=${locale} .product=${mug}></shoppable-product-card>`,
      );
      expect(button(el)!.textContent!.trim(), locale).to.equal(addToCart);
    }
  });
});
