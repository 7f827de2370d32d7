import { expect } from '@open-wc/testing';
import {
  discountPercent,
  formatMoney,
  formatMoneyParts,
  formatNumber,
  formatPercent,
  minorUnitDigits,
  priceIn,
  productPrice,
} from '../../src/core/money.js';
import type { Money, Product, ProductVariant } from '../../src/types.js';

const intl = (locale: string, currency: string, value: number) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);

describe('minorUnitDigits', () => {
  const cases: Array<[string, number]> = [
    ['JPY', 0],
    ['GBP', 2],
    ['USD', 2],
    ['EUR', 2],
    ['CNY', 2],
    ['KWD', 3],
    ['jpy', 0],
  ];
  for (const [currency, digits] of cases) {
    it(`${currency} has ${digits} fraction digits`, () => {
      expect(minorUnitDigits(currency)).to.equal(digits);
    });
  }
  it('treats an invalid code as 2 digits instead of throwing', () => {
    expect(minorUnitDigits('not a code')).to.equal(2);
  });
});

describe('formatMoney', () => {
  it('formats pence as pounds for en-GB', () => {
    expect(formatMoney({ amount: 1999, currency: 'GBP' }, 'en-GB')).to.equal('£19.99');
  });
  it('formats yen without a minor unit', () => {
    expect(formatMoney({ amount: 3800, currency: 'JPY' }, 'en-US')).to.equal('¥3,800');
    // CLDR marks the yen for British readers, so it cannot be taken for the yuan (CN¥).
    expect(formatMoney({ amount: 3800, currency: 'JPY' }, 'en-GB')).to.equal('JP¥3,800');
    expect(formatMoney({ amount: 12900, currency: 'CNY' }, 'en-GB')).to.equal('CN¥129.00');
  });
  it('formats dollars for en-US', () => {
    expect(formatMoney({ amount: 2499, currency: 'USD' }, 'en-US')).to.equal('$24.99');
  });

  const cases: Array<[Money, string, number]> = [
    [{ amount: 3800, currency: 'JPY' }, 'ja-JP', 3800],
    [{ amount: 1999, currency: 'EUR' }, 'de-DE', 19.99],
    [{ amount: 1999, currency: 'EUR' }, 'fr-FR', 19.99],
    [{ amount: 1999, currency: 'GBP' }, 'zh-CN', 19.99],
    [{ amount: 12900, currency: 'CNY' }, 'zh-CN', 129],
    [{ amount: 12900, currency: 'CNY' }, 'en-GB', 129],
    [{ amount: 1234, currency: 'KWD' }, 'en', 1.234],
    [{ amount: 1234, currency: 'KWD' }, 'ar-KW', 1.234],
    [{ amount: 2499, currency: 'USD' }, 'en-GB', 24.99],
    [{ amount: 0, currency: 'GBP' }, 'en-GB', 0],
  ];
  for (const [money, locale, value] of cases) {
    it(`${money.amount} ${money.currency} in ${locale} matches Intl for ${value}`, () => {
      expect(formatMoney(money, locale)).to.equal(intl(locale, money.currency, value));
    });
  }

  it('uses the fullwidth yen sign in ja-JP', () => {
    expect(formatMoney({ amount: 3800, currency: 'JPY' }, 'ja-JP')).to.equal('￥3,800');
  });
  it('puts the euro after the number with a decimal comma in de-DE', () => {
    expect(formatMoney({ amount: 1999, currency: 'EUR' }, 'de-DE')).to.equal('19,99\u00a0€');
  });
  it('shows three decimals for KWD', () => {
    expect(formatMoney({ amount: 1234, currency: 'KWD' }, 'en')).to.match(/1\.234$/);
  });
  it('falls back to English for a malformed locale', () => {
    expect(formatMoney({ amount: 1999, currency: 'GBP' }, 'not_a-locale!')).to.equal('£19.99');
  });
  it('accepts a lower-case currency code', () => {
    expect(formatMoney({ amount: 1999, currency: 'gbp' }, 'en-GB')).to.equal('£19.99');
  });
  it('does not throw for an invalid currency code', () => {
    expect(formatMoney({ amount: 1999, currency: 'XX1' }, 'en')).to.equal('19.99 XX1');
  });
});

describe('priceIn', () => {
  const item = {
    price: { amount: 1999, currency: 'GBP' },
    prices: [
      { amount: 2499, currency: 'USD' },
      { amount: 3800, currency: 'JPY' },
    ],
  };
  it('returns the own price in its currency', () => {
    expect(priceIn(item, 'GBP')).to.deep.equal({ amount: 1999, currency: 'GBP' });
  });
  it('returns the merchant-set price in another currency', () => {
    expect(priceIn(item, 'JPY')).to.deep.equal({ amount: 3800, currency: 'JPY' });
    expect(priceIn(item, 'usd')).to.deep.equal({ amount: 2499, currency: 'USD' });
  });
  it('falls back to the own price (not a conversion) for a currency the merchant did not set', () => {
    expect(priceIn(item, 'EUR')).to.deep.equal({ amount: 1999, currency: 'GBP' });
  });
  it('returns the own price when no currency is asked for', () => {
    expect(priceIn(item)).to.deep.equal({ amount: 1999, currency: 'GBP' });
  });
  it('returns undefined when there is no price at all', () => {
    expect(priceIn({}, 'GBP')).to.equal(undefined);
    expect(priceIn({ prices: [] })).to.equal(undefined);
  });
});

describe('productPrice', () => {
  const product: Product = {
    id: 'p',
    title: 'P',
    price: { amount: 1999, currency: 'GBP' },
    prices: [{ amount: 2499, currency: 'USD' }],
    options: [],
    variants: [],
    available: true,
  };
  const big: ProductVariant = {
    id: 'big',
    options: {},
    available: true,
    price: { amount: 2999, currency: 'GBP' },
    prices: [{ amount: 3499, currency: 'USD' }],
  };
  const plain: ProductVariant = { id: 'plain', options: {}, available: true };
  it("uses the variant's own price over the product's", () => {
    expect(productPrice(product, big, 'GBP')).to.deep.equal({ amount: 2999, currency: 'GBP' });
    expect(productPrice(product, big, 'USD')).to.deep.equal({ amount: 3499, currency: 'USD' });
  });
  it("uses the product's price when the variant has none", () => {
    expect(productPrice(product, plain, 'USD')).to.deep.equal({ amount: 2499, currency: 'USD' });
    expect(productPrice(product, undefined, 'GBP')).to.deep.equal({ amount: 1999, currency: 'GBP' });
  });
  it('prefers a product price in the asked currency over a variant price in another', () => {
    const gbpOnly: ProductVariant = { ...plain, price: { amount: 2999, currency: 'GBP' } };
    expect(productPrice(product, gbpOnly, 'USD')).to.deep.equal({ amount: 2499, currency: 'USD' });
    expect(productPrice(product, gbpOnly, 'EUR')).to.deep.equal({ amount: 2999, currency: 'GBP' });
  });
});

describe('discountPercent', () => {
  const gbp = (amount: number): Money => ({ amount, currency: 'GBP' });
  it('rounds the discount to a whole percent', () => {
    expect(discountPercent(gbp(1999), gbp(2499))).to.equal(20);
    expect(discountPercent(gbp(2000), gbp(3000))).to.equal(33);
  });
  it('is undefined without a compare-at price', () => {
    expect(discountPercent(gbp(1999), undefined)).to.equal(undefined);
  });
  it('is undefined when the compare-at price is not higher', () => {
    expect(discountPercent(gbp(1999), gbp(1999))).to.equal(undefined);
    expect(discountPercent(gbp(2499), gbp(1999))).to.equal(undefined);
  });
  it('is undefined across currencies', () => {
    expect(discountPercent(gbp(1999), { amount: 2499, currency: 'USD' })).to.equal(undefined);
  });
});

describe('formatPercent and formatNumber', () => {
  const cases: Array<[string, string, string]> = [
    ['en', '33%', '1,234'],
    ['de-DE', '33\u00a0%', '1.234'],
    ['ar-EG', '٣٣٪؜', '١٬٢٣٤'],
  ];
  for (const [locale, percent, count] of cases) {
    it(`formats through Intl for ${locale}`, () => {
      expect(formatPercent(33, locale)).to.equal(percent);
      expect(formatNumber(1234, locale)).to.equal(count);
    });
  }
  it('uses the same numbering system as the prices of the same locale', () => {
    // Which digits a text uses: each system's ten digits sit in one 16-code-point row of Unicode.
    const digits = (text: string) => [...new Set(text.match(/\p{Nd}/gu)!.map((d) => d.codePointAt(0)! >> 4))];
    for (const locale of ['ar', 'ar-EG', 'ar-MA', 'fa', 'hi-IN-u-nu-deva', 'en']) {
      const price = digits(formatMoney({ amount: 1999, currency: 'GBP' }, locale));
      expect(price, locale).to.have.length(1);
      expect(digits(formatPercent(20, locale)), locale).to.deep.equal(price);
      expect(digits(formatNumber(7, locale)), locale).to.deep.equal(price);
    }
    expect(digits(formatPercent(20, 'ar-EG'))).to.deep.equal([0x066]);
  });
  it('falls back to English for a malformed locale', () => {
    expect(formatPercent(5, 'x-invalid-')).to.equal('5%');
    expect(formatNumber(5, '')).to.equal('5');
  });
});

describe('formatMoneyParts', () => {
  it('joins to exactly formatMoney, with the currency as its own part', () => {
    for (const locale of ['en-GB', 'ar', 'ar-EG', 'de-DE', 'ja-JP']) {
      const money = { amount: 800, currency: 'GBP' };
      const parts = formatMoneyParts(money, locale);
      expect(parts.map((p) => p.value).join('')).to.equal(formatMoney(money, locale));
      expect(parts.filter((p) => p.type === 'currency')).to.have.length(1);
    }
    expect(formatMoney({ amount: 800, currency: 'GBP' }, 'ar')).to.equal(
      new Intl.NumberFormat('ar', { style: 'currency', currency: 'GBP' }).format(8),
    );
  });
  it('is one literal for an invalid currency code', () => {
    expect(formatMoneyParts({ amount: 100, currency: 'not a code' }, 'en')).to.deep.equal([
      { type: 'literal', value: '1.00 NOT A CODE' },
    ]);
  });
});
