import { expect } from '@open-wc/testing';
import {
  cartPrice,
  convert,
  isDeliverable,
  presentmentPrice,
  resolveMarket,
  taxLabel,
  visibleProducts,
} from '../../src/core/market.js';
import { formatMoney } from '../../src/core/money.js';
import type { Product, Rates, Show } from '../../src/types.js';
import { makeProduct, money } from '../fixtures/products.js';
import { MARKETS } from '../fixtures/shows.js';

const { uk, us, jp, cn } = MARKETS;

const show = (extra: Partial<Show> = {}): Show => ({
  version: 1,
  id: 's',
  locale: 'en-GB',
  currency: 'GBP',
  video: { captions: [] },
  products: [],
  moments: [],
  markets: [uk, us, jp, cn],
  ...extra,
});

const product = (extra: Partial<Product> = {}): Product =>
  makeProduct({
    id: 'p',
    title: 'Music box',
    price: money(17900, 'CNY'),
    prices: [money(1999, 'GBP'), money(2499, 'USD'), money(3800, 'JPY'), money(2299, 'EUR'), money(7125, 'KWD')],
    ...extra,
  });

const rates: Rates = { base: 'CNY', GBP: 0.11, USD: 0.14, JPY: 21.2, KWD: 0.0425 };

describe('resolveMarket', () => {
  it('an explicit market id wins over country and currency', () => {
    const m = resolveMarket(show(), { market: 'jp', country: 'US', currency: 'GBP' });
    expect(m.market).to.equal(jp);
    // Explicit attributes still override the market's own settings.
    expect(m.country).to.equal('US');
    expect(m.currency).to.equal('GBP');
    expect(m.locale).to.equal('ja-JP');
    expect(m.taxInclusive).to.equal(true);
  });

  it('else the market of the country, then of the currency, then the first', () => {
    expect(resolveMarket(show(), { country: 'us' }).market).to.equal(us);
    expect(resolveMarket(show(), { currency: 'jpy' }).market).to.equal(jp);
    expect(resolveMarket(show(), { market: 'nowhere', currency: 'USD' }).market).to.equal(us);
    const first = resolveMarket(show(), {});
    expect(first).to.deep.equal({ market: uk, country: 'GB', currency: 'GBP', locale: 'en-GB', taxInclusive: true });
  });

  it("takes the market's currency and locale unless the page set its own", () => {
    const m = resolveMarket(show(), { market: 'us', locale: 'es-US' });
    expect(m).to.deep.equal({ market: us, country: 'US', currency: 'USD', locale: 'es-US', taxInclusive: false });
  });

  it("falls back to the show's currency and locale, then the caller's locale", () => {
    const noMarkets = show({ markets: [] });
    expect(resolveMarket(noMarkets, {}, 'fr-FR')).to.deep.equal({ currency: 'GBP', locale: 'en-GB' });
    expect(resolveMarket(noMarkets, { country: 'de' }, 'fr-FR')).to.deep.equal({
      country: 'DE',
      currency: 'GBP',
      locale: 'en-GB',
    });
    const bare = show({ markets: [], currency: undefined, locale: undefined });
    expect(resolveMarket(bare, {}, 'fr-FR')).to.deep.equal({ locale: 'fr-FR' });
    expect(resolveMarket(undefined, { currency: 'usd' })).to.deep.equal({ currency: 'USD', locale: 'en' });
    // A market without locale or tax statement leaves those to the show and to "unknown".
    expect(resolveMarket(show(), { market: 'cn' }, 'fr-FR')).to.deep.equal({
      market: cn,
      country: 'CN',
      currency: 'CNY',
      locale: 'zh-CN',
    });
  });
});

describe('presentmentPrice', () => {
  const cases: Array<[string, string, string]> = [
    ['GBP', 'en-GB', '£19.99'],
    ['USD', 'en-US', '$24.99'],
    ['EUR', 'de-DE', '22,99 €'],
    ['JPY', 'ja-JP', '￥3,800'],
    ['KWD', 'en-US', 'KWD 7.125'],
    ['CNY', 'zh-CN', '¥179.00'],
  ];
  for (const [currency, locale, shown] of cases) {
    it(`shows the merchant's own ${currency} price with its own fraction digits`, () => {
      const p = presentmentPrice(product(), undefined, { currency }, rates);
      expect(p.exact).to.equal(true);
      expect(p.approx).to.equal(undefined);
      expect(p.price?.currency).to.equal(currency);
      expect(formatMoney(p.price!, locale).replace(/\s/g, ' ')).to.equal(shown.replace(/\s/g, ' '));
    });
  }

  it("falls back to the product's own-currency price, not exact, with no approx without rates", () => {
    const p = presentmentPrice(product({ prices: [{ amount: 2499, currency: 'USD' }] }), undefined, {
      currency: 'GBP',
    });
    expect(p).to.deep.equal({ exact: false, price: { amount: 17900, currency: 'CNY' } });
  });

  it('adds an approximate figure in the market currency, rounded to its minor unit', () => {
    const own = product({ prices: [] });
    const gbp = presentmentPrice(own, undefined, { currency: 'GBP' }, rates);
    expect(gbp.exact).to.equal(false);
    expect(gbp.price).to.deep.equal({ amount: 17900, currency: 'CNY' });
    expect(gbp.approx).to.deep.equal({ amount: 1969, currency: 'GBP' });
    expect(presentmentPrice(own, undefined, { currency: 'JPY' }, rates).approx).to.deep.equal({
      amount: 3795,
      currency: 'JPY',
    });
    expect(presentmentPrice(own, undefined, { currency: 'KWD' }, rates).approx).to.deep.equal({
      amount: 7608,
      currency: 'KWD',
    });
  });

  it('gives no approx when the rates lack either currency', () => {
    const own = product({ prices: [] });
    expect(presentmentPrice(own, undefined, { currency: 'EUR' }, rates).approx).to.equal(undefined);
    const gbpBase: Rates = { base: 'GBP', USD: 1.27 };
    expect(presentmentPrice(own, undefined, { currency: 'USD' }, gbpBase).approx).to.equal(undefined);
  });

  it('converts through the base when neither currency is the base', () => {
    expect(convert({ amount: 1000, currency: 'USD' }, 'JPY', { base: 'GBP', USD: 1.25, JPY: 190 })).to.deep.equal({
      amount: 1520,
      currency: 'JPY',
    });
    expect(convert({ amount: 1520, currency: 'JPY' }, 'GBP', { base: 'GBP', JPY: 190 })).to.deep.equal({
      amount: 800,
      currency: 'GBP',
    });
    expect(convert({ amount: 1, currency: 'GBP' }, 'USD', undefined)).to.equal(undefined);
  });

  it('prefers the variant price in the market currency over the product price', () => {
    const p = product();
    const variant = { id: 'v', options: {}, available: true, prices: [{ amount: 2799, currency: 'USD' }] };
    expect(presentmentPrice(p, variant, { currency: 'USD' }).price).to.deep.equal({ amount: 2799, currency: 'USD' });
    expect(presentmentPrice(p, variant, { currency: 'GBP' }).price).to.deep.equal({ amount: 1999, currency: 'GBP' });
  });

  it('shows the own price, exact, when no currency is asked', () => {
    expect(presentmentPrice(product(), undefined, undefined, rates)).to.deep.equal({
      exact: true,
      price: { amount: 17900, currency: 'CNY' },
    });
    expect(presentmentPrice(product({ price: undefined, prices: [] }), undefined, { currency: 'GBP' })).to.deep.equal({
      exact: false,
    });
  });

  it('keeps compareAt only in the same currency as the price', () => {
    const p = product({ price: { amount: 1999, currency: 'GBP' }, compareAtPrice: { amount: 2499, currency: 'GBP' } });
    expect(presentmentPrice(p, undefined, { currency: 'GBP' }).compareAt).to.deep.equal({ amount: 2499, currency: 'GBP' });
    expect(presentmentPrice(p, undefined, { currency: 'USD' }).compareAt).to.equal(undefined);
    expect(presentmentPrice(p, undefined, { currency: 'JPY' }).compareAt).to.equal(undefined);
  });
});

describe('cartPrice', () => {
  it('is the exact price the shopper saw, never the approximate figure', () => {
    const own = product({ prices: [] });
    expect(presentmentPrice(own, undefined, { currency: 'GBP' }, rates).approx).to.not.equal(undefined);
    expect(cartPrice(own, undefined, { currency: 'GBP' })).to.deep.equal({ amount: 17900, currency: 'CNY' });
    expect(cartPrice(product(), undefined, { currency: 'JPY' })).to.deep.equal({ amount: 3800, currency: 'JPY' });
    expect(cartPrice(product({ price: undefined, prices: [] }), undefined, { currency: 'JPY' })).to.equal(undefined);
  });
});

describe('taxLabel', () => {
  const cases: Array<[string, boolean | undefined, string | undefined]> = [
    ['GB', true, 'inclVat'],
    ['DE', true, 'inclVat'],
    ['FR', true, 'inclVat'],
    ['NO', true, 'inclVat'],
    ['CH', true, 'inclVat'],
    ['JP', true, 'inclTax'],
    ['AU', true, 'inclTax'],
    ['US', false, 'plusTax'],
    ['CA', false, 'plusTax'],
    ['GB', undefined, undefined],
  ];
  for (const [country, taxInclusive, label] of cases) {
    it(`${country} with taxInclusive ${taxInclusive} → ${label}`, () => {
      expect(taxLabel({ country, taxInclusive })).to.equal(label);
    });
  }
  it('reads a resolved market, and is silent without one', () => {
    expect(taxLabel(resolveMarket(show(), { market: 'uk' }))).to.equal('inclVat');
    expect(taxLabel(resolveMarket(show(), { market: 'jp' }))).to.equal('inclTax');
    expect(taxLabel(resolveMarket(show(), { market: 'us' }))).to.equal('plusTax');
    expect(taxLabel(resolveMarket(show(), { market: 'cn' }))).to.equal(undefined);
    expect(taxLabel({ taxInclusive: true })).to.equal('inclTax');
    expect(taxLabel(undefined)).to.equal(undefined);
  });
});

describe('isDeliverable', () => {
  it('ships everywhere without lists, and anywhere when no country is known', () => {
    expect(isDeliverable(product(), 'GB')).to.equal(true);
    expect(isDeliverable(product({ shipsTo: ['US'] }), undefined)).to.equal(true);
  });
  it('honours shipsTo (case-insensitively) and excludedCountries', () => {
    const p = product({ shipsTo: ['GB', 'US'], excludedCountries: ['US'] });
    expect(isDeliverable(p, 'gb')).to.equal(true);
    expect(isDeliverable(p, 'US')).to.equal(false);
    expect(isDeliverable(p, 'JP')).to.equal(false);
    expect(isDeliverable(product({ excludedCountries: ['JP'] }), 'JP')).to.equal(false);
    expect(isDeliverable(product({ excludedCountries: ['JP'] }), 'GB')).to.equal(true);
    expect(isDeliverable(product({ shipsTo: [] }), 'GB')).to.equal(false);
  });
});

describe('visibleProducts', () => {
  const everywhere = product({ id: 'a' });
  const ukOnly = product({ id: 'b', shipsTo: ['GB'] });
  const notJp = product({ id: 'c', excludedCountries: ['JP'] });
  const products = [everywhere, ukOnly, notJp];
  it('hides undeliverable products only in hide mode', () => {
    const ids = (s: Show, m: Parameters<typeof visibleProducts>[1]) => visibleProducts(s, m).map((p) => p.id);
    expect(ids(show({ products, unavailableProducts: 'hide' }), { country: 'JP' })).to.deep.equal(['a']);
    expect(ids(show({ products, unavailableProducts: 'hide' }), { country: 'GB' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids(show({ products, unavailableProducts: 'hide' }), { country: 'US' })).to.deep.equal(['a', 'c']);
    expect(ids(show({ products, unavailableProducts: 'hide' }), undefined)).to.deep.equal(['a', 'b', 'c']);
    expect(ids(show({ products, unavailableProducts: 'show' }), { country: 'JP' })).to.deep.equal(['a', 'b', 'c']);
    expect(ids(show({ products }), { country: 'JP' })).to.deep.equal(['a', 'b', 'c']);
  });
});
