/**
 * Prices as catalogue files write them (`19.99`, `12.50 GBP`) into the show document's money: an
 * integer amount in the currency's minor unit. Read from the digits, never through floating point
 * (`19.99 * 100` is `1998.9999999999998`).
 * @module
 */
import type { Money } from '../../types.js';
import { minorUnitDigits } from '../money.js';

const CODE = /^[A-Za-z]{3}$/;
// `1299.5`, `1,299.50` (groups of three), `.5`; no sign, no exponent.
const DECIMAL = /^(?:(\d{1,3}(?:,\d{3})+)|(\d*))(?:\.(\d*))?$/;

/** An ISO 4217 code upper-cased, or `undefined`. */
export function currencyCode(value: string | undefined): string | undefined {
  const code = value?.trim();
  return code && CODE.test(code) ? code.toUpperCase() : undefined;
}

/**
 * `"19.99"` in GBP → `{ amount: 1999, currency: 'GBP' }`; `"3800"` or `"3800.00"` in JPY → 3800.
 * A string error when the text is not a plain non-negative decimal, or has more fraction digits
 * than the currency's minor unit (other than trailing zeros).
 */
export function decimalMoney(text: string | number, currency: string): Money | string {
  const raw = typeof text === 'number' ? (Number.isFinite(text) ? String(text) : '') : text.trim();
  const match = DECIMAL.exec(raw);
  const whole = match ? (match[1] ?? match[2] ?? '').replace(/,/g, '') : '';
  const fraction = (match?.[3] ?? '').replace(/0+$/, '');
  if (!match || (whole === '' && fraction === '' && !/\d/.test(raw))) return `"${raw}" is not a price`;
  const digits = minorUnitDigits(currency);
  if (fraction.length > digits) return `"${raw}" has more decimals than ${currency} has (${digits})`;
  const amount = Number(whole + fraction.padEnd(digits, '0'));
  if (!Number.isSafeInteger(amount)) return `"${raw}" is too large`;
  return { amount, currency };
}

/** Merchant Center's `"12.50 GBP"` (also `"GBP 12.50"`). A string error when unreadable. */
export function priceWithCurrency(text: string): Money | string {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 2) return `"${text.trim()}" is not "<amount> <currency>"`;
  const [a, b] = parts as [string, string];
  const code = currencyCode(b) ?? currencyCode(a);
  if (!code) return `"${text.trim()}" has no ISO 4217 currency code`;
  return decimalMoney(code === currencyCode(b) ? a : b, code);
}
