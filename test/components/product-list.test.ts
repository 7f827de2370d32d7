import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/product-list/product-list.js';
import type { ShoppableProductList } from '../../src/components/product-list/product-list.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { resolveMarket } from '../../src/core/market.js';
import type { Moment, Product } from '../../src/types.js';
import { gbp, makeProduct } from '../fixtures/products.js';

const product = (id: string, title: string, amount: number): Product =>
  makeProduct({ id, title, url: `https://shop.example/products/${id}`, image: '/demo/media/poster.jpg', price: gbp(amount) });

const products = [
  product('music-box', 'Carousel music box', 1999),
  product('lamp', 'Paper lamp', 2900),
  product('tea', 'Oolong tea', 1200),
];

const moments: Moment[] = [
  { productId: 'lamp', start: 20, end: 30 },
  { productId: 'music-box', start: 40, end: 50 },
  { productId: 'music-box', start: 12.5, end: 18 },
];

async function list(extra: Partial<ShoppableProductList> = {}) {
  const el = await fixture<ShoppableProductList>(
    html`<shoppable-product-list
      locale="en-GB"
      show-id="spring"
      .products=${products}
      .moments=${moments}
    ></shoppable-product-list>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list-item"]')];
const cards = (el: Element) => [...el.shadowRoot!.querySelectorAll<ShoppableProductCard>('shoppable-product-card')];
const part = <T extends HTMLElement = HTMLElement>(el: Element, name: string) =>
  el.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;

describe('<shoppable-product-list>', () => {
  // First in the file: the view chunk and the German table are not loaded yet when it starts.
  it('renders once its lazy view arrives, with properties set before it was connected', async () => {
    const el = document.createElement('shoppable-product-list');
    el.locale = 'de-DE';
    el.products = products;
    el.moments = moments;
    el.activeIds = new Set(['tea']);
    document.body.append(el);
    try {
      await el.updateComplete;
      // The strings table came lazily too: the first full render is already in German.
      expect(part(el, 'list-title').textContent).to.equal('Produkte (3)');
      expect(items(el).map((i) => i.dataset.productId)).to.deep.equal(['music-box', 'lamp', 'tea']);
      const watch = items(el)[0].querySelector('[part="watch-moment"]')!;
      expect(watch.textContent!.trim()).to.equal('Moment ansehen');
      expect(items(el)[2].querySelector('[part="now-showing"]')!.textContent).to.equal('Jetzt zu sehen');
      // The list's rules were adopted with the view.
      expect(getComputedStyle(el).display).to.equal('block');
      expect(getComputedStyle(part(el, 'product-list')).display).to.equal('flex');
    } finally {
      el.remove();
    }
  });

  it('lists every product as a full card with the list settings passed down', async () => {
    const clock = () => 7;
    const el = await list({ currency: 'GBP', clock, cartTimeout: 5000, strings: { addToCart: 'Buy' } });
    expect(part(el, 'list-title').textContent).to.equal('Products (3)');
    const all = cards(el);
    expect(all.map((c) => c.product?.id)).to.deep.equal(['music-box', 'lamp', 'tea']);
    for (const c of all) {
      await c.updateComplete;
      expect(c.compact).to.equal(false);
      expect(c.locale).to.equal('en-GB');
      expect(c.currency).to.equal('GBP');
      expect(c.showId).to.equal('spring');
      expect(c.clock).to.equal(clock);
      expect(c.cartTimeout).to.equal(5000);
      expect(c.getAttribute('exportparts')).to.include('add-to-cart').and.include('card-title');
    }
    const title = all[1].shadowRoot!.querySelector('[part="card-title"]')!.textContent;
    expect(title).to.equal('Paper lamp');
    const buy = all[0].shadowRoot!.querySelector('[part="add-to-cart"]')!.textContent!.trim();
    expect(buy).to.equal('Buy');
  });

  it('passes the market and rates down to every card', async () => {
    const market = resolveMarket(undefined, { country: 'US', currency: 'USD', locale: 'en-US' });
    const rates = { base: 'GBP', USD: 1.27 };
    const el = await list({ market, rates });
    const all = cards(el);
    for (const c of all) {
      await c.updateComplete;
      expect(c.market).to.equal(market);
      expect(c.rates).to.equal(rates);
    }
    // Priced in GBP only: the merchant's own price, with a marked approximate figure in USD.
    const price = (c: Element, name: string) => c.shadowRoot!.querySelector(`[part="${name}"]`)?.textContent;
    expect(price(all[0], 'card-price')).to.equal('£19.99');
    expect(price(all[0], 'card-approx-price')).to.equal('≈ US$25.39');
    el.market = undefined;
    await el.updateComplete;
    await all[0].updateComplete;
    expect(price(all[0], 'card-approx-price')).to.equal(undefined);
  });

  it('leaves out products it cannot deliver to the market only with hideUnavailable', async () => {
    const withLimits = [
      products[0],
      { ...products[1], shipsTo: ['GB'] },
      { ...products[2], title: { en: 'Oolong tea', 'zh-Hans': '乌龙茶' }, excludedCountries: ['US'] },
    ];
    const market = resolveMarket(undefined, { country: 'US' });
    const el = await list({ products: withLimits, market });
    expect(cards(el).map((c) => c.product?.id)).to.deep.equal(['music-box', 'lamp', 'tea']);
    const lamp = cards(el)[1];
    await lamp.updateComplete;
    expect(part(lamp, 'card-status').textContent!.trim()).to.equal('Not available in your region');
    el.setAttribute('hide-unavailable', '');
    await el.updateComplete;
    expect(cards(el).map((c) => c.product?.id)).to.deep.equal(['music-box']);
    expect(part(el, 'list-title').textContent).to.equal('Products (1)');
    el.market = resolveMarket(undefined, { country: 'GB', locale: 'zh-CN' });
    el.locale = undefined;
    await el.updateComplete;
    expect(cards(el).map((c) => c.product?.id)).to.deep.equal(['music-box', 'lamp', 'tea']);
    const tea = cards(el)[2];
    await tea.updateComplete;
    expect(part(tea, 'card-title').textContent).to.equal('乌龙茶');
  });

  it('takes a custom heading', async () => {
    const el = await list({ heading: 'In this show' });
    expect(part(el, 'list-title').textContent).to.equal('In this show');
  });

  it("Watch the moment seeks to the product's first moment; products without one have no button", async () => {
    const el = await list();
    const [box, lamp, tea] = items(el);
    expect(tea.querySelector('[part="watch-moment"]')).to.equal(null);
    const watch = box.querySelector<HTMLButtonElement>('[part="watch-moment"]')!;
    expect(watch.textContent!.trim()).to.equal('Watch the moment');
    expect(watch.getAttribute('aria-label')).to.equal('Watch the moment: Carousel music box');
    setTimeout(() => watch.click());
    const event = await oneEvent(el, 'shoppable-seek-request');
    expect(event.detail).to.deep.equal({ time: 12.5, productId: 'music-box' });
    expect(event.bubbles && event.composed).to.equal(true);
    setTimeout(() => lamp.querySelector<HTMLButtonElement>('[part="watch-moment"]')!.click());
    expect((await oneEvent(el, 'shoppable-seek-request')).detail.time).to.equal(20);
  });

  it('marks the products on screen now', async () => {
    const el = await list({ activeIds: new Set(['lamp']) });
    const [box, lamp] = items(el);
    expect(lamp.getAttribute('aria-current')).to.equal('true');
    expect(lamp.hasAttribute('data-active')).to.equal(true);
    expect(lamp.querySelector('[part="now-showing"]')!.textContent).to.equal('Now showing');
    expect(box.getAttribute('aria-current')).to.equal('false');
    expect(box.querySelector('[part="now-showing"]')).to.equal(null);
    el.activeIds = new Set(['music-box']);
    await el.updateComplete;
    expect(items(el)[0].getAttribute('aria-current')).to.equal('true');
    expect(items(el)[1].querySelector('[part="now-showing"]')).to.equal(null);
  });

  it('fires shoppable-list-close from the close button', async () => {
    const el = await list();
    const close = part<HTMLButtonElement>(el, 'list-close');
    expect(close.getAttribute('aria-label')).to.equal('Close products');
    setTimeout(() => close.click());
    const event = await oneEvent(el, 'shoppable-list-close');
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('fires shoppable-list-close on Escape inside the list', async () => {
    const el = await list();
    // From inside a card's own shadow root: keydown is composed, so it reaches the list.
    const card = cards(el)[0];
    await card.updateComplete;
    part<HTMLButtonElement>(card, 'add-to-cart').focus();
    card.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault());
    let closed = 0;
    el.addEventListener('shoppable-list-close', () => closed++);
    await sendKeys({ press: 'Escape' });
    expect(closed).to.equal(1);
    await sendKeys({ press: 'Enter' });
    expect(closed).to.equal(1);
  });

  it('shows the empty slot, with a default message, when there are no products', async () => {
    const el = await list({ products: [] });
    expect(items(el)).to.have.length(0);
    expect(part(el, 'list-title').textContent).to.equal('Products (0)');
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.textContent).to.equal('No products in this show yet.');
    const custom = await fixture<ShoppableProductList>(
      html`<shoppable-product-list><p slot="empty">Coming soon</p></shoppable-product-list>`,
    );
    const assigned = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!.assignedElements();
    expect(assigned.map((e) => e.textContent)).to.deep.equal(['Coming soon']);
  });

  it('exposes its parts', async () => {
    const el = await list({ activeIds: new Set(['music-box']) });
    for (const name of ['product-list', 'list-header', 'list-title', 'list-close', 'list-item', 'watch-moment', 'now-showing']) {
      expect(part(el, name), name).to.not.equal(null);
    }
  });

  it('is accessible', async () => {
    await expect(await list({ activeIds: new Set(['lamp']) })).to.be.accessible();
  });

  it('is accessible when empty', async () => {
    await expect(await list({ products: [] })).to.be.accessible();
  });

  it('is accessible in the dark appearance', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      await expect(await list({ activeIds: new Set(['lamp']) })).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
