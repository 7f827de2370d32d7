import { expect } from '@open-wc/testing';
import { decimalMoney, priceWithCurrency } from '../../../src/core/import/money.js';

describe('import: decimalMoney', () => {
  const cases: [string | number, string, number | 'error'][] = [
    ['19.99', 'GBP', 1999],
    ['19.9', 'GBP', 1990],
    ['19', 'GBP', 1900],
    ['0.10', 'GBP', 10],
    ['.5', 'EUR', 50],
    ['1,299.00', 'USD', 129900],
    ['3800', 'JPY', 3800],
    ['3800.00', 'JPY', 3800],
    ['1.234', 'KWD', 1234],
    ['  12.50 ', 'GBP', 1250],
    [19.99, 'GBP', 1999],
    // Floating point would give 1998 or 1999.9999; digits give the exact amount.
    ['1.005', 'KWD', 1005],
    ['4.35', 'GBP', 435],
    ['3800.5', 'JPY', 'error'],
    ['19.999', 'GBP', 'error'],
    ['-1', 'GBP', 'error'],
    ['1e3', 'GBP', 'error'],
    ['twelve', 'GBP', 'error'],
    ['', 'GBP', 'error'],
    ['.', 'GBP', 'error'],
    ['12,50', 'EUR', 'error'],
    [Number.NaN, 'GBP', 'error'],
  ];
  for (const [text, currency, expected] of cases) {
    it(`${JSON.stringify(text)} ${currency} → ${expected}`, () => {
      const money = decimalMoney(text, currency);
      if (expected === 'error') expect(money).to.be.a('string');
      else expect(money).to.deep.equal({ amount: expected, currency });
    });
  }
});

describe('import: priceWithCurrency', () => {
  const cases: [string, { amount: number; currency: string } | 'error'][] = [
    ['12.50 GBP', { amount: 1250, currency: 'GBP' }],
    ['12.50 gbp', { amount: 1250, currency: 'GBP' }],
    ['GBP 12.50', { amount: 1250, currency: 'GBP' }],
    ['2600 JPY', { amount: 2600, currency: 'JPY' }],
    ['12.50', 'error'],
    ['12.50 £', 'error'],
    ['12.50 GBP extra', 'error'],
    ['ab GBP', 'error'],
  ];
  for (const [text, expected] of cases) {
    it(`${text} → ${JSON.stringify(expected)}`, () => {
      const money = priceWithCurrency(text);
      if (expected === 'error') expect(money).to.be.a('string');
      else expect(money).to.deep.equal(expected);
    });
  }
});
