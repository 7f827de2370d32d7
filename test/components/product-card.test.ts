import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableAddToCartEvent, ShoppableErrorEvent } from '../../src/events.js';
import type { Product } from '../../src/types.js';
import { LULLABY, WALTZ, gbp, plainMug, specMusicBox } from '../fixtures/products.js';

// A third tune, the minuet, dearer than the others.
const musicBox = specMusicBox({
  image: '/demo/media/poster.jpg',
  options: [{ name: 'Tune', values: ['Waltz', 'Lullaby', 'Minuet'] }],
  variants: [WALTZ, LULLABY, { id: 'mb-minuet', title: 'Minuet', options: { Tune: 'Minuet' }, available: true, price: gbp(2299) }],
});

const plain = plainMug({ id: 'plain' });

async function card(product: Product, extra: Partial<ShoppableProductCard> = {}) {
  const el = await fixture<ShoppableProductCard>(
    html`<shoppable-product-card locale="en-GB" .product=${product}></shoppable-product-card>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector as string) as T;
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const button = (el: Element) => $<HTMLButtonElement>(el, '[part="add-to-cart"]');
const radio = (el: Element, value: string) =>
  $<HTMLInputElement>(el, `[part="option-value"] input[value="${value}"]`);

/** Handles every add the way a page with a synchronous cart does. */
function handleAdds(el: HTMLElement, handler: (e: ShoppableAddToCartEvent) => void = (e) => e.preventDefault()) {
  const seen: ShoppableAddToCartEvent[] = [];
  el.addEventListener('shoppable-add-to-cart', (e) => {
    seen.push(e);
    handler(e);
  });
  return seen;
}

describe('<shoppable-product-card>', () => {
  it('shows the image, title, price, compare-at price and discount', async () => {
    const el = await card(musicBox);
    const img = $<HTMLImageElement>(el, '[part="card-image"]');
    expect(img.getAttribute('src')).to.equal('/demo/media/poster.jpg');
    expect(img.alt).to.equal('Carousel music box');
    expect(img.loading).to.equal('lazy');
    expect(img.getAttribute('width')).to.equal('320');
    expect(img.getAttribute('height')).to.equal('320');
    expect(text(el, '[part="card-title"]')).to.equal('Carousel music box');
    expect(text(el, '[part="card-price"]')).to.equal('£19.99');
    expect(text(el, '[part="card-compare-price"] [aria-hidden]')).to.equal('£24.99');
    expect(text(el, '[part="card-compare-price"] .visually-hidden')).to.equal('Was £24.99');
    expect(text(el, '[part="card-discount"]')).to.equal('−20%');
  });

  it("shows the merchant's price in the asked currency, without a cross-currency discount", async () => {
    const el = await card(musicBox, { currency: 'USD', locale: 'en-US' });
    expect(text(el, '[part="card-price"]')).to.equal('$24.99');
    expect($(el, '[part="card-compare-price"]')).to.equal(null);
    expect($(el, '[part="card-discount"]')).to.equal(null);
    el.currency = 'JPY';
    el.locale = 'ja-JP';
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('￥3,800');
  });

  it('renders HTML in data as text and drops unsafe URLs', async () => {
    const el = await card({
      ...plain,
      title: '<img src=x onerror="window.__pwned = 1"><b>Bold</b>',
      url: 'javascript:alert(1)',
      image: 'javascript:alert(2)',
    });
    expect(text(el, '[part="card-title"]')).to.equal('<img src=x onerror="window.__pwned = 1"><b>Bold</b>');
    expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[href]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="card-link"]')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('resolves a localised title and marks its language', async () => {
    const el = await card({ ...plain, title: { en: 'Music box', ja: 'オルゴール' } }, { locale: 'ja-JP' });
    expect(text(el, '[part="card-title"]')).to.equal('オルゴール');
    expect($(el, '[part="card-title"]').getAttribute('lang')).to.equal('ja');
    expect($<HTMLImageElement>(el, 'img')).to.equal(null);
  });

  it('selects the first available variant and disables values no available variant has', async () => {
    const el = await card({
      ...musicBox,
      variants: [musicBox.variants[1], musicBox.variants[2], musicBox.variants[0]],
    });
    expect(radio(el, 'Minuet').checked).to.equal(true);
    expect(el.variant?.id).to.equal('mb-minuet');
    expect(radio(el, 'Lullaby').disabled).to.equal(true);
    expect(radio(el, 'Lullaby').getAttribute('aria-disabled')).to.equal('true');
    expect(radio(el, 'Waltz').disabled).to.equal(false);
    expect($(el, '[part="option"] legend').textContent).to.equal('Tune');
  });

  it('picking a value changes the variant, its price and the variant added', async () => {
    const el = await card(musicBox);
    expect(radio(el, 'Waltz').checked).to.equal(true);
    radio(el, 'Minuet').click();
    await el.updateComplete;
    expect(el.variant?.id).to.equal('mb-minuet');
    expect(text(el, '[part="card-price"]')).to.equal('£22.99');
    const adds = handleAdds(el);
    button(el).click();
    expect(adds).to.have.length(1);
    expect(adds[0].detail.variant?.id).to.equal('mb-minuet');
  });

  it('steps the quantity within 1..99 and adds that quantity', async () => {
    const el = await card(musicBox);
    const [minus, plus] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="quantity"] button');
    const input = $<HTMLInputElement>(el, '[part="quantity"] input');
    expect(minus.getAttribute('aria-label')).to.equal('Decrease quantity');
    expect(plus.getAttribute('aria-label')).to.equal('Increase quantity');
    expect(input.getAttribute('aria-label')).to.equal('Quantity');
    expect(input.value).to.equal('1');
    expect(minus.disabled).to.equal(true);
    plus.click();
    await el.updateComplete;
    plus.click();
    await el.updateComplete;
    expect(input.value).to.equal('3');
    minus.click();
    await el.updateComplete;
    expect(input.value).to.equal('2');

    input.focus();
    input.select();
    await sendKeys({ type: '150' });
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(input.value).to.equal('99');
    expect(plus.disabled).to.equal(true);

    const adds = handleAdds(el);
    button(el).click();
    expect(adds[0].detail.quantity).to.equal(99);
  });

  it('is sold out when the product is unavailable', async () => {
    const el = await card({ ...plain, available: false });
    expect(button(el).disabled).to.equal(true);
    expect(button(el).textContent!.trim()).to.equal('Sold out');
    const adds = handleAdds(el);
    button(el).click();
    expect(adds).to.have.length(0);
  });

  it('is sold out when the chosen variant is unavailable', async () => {
    const el = await card({
      ...musicBox,
      variants: [{ id: 'only', options: { Tune: 'Waltz' }, available: false }],
    });
    expect(el.variant?.id).to.equal('only');
    expect(button(el).disabled).to.equal(true);
    expect(button(el).textContent!.trim()).to.equal('Sold out');
  });

  it('moves the other options to an available variant when a pick names none', async () => {
    const el = await card({
      ...plain,
      options: [
        { name: 'Colour', values: ['Red', 'Blue'] },
        { name: 'Size', values: ['S', 'M'] },
      ],
      variants: [
        { id: 'red-s', options: { Colour: 'Red', Size: 'S' }, available: true },
        { id: 'red-m', options: { Colour: 'Red', Size: 'M' }, available: false },
        { id: 'blue-m', options: { Colour: 'Blue', Size: 'M' }, available: true },
      ],
    });
    expect(el.variant?.id).to.equal('red-s');
    radio(el, 'M').click();
    await el.updateComplete;
    expect(el.variant?.id).to.equal('blue-m');
    expect(radio(el, 'Blue').checked).to.equal(true);
    expect(button(el).disabled).to.equal(false);
  });

  it('dispatches shoppable-product-click from the View product link', async () => {
    const el = await card(musicBox, { showId: 'spring', clock: () => 12.5 });
    const link = $<HTMLAnchorElement>(el, '[part="card-link"]');
    expect(link.getAttribute('href')).to.equal('https://shop.example/products/music-box');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener');
    expect(link.textContent!.trim()).to.equal('View product');
    // Keep the test page from opening a tab; the card's event is what is under test.
    el.addEventListener('click', (e) => e.preventDefault());
    setTimeout(() => link.click());
    const event = await oneEvent(el, 'shoppable-product-click');
    expect(event.detail).to.deep.equal({ product: musicBox, currentTime: 12.5, showId: 'spring' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('dispatches shoppable-add-to-cart with the request and shows success', async () => {
    const el = await card(musicBox, { showId: 'spring', clock: () => 30 });
    const adds = handleAdds(el);
    button(el).click();
    expect(adds).to.have.length(1);
    const { detail } = adds[0];
    // The product as the card read it: equal to the typed product given, a copy of it.
    expect(detail.product).to.deep.equal(musicBox);
    expect(detail.variant?.id).to.equal('mb-waltz');
    expect(detail.quantity).to.equal(1);
    expect(detail.currentTime).to.equal(30);
    expect(detail.showId).to.equal('spring');
    expect(detail.requestId).to.be.a('string').and.not.equal('');
    await el.updateComplete;
    expect(button(el).textContent!.trim()).to.equal('Added');
    expect(text(el, '[role="status"]')).to.equal('Carousel music box added to cart');
  });

  it('shows pending while the page works, ignores presses, then the result', async () => {
    const el = await card(musicBox);
    let resolve!: (v: { quantity: number }) => void;
    const adds = handleAdds(el, (e) => e.detail.waitUntil(new Promise((r) => (resolve = r))));
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).querySelector('.spinner')).to.not.equal(null);
    expect(button(el).textContent!.trim()).to.equal('Adding…');
    button(el).click();
    expect(adds).to.have.length(1);
    resolve({ quantity: 1 });
    await waitUntil(() => button(el).textContent!.trim() === 'Added');
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('shows why an add failed, and Retry sends a fresh request', async () => {
    const el = await card(musicBox);
    const adds = handleAdds(el, (e) =>
      e.detail.waitUntil(
        adds.length === 1
          ? Promise.reject(Object.assign(new Error(''), { reason: 'login-required' }))
          : Promise.resolve(),
      ),
    );
    el.addEventListener('shoppable-error', (e) => e.stopPropagation());
    button(el).click();
    await waitUntil(() => $(el, '[part="card-status"]'));
    expect(text(el, '[part="card-status"]')).to.equal('Please sign in to add to your cart.');
    expect(text(el, '[role="status"]')).to.equal('Please sign in to add to your cart.');
    const retry = $<HTMLButtonElement>(el, '[part="retry"]');
    expect(retry.textContent!.trim()).to.equal('Retry');
    retry.click();
    expect(adds).to.have.length(2);
    expect(adds[1].detail.requestId).to.not.equal(adds[0].detail.requestId);
    expect(adds[1].detail.variant?.id).to.equal('mb-waltz');
    await waitUntil(() => button(el).textContent!.trim() === 'Added');
    expect($(el, '[part="retry"]')).to.equal(null);
  });

  it('times out after cart-timeout', async () => {
    const el = await card(musicBox, { cartTimeout: 50 });
    handleAdds(el, (e) => e.detail.waitUntil(new Promise(() => {})));
    el.addEventListener('shoppable-error', (e) => e.stopPropagation());
    button(el).click();
    await waitUntil(() => $(el, '[part="card-status"]'));
    expect(text(el, '[part="card-status"]')).to.equal('The store did not answer in time.');
    expect($(el, '[part="retry"]')).to.not.equal(null);
  });

  it('refuses an add when the product is unavailable in the region', async () => {
    const el = await card(musicBox, { unavailableReason: 'region-unavailable' });
    expect(text(el, '[part="card-status"]')).to.equal('This product cannot be delivered to your region.');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    const adds = handleAdds(el);
    const errors: ShoppableErrorEvent[] = [];
    el.addEventListener('shoppable-error', (e) => errors.push(e));
    button(el).click();
    await el.updateComplete;
    expect(adds).to.have.length(0);
    expect(errors[0].detail.code).to.equal('cart-failed');
    expect(text(el, '[part="card-status"]')).to.equal('This product cannot be delivered to your region.');
    expect($(el, '[part="retry"]')).to.equal(null);
  });

  it('compact form shows image, title, price and Add to cart only, adding the default variant', async () => {
    // One purchasable variant (the minuet sold out too): the compact card keeps its one-tap add.
    const oneTune = {
      ...musicBox,
      variants: musicBox.variants.map((v) => (v.id === 'mb-minuet' ? { ...v, available: false } : v)),
    };
    const el = await card(oneTune, { compact: true });
    expect(el.hasAttribute('compact')).to.equal(true);
    for (const part of ['card-image', 'card-title', 'card-price', 'add-to-cart']) {
      expect($(el, `[part="${part}"]`), part).to.not.equal(null);
    }
    for (const part of ['card-options', 'quantity', 'card-link']) {
      expect($(el, `[part="${part}"]`), part).to.equal(null);
    }
    const adds = handleAdds(el);
    button(el).click();
    expect(adds[0].detail.variant?.id).to.equal('mb-waltz');
    expect(adds[0].detail.quantity).to.equal(1);
  });

  it('takes string overrides', async () => {
    const el = await card(musicBox, { strings: { addToCart: 'Buy now', viewProduct: 'Details' } });
    expect(button(el).textContent!.trim()).to.equal('Buy now');
    expect(text(el, '[part="card-link"]')).to.equal('Details');
  });

  it('exposes its parts', async () => {
    const el = await card(musicBox);
    for (const part of [
      'card',
      'card-image',
      'card-title',
      'card-price',
      'card-compare-price',
      'card-discount',
      'card-options',
      'option',
      'option-value',
      'quantity',
      'add-to-cart',
      'card-link',
    ]) {
      expect($(el, `[part="${part}"]`), part).to.not.equal(null);
    }
  });

  it('is accessible', async () => {
    await expect(await card(musicBox)).to.be.accessible();
  });

  it('is accessible in the compact form', async () => {
    await expect(await card(musicBox, { compact: true })).to.be.accessible();
  });

  it('is accessible when sold out or not sold in the region', async () => {
    await expect(await card({ ...plain, available: false })).to.be.accessible();
    await expect(await card(musicBox, { unavailableReason: 'region-unavailable' })).to.be.accessible();
  });

  it('is accessible in the dark appearance', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await card(musicBox);
      const bg = getComputedStyle($(el, '[part="card"]')).backgroundColor;
      expect(bg).to.equal('rgb(31, 31, 36)');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
