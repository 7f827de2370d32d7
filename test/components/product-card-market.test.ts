import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/product-card/product-card.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { resolveMarket } from '../../src/core/market.js';
import { registerStrings } from '../../src/core/strings.js';
import type { Market, Product, Rates, Show } from '../../src/types.js';
import * as fixtures from '../fixtures/products.js';
import { WALTZ, money, variant } from '../fixtures/products.js';
import { MARKETS } from '../fixtures/shows.js';
import { record } from './record-events.js';

const markets: Market[] = [MARKETS.uk, MARKETS.us, MARKETS.jp, MARKETS.de, MARKETS.cn];
const show = { markets, currency: 'GBP', locale: 'en-GB' } satisfies Pick<Show, 'markets' | 'currency' | 'locale'>;
const market = (id: string) => resolveMarket(show, { market: id });
const rates: Rates = { base: 'CNY', GBP: 0.11, USD: 0.14, JPY: 21.2 };

const musicBox = fixtures.specMusicBox({
  title: { en: 'Carousel music box', 'zh-Hans': '旋转木马音乐盒' },
  description: { en: 'Hand-cranked, plays two tunes.', 'zh-Hans': '手摇式，可演奏两首曲子。' },
  url: undefined,
  image: undefined,
  options: [{ name: 'Tune', label: { en: 'Tune', 'zh-Hans': '曲目' }, values: ['Waltz'] }],
  variants: [variant(WALTZ, { title: undefined })],
});

/** Priced by a Guangzhou merchant in CNY and USD only. */
const lantern = fixtures.lantern({
  url: undefined,
  price: money(17900, 'CNY'),
  prices: [money(2599, 'USD')],
  shipsTo: ['GB', 'US', 'CN'],
  excludedCountries: ['US'],
});

async function card(product: Product, extra: Partial<ShoppableProductCard> = {}) {
  const el = await fixture<ShoppableProductCard>(
    html`<shoppable-product-card .product=${product} .market=${extra.market}></shoppable-product-card>`,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  return el;
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const text = (el: Element, selector: string) => $(el, selector)?.textContent?.replace(/\s+/g, ' ').trim();
const spoken = (el: Element) => text(el, '.price > .visually-hidden');
const button = (el: Element) => $(el, '[part="add-to-cart"]') as HTMLButtonElement;


describe('<shoppable-product-card> across borders', () => {
  it("shows each market's own price, with its tax note, and re-renders when the market changes", async () => {
    const el = await card(musicBox, { market: market('uk') });
    expect(text(el, '[part="card-price"]')).to.equal('£19.99');
    expect(text(el, '[part="card-tax"]')).to.equal('incl. VAT');
    expect(text(el, '[part="card-discount"]')).to.equal('−20%');
    expect(spoken(el)).to.equal('£19.99 incl. VAT');

    el.market = market('us');
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('$24.99');
    expect(text(el, '[part="card-tax"]')).to.equal('+ tax');
    // The GBP compare-at price is not a discount on a USD price.
    expect($(el, '[part="card-compare-price"]')).to.equal(null);
    expect($(el, '[part="card-approx-price"]')).to.equal(null);

    // The market's locale (ja-JP) also picks the UI language: its built-in table arrives before
    // updateComplete resolves.
    el.market = market('jp');
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('￥3,800');
    expect(text(el, '[part="card-tax"]')).to.equal('税込');
    expect(spoken(el)).to.equal('￥3,800 税込');
  });

  it('explicit currency and locale win over the market, and change prices at once', async () => {
    const el = await card(musicBox, { market: market('uk'), currency: 'USD', locale: 'en-US' });
    expect(text(el, '[part="card-price"]')).to.equal('$24.99');
    // A currency the market does not use says nothing about its tax.
    expect($(el, '[part="card-tax"]')).to.equal(null);
    el.currency = undefined;
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('£19.99');
    expect(text(el, '[part="card-tax"]')).to.equal('incl. VAT');
  });

  it('shows no tax note when the market does not say', async () => {
    const el = await card(musicBox, { market: market('cn') });
    expect($(el, '[part="card-tax"]')).to.equal(null);
    const bare = await card(musicBox, { currency: 'GBP', locale: 'en-GB' });
    expect($(bare, '[part="card-tax"]')).to.equal(null);
  });

  it("shows the merchant's own price and an approximate figure only with rates", async () => {
    const el = await card(lantern, { market: market('uk') });
    expect(text(el, '[part="card-price"]')).to.equal('CN¥179.00');
    expect($(el, '[part="card-approx-price"]')).to.equal(null);
    expect(spoken(el)).to.equal('CN¥179.00 incl. VAT');

    el.rates = rates;
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('CN¥179.00');
    expect(text(el, '[part="card-approx-price"]')).to.equal('≈ £19.69');
    expect(spoken(el)).to.equal('CN¥179.00 ≈ £19.69 incl. VAT');
    expect(getComputedStyle($(el, '[part="card-approx-price"]')!).fontSize).to.not.equal(
      getComputedStyle($(el, '[part="card-price"]')!).fontSize,
    );

    // Where the merchant set a price in the market currency, that is shown and nothing approximate.
    el.market = market('cn');
    await el.updateComplete;
    expect(text(el, '[part="card-price"]')).to.equal('¥179.00');
    expect($(el, '[part="card-approx-price"]')).to.equal(null);
  });

  it('sends the exact price the shopper saw, never the approximate one', async () => {
    const el = await card(lantern, { market: market('uk'), rates });
    const { adds } = record(el);
    button(el).click();
    expect(adds).to.have.length(1);
    expect(adds[0].detail.price).to.deep.equal({ amount: 17900, currency: 'CNY' });

    const box = await card(musicBox, { market: market('jp') });
    const seen = record(box);
    box.addToCart();
    expect(seen.adds[0].detail.price).to.deep.equal({ amount: 3800, currency: 'JPY' });
  });

  it('localises the tax note through the strings table and overrides', async () => {
    registerStrings('de', { inclVat: 'inkl. MwSt.' });
    const el = await card(musicBox, { market: market('de') });
    expect(text(el, '[part="card-tax"]')).to.equal('inkl. MwSt.');
    el.strings = { inclVat: 'MwSt. inbegriffen' };
    await el.updateComplete;
    expect(text(el, '[part="card-tax"]')).to.equal('MwSt. inbegriffen');
  });

  it('refuses a product that cannot be delivered to the market, with no add-to-cart event', async () => {
    const el = await card(lantern, { market: market('us') });
    expect(text(el, '[part="card-status"]')).to.equal('Not available in your region');
    expect(button(el).getAttribute('aria-disabled')).to.equal('true');
    expect(button(el).getAttribute('aria-describedby')).to.equal('status');
    const { adds, errors } = record(el);
    button(el).click();
    await el.updateComplete;
    expect(adds).to.have.length(0);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.code).to.equal('cart-failed');
    expect(errors[0].detail.fatal).to.equal(false);
    expect(errors[0].detail.message).to.equal('This product cannot be delivered to your region.');
    expect(text(el, '[part="card-status"]')).to.equal('This product cannot be delivered to your region.');
    expect($(el, '[part="retry"]')).to.equal(null);

    // A programmatic add is refused the same way.
    el.addToCart();
    expect(adds).to.have.length(0);
    expect(errors).to.have.length(2);
    expect((errors[1].detail.cause as { reason?: string }).reason).to.equal('region-unavailable');

    // In a market it ships to, the card is buyable again at once.
    el.market = market('uk');
    await el.updateComplete;
    expect($(el, '[part="card-status"]')).to.equal(null);
    expect(button(el).getAttribute('aria-disabled')).to.equal('false');
    button(el).click();
    expect(adds).to.have.length(1);
  });

  it('treats an excluded country as undeliverable even without shipsTo', async () => {
    const el = await card({ ...musicBox, excludedCountries: ['JP'] }, { market: market('jp') });
    expect(text(el, '[part="card-status"]')).to.equal('お住まいの地域ではご購入いただけません');
    const { adds } = record(el);
    el.addToCart();
    expect(adds).to.have.length(0);
  });

  it('picks localised text for the locale and marks its language', async () => {
    const el = await card(musicBox, { market: market('cn') });
    expect(text(el, '[part="card-title"]')).to.equal('旋转木马音乐盒');
    expect($(el, '[part="card-title"]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(text(el, '[part="card-description"]')).to.equal('手摇式，可演奏两首曲子。');
    expect($(el, '[part="card-description"]')!.getAttribute('lang')).to.equal('zh-Hans');
    expect(text(el, '[part="option"] legend')).to.equal('曲目');
    expect($(el, '[part="option"] legend')!.getAttribute('lang')).to.equal('zh-Hans');

    el.market = undefined;
    el.locale = 'fr-FR';
    await el.updateComplete;
    expect(text(el, '[part="card-title"]')).to.equal('Carousel music box');
    expect($(el, '[part="card-title"]')!.getAttribute('lang')).to.equal('en');
    expect($(el, '[part="card-description"]')!.getAttribute('lang')).to.equal('en');
  });

  it('is accessible with a tax note, an approximate price and when not deliverable', async () => {
    await expect(await card(lantern, { market: market('uk'), rates })).to.be.accessible();
    await expect(await card(lantern, { market: market('us') })).to.be.accessible();
    await expect(await card(musicBox, { market: market('cn'), compact: true })).to.be.accessible();
  });
});
