// The card and the list used alone, given what the show document holds: its raw JSON products and
// moments render and sell; bad data is one `shoppable-error` and never an uncaught exception.
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import '../../src/components/product-list/product-list.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableProductList } from '../../src/components/product-list/product-list.component.js';
import { validateProduct, validateShow } from '../../src/core/show.js';
import { resolveText } from '../../src/core/text.js';
import type { Product } from '../../src/types.js';
import { clickAt } from '../helpers/input.js';
import { record } from './record-events.js';

type Json = { products: Record<string, unknown>[]; moments: unknown[] };
let json: Json;
const uncaught: string[] = [];
const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element | null | undefined, selector: string) =>
  el?.shadowRoot?.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
const raw = (id: string) => structuredClone(json.products.find((p) => p.id === id)!);

/** A real click at the centre of the card's Add to cart, scrolled into view first. */
async function pressAdd(card: Element): Promise<void> {
  const button = $(card, '[part="add-to-cart"]')!;
  button.scrollIntoView({ block: 'center' });
  await clickAt(button);
}

async function card(product: unknown, locale = 'en-GB') {
  const el = await fixture<ShoppableProductCard>(html`<shoppable-product-card locale=${locale}></shoppable-product-card>`);
  const events = record(el);
  el.product = product as Product;
  await el.updateComplete;
  return { el, ...events };
}

async function list(products: unknown, moments: unknown = []) {
  const el = await fixture<ShoppableProductList>(html`<shoppable-product-list locale="en-GB"></shoppable-product-list>`);
  const events = record(el);
  el.products = products as Product[];
  el.moments = moments as never;
  await el.updateComplete;
  return { el, ...events };
}

describe('standalone <shoppable-product-card> and <shoppable-product-list> with show-shaped data', () => {
  before(async () => {
    json = (await (await fetch('/demo/shows/spring-launch.json')).json()) as Json;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  beforeEach(() => setViewport({ width: 390, height: 844 }));
  afterEach(async () => {
    await resetMouse();
    expect(uncaught, 'uncaught').to.deep.equal([]);
    uncaught.length = 0;
  });

  for (const id of ['music-box-01', 'lantern-02', 'fan-04', 'tea-06']) {
    it(`a card given the raw JSON of ${id} shows its title and price and adds it with a real click`, async () => {
      const product = raw(id);
      const { el, adds, errors } = await card(product);
      expect(text(el, '[part="card-title"]')).to.equal(resolveText(product.title as string, 'en-GB').text);
      const amount = (product.price as { amount: number }).amount;
      expect(text(el, '[part="card-price"]')).to.equal(`£${(amount / 100).toFixed(2)}`);
      await pressAdd(el);
      expect(adds).to.have.length(1);
      expect(adds[0].detail.product.id).to.equal(id);
      // The product as read, not the raw object: its defaults are there for the page's handler.
      expect(adds[0].detail.product).to.deep.equal(validateProduct(product).product);
      expect(adds[0].detail.product.variants).to.be.an('array');
      expect(errors).to.have.length(0);
    });
  }

  it('a card reads text given per language for its locale, right to left in Arabic, and sells at desktop size', async () => {
    await setViewport({ width: 1280, height: 800 });
    const fan = raw('fan-04');
    fan.title = { en: 'Paper fan', ar: 'مروحة ورقية' };
    const { el, adds, errors } = await card(fan, 'ar');
    expect(text(el, '[part="card-title"]')).to.equal('مروحة ورقية');
    expect($(el, '[part="card"]')!.getAttribute('dir')).to.equal('rtl');
    await pressAdd(el);
    expect(adds.map((a) => a.detail.product.id)).to.deep.equal(['fan-04']);
    expect(errors).to.have.length(0);
  });

  it('a list given the raw JSON products and moments lists them all and adds from a card with a real click', async () => {
    const { el, adds, errors } = await list(structuredClone(json.products), structuredClone(json.moments));
    const items = [...el.shadowRoot!.querySelectorAll('[part="list-item"]')];
    expect(items.map((i) => i.getAttribute('data-product-id'))).to.deep.equal(json.products.map((p) => p.id));
    expect(text(el, '[part="list-title"]')).to.equal(`Products (${json.products.length})`);
    // Every product with a moment has its "Watch the moment".
    const withMoment = new Set((json.moments as { productId: string }[]).map((m) => m.productId));
    expect(el.shadowRoot!.querySelectorAll('[part="watch-moment"]')).to.have.length(withMoment.size);
    const cardOf = (id: string) => items.find((i) => i.getAttribute('data-product-id') === id)!.querySelector('shoppable-product-card')!;
    // The teapot's JSON says it is sold out, with no variants to say otherwise.
    expect(text(cardOf('teapot-03'), '[part="add-to-cart"]')).to.equal('Sold out');
    const tea = cardOf('tea-06');
    expect(text(tea, '[part="card-price"]')).to.equal('£6.50');
    await pressAdd(tea);
    expect(adds.map((a) => a.detail.product.id)).to.deep.equal(['tea-06']);
    expect(errors).to.have.length(0);
  });

  const bad: [string, unknown, string, boolean][] = [
    ['missing id', { title: 'No id', price: { amount: 100, currency: 'GBP' } }, 'product.id: missing', false],
    ['price as a string', { id: 'p', title: 'Priced in text', price: '19.99' }, 'product.price: must be an object with amount and currency', true],
    ['title as a number', { id: 'p', title: 42 }, 'product.title: must be a string or a map of language tags to strings', false],
    ['a number', 42, 'product: must be an object', false],
    ['an array', [{ id: 'p', title: 'In an array' }], 'product: must be an object', false],
    ['a string', 'music-box-01', 'product: must be an object', false],
    ['variants not an array', { id: 'p', title: 'Odd variants', variants: { id: 'v' } }, 'product.variants: must be an array', true],
  ];
  for (const [name, value, issue, shown] of bad) {
    it(`a card given ${name} reports one show-invalid error naming it and ${shown ? 'shows the rest' : 'shows nothing'}`, async () => {
      const { el, errors } = await card(value);
      expect(errors).to.have.length(1);
      const { code, fatal, message, cause } = errors[0].detail;
      expect({ code, fatal }).to.deep.equal({ code: 'show-invalid', fatal: false });
      expect(message).to.equal(`<shoppable-product-card>: 1 invalid entry skipped: ${issue}`);
      expect(cause).to.be.an('array').with.length(1);
      expect(!!$(el, '[part="card"]')).to.equal(shown);
      if (shown) expect($(el, '[part="card-price"]')).to.equal(null);
      // Nothing more comes on later updates: the error belongs to the value, reported once.
      el.locale = 'de-DE';
      await el.updateComplete;
      expect(errors).to.have.length(1);
    });
  }

  it('a card given null or nothing shows nothing and reports nothing (null clears a card)', async () => {
    const { el, errors } = await card(raw('fan-04'));
    el.product = null as unknown as Product;
    await el.updateComplete;
    expect($(el, '[part="card"]')).to.equal(null);
    el.product = undefined;
    await el.updateComplete;
    expect(errors).to.have.length(0);
  });

  it('a card given bad data and then a good product shows the good one', async () => {
    const { el, errors, adds } = await card({ id: 7 });
    expect(errors).to.have.length(1);
    el.product = raw('fan-04') as unknown as Product;
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('£8.00');
    await pressAdd(el);
    expect(adds).to.have.length(1);
    expect(errors).to.have.length(1);
  });

  it('a list skips bad entries, lists the rest, and names each problem in one error', async () => {
    const products = [
      raw('fan-04'),
      { title: 'No id' },
      null,
      42,
      [],
      { id: 'p', title: 7 },
      { id: 'q', title: 'Priced in text', price: '19.99' },
      raw('fan-04'),
    ];
    const moments = [{ productId: 'fan-04', start: 3, end: 9 }, { productId: 'q', start: 'soon', end: 9 }, null];
    const { el, errors } = await list(products, moments);
    const ids = [...el.shadowRoot!.querySelectorAll('[part="list-item"]')].map((i) => i.getAttribute('data-product-id'));
    expect(ids).to.deep.equal(['fan-04', 'q']);
    expect(errors).to.have.length(1);
    const paths = (errors[0].detail.cause as { path: string }[]).map((i) => i.path);
    expect(paths).to.deep.equal([
      'products[1].id',
      'products[2]',
      'products[3]',
      'products[4]',
      'products[5].title',
      'products[6].price',
      'products[7].id',
      'moments[1].start',
      'moments[2]',
    ]);
    expect(errors[0].detail.message).to.match(/^<shoppable-product-list>: 9 invalid entries skipped: products\[1\]\.id: missing; /);
    // The cards inside got products already read: no second report from them.
    await el.updateComplete;
    expect(errors).to.have.length(1);
    expect(el.shadowRoot!.querySelectorAll('[part="watch-moment"]')).to.have.length(1);
  });

  it('a list given something that is not an array reports it and shows its empty state', async () => {
    const { el, errors } = await list({ 0: raw('fan-04') }, 'moments');
    expect(el.shadowRoot!.querySelectorAll('[part="list-item"]')).to.have.length(0);
    expect(errors).to.have.length(1);
    expect((errors[0].detail.cause as { path: string }[]).map((i) => i.path)).to.deep.equal(['products', 'moments']);
  });

  it('products from validateShow are used as they are, not read again', async () => {
    const { show } = validateShow(json);
    const product = show.products.find((p) => p.id === 'tea-06')!;
    expect(validateProduct(product).product).to.equal(product);
    const one = await card(product);
    await pressAdd(one.el);
    expect(one.adds[0].detail.product).to.equal(product);
    const many = await list(show.products, show.moments);
    await pressAdd(many.el.shadowRoot!.querySelector('[data-product-id="tea-06"] shoppable-product-card')!);
    expect(many.adds[0].detail.product).to.equal(product);
    expect([...one.errors, ...many.errors]).to.have.length(0);
  });
});
