import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableProductClickEvent } from '../../src/events.js';
import type { Product } from '../../src/types.js';
import * as fixtures from '../fixtures/products.js';
import { LULLABY, TUNE, WALTZ, gbp, variant } from '../fixtures/products.js';
import { record } from './record-events.js';
import { tap } from '../helpers/input.js';

// Three colours, the green sold out: two purchasable variants, so the shopper chooses.
const kite = fixtures.kite({
  image: '/demo/img/kite.svg',
  options: [{ name: 'Colour', values: ['Red', 'Blue', 'Green'] }],
  variants: [
    variant('kt-red', { options: { Colour: 'Red' } }),
    variant('kt-blue', { options: { Colour: 'Blue' } }),
    variant('kt-green', { options: { Colour: 'Green' }, available: false }),
  ],
});

// Two variants, one sold out: one purchasable variant, so one tap adds it.
const musicBox = fixtures.musicBox({
  image: '/demo/img/music-box.svg',
  price: gbp(800),
  compareAtPrice: gbp(1200),
  options: [TUNE],
  variants: [variant(WALTZ, { title: undefined }), variant(LULLABY, { title: undefined })],
});

async function card(product: Product, attrs: { locale?: string; chip?: boolean } = {}) {
  const el = await fixture<ShoppableProductCard>(
    html`<shoppable-product-card compact ?chip=${!!attrs.chip} locale=${attrs.locale ?? 'en-GB'} .product=${product}
      style=${attrs.chip ? 'width: 256px; height: 52px' : ''}></shoppable-product-card>`,
  );
  await el.updateComplete;
  return el;
}
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

describe('<shoppable-product-card compact>: choosing is explicit (real taps, 390×844)', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  afterEach(() => resetMouse());

  it('offers "Choose options" for several purchasable variants, opens them inline, then adds the chosen one', async () => {
    const el = await card(kite);
    const { adds } = record(el);
    expect($(el, '[part~="add-to-cart"]')).to.equal(null);
    expect($(el, '[part~="card-options"]')).to.equal(null);
    const choose = $(el, '[part~="choose-options"]')!;
    expect(choose.textContent!.trim()).to.equal('Choose options');
    await tap(choose);
    await el.updateComplete;
    expect(adds).to.have.length(0);
    expect($(el, '[part~="card-options"]')).to.not.equal(null);
    expect($(el, '[part~="choose-options"]')).to.equal(null);
    await tap($(el, '[part~="option-value"]:nth-child(2)')!); // Blue
    await el.updateComplete;
    await tap($(el, '[part~="add-to-cart"]')!);
    expect(adds).to.have.length(1);
    expect(adds[0].detail.variant?.id).to.equal('kt-blue');
    expect(adds[0].detail.quantity).to.equal(1);
  });

  it('keeps the one-tap add for a product with one purchasable variant', async () => {
    const el = await card(musicBox);
    const { adds } = record(el);
    expect($(el, '[part~="choose-options"]')).to.equal(null);
    await tap($(el, '[part~="add-to-cart"]')!);
    expect(adds).to.have.length(1);
    expect(adds[0].detail.variant?.id).to.equal('mb-waltz');
  });

  it('says "Choose options" in every built-in language', async () => {
    const expected: Record<string, string> = {
      ar: 'اختر الخيارات',
      de: 'Optionen wählen',
      es: 'Elegir opciones',
      fr: 'Choisir les options',
      ja: 'オプションを選択',
      'zh-CN': '选择规格',
    };
    for (const [locale, label] of Object.entries(expected)) {
      const el = await card(kite, { locale });
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect($(el, '[part~="choose-options"]')!.textContent!.trim(), locale).to.equal(label);
    }
  });

  for (const part of ['card-image', 'card-title']) {
    it(`a tap on the ${part.slice(5)} tells the page (shoppable-product-click) and opens the options`, async () => {
      const el = await card(kite);
      const { adds } = record(el);
      const clicked = oneEvent(el, 'shoppable-product-click') as Promise<ShoppableProductClickEvent>;
      const target = $(el, `[part~="${part}"]`)!;
      await new Promise((r) => (target instanceof HTMLImageElement && !target.complete ? target.addEventListener('load', r) : r(0)));
      await tap(target);
      const { detail } = await clicked;
      expect(detail.product.id).to.equal('kite-05');
      await el.updateComplete;
      expect($(el, '[part~="card-options"]')).to.not.equal(null);
      expect(adds).to.have.length(0);
    });
  }

  it('the chip form fits image, price and one button in its box, and a tap on its image opens the product', async () => {
    const el = await card(kite, { chip: true });
    const box = el.getBoundingClientRect();
    for (const part of ['card-image', 'card-price', 'choose-options']) {
      const r = $(el, `[part~="${part}"]`)!.getBoundingClientRect();
      expect(r.width, part).to.be.greaterThan(0);
      expect(r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5, part).to
        .be.true;
    }
    // The title's button lies over the image: a tap on the picture, and the focus ring, land there.
    const image = $(el, '[part~="card-image"]')!.getBoundingClientRect();
    const open = $(el, '[part~="card-open"]')!;
    const r = open.getBoundingClientRect();
    expect([r.left, r.top, r.width, r.height].map(Math.round)).to.deep.equal(
      [image.left, image.top, image.width, image.height].map(Math.round),
    );
    const clicked = oneEvent(el, 'shoppable-product-click');
    await tap(open);
    await clicked;
    await expect(el).to.be.accessible();
  });

  it('is accessible with "Choose options" and with its options opened', async () => {
    const el = await card(kite);
    await expect(el).to.be.accessible();
    await tap($(el, '[part~="choose-options"]')!);
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('<shoppable-product-card>: figures right to left', () => {
  const digits = (text: string) => [...new Set(text.match(/\p{Nd}/gu)!.map((d) => d.codePointAt(0)! >> 4))];

  for (const locale of ['ar', 'ar-EG']) {
    it(`${locale}: the price is Intl's text, isolated, and the discount uses the same digits`, async () => {
      const el = await card(musicBox, { locale });
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      const price = $(el, '[part~="card-price"]')!;
      expect(price.textContent).to.equal(new Intl.NumberFormat(locale, { style: 'currency', currency: 'GBP' }).format(8));
      expect(getComputedStyle(price).unicodeBidi).to.equal('isolate');
      expect(getComputedStyle(price).direction).to.equal('rtl');
      // The currency symbol is a left-to-right island inside it: "UK£" is never drawn as "£UK".
      const currency = price.querySelector('.currency')!;
      expect(currency.textContent).to.equal('UK£');
      expect(getComputedStyle(currency).direction).to.equal('ltr');
      expect(getComputedStyle(currency).unicodeBidi).to.equal('isolate');
      const badge = $(el, '[part~="card-discount"]')!;
      expect(getComputedStyle(badge).unicodeBidi).to.equal('isolate');
      expect(badge.textContent).to.contain(new Intl.NumberFormat(locale, { style: 'percent' }).format(0.33));
      expect(badge.textContent).to.not.match(/%.*%/);
      expect(digits(badge.textContent!)).to.deep.equal(digits(price.textContent!));
      expect($(el, '[part~="card"]')!.getAttribute('dir')).to.equal('rtl');
    });
  }

  it('ar-EG draws Arabic-Indic digits everywhere, the currency to the left of the figure', async () => {
    const el = await card(musicBox, { locale: 'ar-EG' });
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    const price = $(el, '[part~="card-price"]')!;
    expect(digits(price.textContent!)).to.deep.equal([0x066]);
    // Right to left, the figure reads first (on the right) and "UK£" follows it (on its left).
    const currency = price.querySelector('.currency')!.getBoundingClientRect();
    const range = document.createRange();
    range.selectNodeContents(price);
    const whole = range.getBoundingClientRect();
    expect(currency.left).to.be.closeTo(whole.left, 1);
    expect(currency.right).to.be.lessThan(whole.right - 10);
    // And "UK£" reads U, K, £ from left to right (unisolated, the £ drifts to the far left).
    const text = [...price.querySelector('.currency')!.childNodes].find((n): n is Text => n instanceof Text && n.data !== '')!;
    const glyph = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().left;
    };
    expect(text.data).to.equal('UK£');
    expect(glyph(0)).to.be.lessThan(glyph(1));
    expect(glyph(1)).to.be.lessThan(glyph(2));
  });
});
