/**
 * Prices: formatting integer minor-unit amounts with `Intl.NumberFormat`, and choosing which of a
 * product's merchant-set prices to show. Never converts currencies.
 * @module
 */
import type { Money, Product, ProductVariant } from '../types.js';

const digitsCache = new Map<string, number>();
const formatterCache = new Map<string, Intl.NumberFormat>();

/** How many fraction digits a currency's minor unit has (JPY 0, GBP 2, KWD 3); 2 when unknown. */
export function minorUnitDigits(currency: string): number {
  const code = currency.toUpperCase();
  let digits = digitsCache.get(code);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      // Not a well-formed ISO 4217 code: the amount is still shown, as if in cents.
      digits = 2;
    }
    digitsCache.set(code, digits);
  }
  return digits;
}

/**
 * One cached `Intl.NumberFormat` per locale and style. Every figure the UI shows (prices, discount
 * percentages, counts) comes from here, so a locale gets one numbering system throughout: the
 * locale's own Intl default (`ar` writes ٨٫٠٠ and ٣٣٪؜, `ar-MA` and `en` write 8.00 and 33%). A
 * page that wants Latin digits in Arabic asks for it in the tag: `ar-u-nu-latn`.
 */
function formatter(locale: string, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${locale}|${key}`;
  let f = formatterCache.get(cacheKey);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      // A malformed locale tag throws a RangeError; English is always there.
      f = new Intl.NumberFormat('en', options);
    }
    formatterCache.set(cacheKey, f);
  }
  return f;
}

/** Formats a count or quantity for `locale`: `formatNumber(12, 'ar')` → `"١٢"`. */
export function formatNumber(value: number, locale: string): string {
  return formatter(locale || 'en', 'number', {}).format(value);
}

/**
 * Formats a whole percent for `locale`, sign and spacing included: `formatPercent(20, 'en')` →
 * `"20%"`, `'fr'` → `"20 %"`, `'ar'` → `"٢٠٪؜"`. UI strings take the result whole (`−{percent}`)
 * and never add a `%` of their own.
 */
export function formatPercent(percent: number, locale: string): string {
  return formatter(locale || 'en', 'percent', { style: 'percent' }).format(percent / 100);
}

/**
 * Formats `money` for `locale` with the currency's own fraction digits:
 * `formatMoney({ amount: 1999, currency: 'GBP' }, 'en-GB')` → `"£19.99"`.
 * Returns the bare number and code when the currency code is not valid.
 */
export function formatMoney(money: Money, locale: string): string {
  return formatMoneyParts(money, locale)
    .map((p) => p.value)
    .join('');
}

/**
 * {@link formatMoney} in pieces (`Intl.NumberFormat#formatToParts`), so a view can isolate the
 * currency symbol: Arabic's `"‏٨٫٠٠ UK£"` shown right to left without it comes out as "£UK ٨٫٠٠"
 * (the `£` is a neutral and drifts to the far side of `UK`).
 */
export function formatMoneyParts(money: Money, locale: string): Intl.NumberFormatPart[] {
  const currency = money.currency.toUpperCase();
  const digits = minorUnitDigits(currency);
  const value = money.amount / 10 ** digits;
  try {
    return formatter(locale || 'en', currency, { style: 'currency', currency }).formatToParts(value);
  } catch {
    return [{ type: 'literal', value: `${value.toFixed(digits)} ${currency}` }];
  }
}

/**
 * The merchant's own price of `item` in `currency` (from `price`, then `prices`). When there is none
 * in that currency, the item's own `price`: a figure the merchant set, never a converted guess.
 * `undefined` when the item has no price at all.
 */
export function priceIn(
  item: { readonly price?: Money; readonly prices?: readonly Money[] },
  currency?: string,
): Money | undefined {
  if (currency) {
    const code = currency.toUpperCase();
    if (item.price && item.price.currency.toUpperCase() === code) return item.price;
    const match = item.prices?.find((p) => p.currency.toUpperCase() === code);
    if (match) return match;
  }
  return item.price ?? item.prices?.[0];
}

/**
 * The price to show for `product` with `variant` chosen: the variant's own price (in `currency` if
 * it has one there) overrides the product's.
 */
export function productPrice(
  product: Product,
  variant: ProductVariant | undefined,
  currency?: string,
): Money | undefined {
  const own = variant ? priceIn(variant, currency) : undefined;
  if (!own) return priceIn(product, currency);
  // A variant priced only in another currency loses to a product price in the wanted one.
  if (currency && own.currency.toUpperCase() !== currency.toUpperCase()) {
    const fromProduct = priceIn(product, currency);
    if (fromProduct && fromProduct.currency.toUpperCase() === currency.toUpperCase()) return fromProduct;
  }
  return own;
}

/**
 * The discount of `price` against `compareAt`, as a rounded whole percent. `undefined` unless both
 * are in the same currency and `compareAt` is higher (a cross-currency "discount" would be invented).
 */
export function discountPercent(price: Money, compareAt: Money | undefined): number | undefined {
  if (!compareAt || compareAt.currency.toUpperCase() !== price.currency.toUpperCase()) return undefined;
  if (!(compareAt.amount > price.amount) || compareAt.amount <= 0) return undefined;
  const percent = Math.round(((compareAt.amount - price.amount) / compareAt.amount) * 100);
  return percent > 0 ? percent : undefined;
}
