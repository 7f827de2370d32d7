import * as fc from 'fast-check';
import {
  cartPrice,
  convert,
  isDeliverable,
  localizedText,
  presentmentPrice,
  resolveMarket,
  taxLabel,
  visibleProducts,
} from '../../src/core/market.js';
import { formatMoney } from '../../src/core/money.js';
import { validateShow } from '../../src/core/show.js';
import type { Money } from '../../src/types.js';
import { check, validShowDocument } from './arbitraries.js';
import { ok } from './invariants.js';
import { applyMutations, mutation } from './mutations.js';

/** What a page may put in the `market`, `country`, `currency` and `locale` attributes. */
const code = fc.oneof(
  fc.constantFrom(undefined, '', 'GB', 'gb', 'US', 'JP', 'ZZ', 'GBP', 'usd', 'JPY', 'KWD', 'XXX', 'X1', '__proto__', 'toString'),
  fc.string({ maxLength: 8 }),
);
const locale = fc.oneof(
  fc.constantFrom(undefined, '', 'en', 'en-GB', 'ja-JP', 'zh-CN', 'zh-TW', 'ar-EG', 'de-CH-u-nu-arab'),
  fc.constantFrom('x-invalid-', '__proto__', 'i-klingon', 'en_US'),
  fc.string({ maxLength: 12 }),
);
const pick = fc.record({ market: code, country: code, currency: code, locale }, { requiredKeys: [] });

const sameMoney = (a: Money, b: Money) => a.amount === b.amount && a.currency === b.currency;

describe('fuzz: markets and money', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  it('resolve, price, convert and format any validated product in any market without throwing', () => {
    const input = fc.tuple(validShowDocument, fc.array(mutation, { maxLength: 4 }));
    check(
      fc.property(input, pick, locale, ([doc, plan], p, fallback) => {
        const { show } = validateShow(applyMutations(doc, plan).input);
        const market = resolveMarket(show, p as Parameters<typeof resolveMarket>[1], fallback as string);
        ok(typeof market.locale === 'string' && market.locale !== '', 'no locale');
        taxLabel(market);
        visibleProducts(show, market);
        for (const product of show.products) {
          isDeliverable(product, market.country);
          localizedText(product.title, market.locale);
          for (const variant of [undefined, ...product.variants]) {
            const shown = presentmentPrice(product, variant, market, show.rates);
            if (shown.price) {
              // Never a converted figure: the price is one the merchant set on the product or variant.
              const own = [product.price, ...product.prices, variant?.price, ...(variant?.prices ?? [])];
              ok(own.some((m) => m && sameMoney(m, shown.price!)), `${product.id}: shown price is not the merchant's`);
              const text = formatMoney(shown.price, market.locale);
              ok(typeof text === 'string' && /\p{Nd}/u.test(text), `formatMoney gave ${JSON.stringify(text)}`);
            }
            ok(!shown.approx || !shown.exact, 'an approximate figure next to an exact price');
            if (shown.approx) formatMoney(shown.approx, market.locale);
            const cart = cartPrice(product, variant, market);
            ok(!cart || !shown.price || sameMoney(cart, shown.price), 'the cart price differs from the shown price');
          }
        }
      }),
      80,
    );
  });

  it('formatMoney and convert never throw for any amount, currency, locale and rates', () => {
    const amount = fc.oneof(fc.integer(), fc.constantFrom(0, -0, Number.MAX_SAFE_INTEGER, Number.NaN, Infinity, 1e308, -1, 0.5));
    const currency = fc.oneof(
      fc.constantFrom('GBP', 'JPY', 'KWD', 'BHD', 'XXX', 'gbp', '', 'GBPX', 'G', '€'),
      fc.string({ maxLength: 4 }),
    );
    const rates = fc.option(
      fc.dictionary(fc.constantFrom('base', 'GBP', 'USD', 'JPY', 'KWD'), fc.oneof(fc.double(), fc.constantFrom('GBP', 'USD', 'JPY'))),
      { nil: undefined },
    );
    check(
      fc.property(amount, currency, currency, locale, rates, (a, from, to, loc, table) => {
        const money = { amount: a, currency: from };
        ok(typeof formatMoney(money, loc as string) === 'string', 'not a string');
        const converted = convert(money, to, table as never);
        if (converted) ok(Number.isSafeInteger(converted.amount), `converted to ${converted.amount}`);
      }),
      300,
    );
  });
});

describe('fuzz regressions: markets', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  // Found by the property above (seed 20260301): `rates` straight from a page's JSON with a
  // non-string `base` made convert() (and so the card's render) throw "toUpperCase is not a function".
  it('convert ignores a rates table whose base is not a string', () => {
    const rates = JSON.parse('{"base": 5, "USD": 1.25}') as never;
    ok(convert({ amount: 1000, currency: 'GBP' }, 'USD', rates) === undefined, 'converted with an unusable table');
  });
});
