/**
 * Selling across borders: which market a shopper is in, the price they see there, whether that
 * price includes tax, and whether a product can be delivered to them. DOM-free.
 * @module
 */
import type { LocalizedText, Market, Money, Product, ProductVariant, Rates, Show } from '../types.js';
import { minorUnitDigits, productPrice } from './money.js';
import { resolveText, type ResolvedText } from './text.js';

/** The market a shopper is in, with every setting it decides filled in. */
export interface ResolvedMarket {
  /** The show's market that was picked, when the show has any. */
  readonly market?: Market;
  /** ISO 3166-1 alpha-2, upper case: where the shopper takes delivery. */
  readonly country?: string;
  /** ISO 4217, upper case: the currency prices are shown in. */
  readonly currency?: string;
  /** BCP 47: the language of text and the format of prices. */
  readonly locale: string;
  /** Whether the market's prices include tax; `undefined` when the market does not say. */
  readonly taxInclusive?: boolean;
}

/** What the page asked for: the element's `market`, `country`, `currency` and `locale` attributes. */
export interface MarketPick {
  readonly market?: string;
  readonly country?: string;
  readonly currency?: string;
  readonly locale?: string;
}

// Typed strings, but `rates` and picks may come straight from a page's JSON: a number must not throw.
const same = (a: string | undefined, b: string | undefined) =>
  typeof a === 'string' && typeof b === 'string' && a !== '' && a.toUpperCase() === b.toUpperCase();

/**
 * Picks the shopper's market. The market is the one whose `id` is `pick.market`; else the first
 * whose `country` is `pick.country`; else the first whose `currency` is `pick.currency`; else the
 * show's first market (none when the show has no markets). Then explicit `pick` values win over the
 * market's (`country`, `currency`, `locale`), the market's over the show's (`currency`, `locale`),
 * and the locale falls back to `fallbackLocale` (the caller passes `navigator.language`, keeping
 * this function pure). Codes are compared case-insensitively and returned upper case.
 */
export function resolveMarket(
  show: Pick<Show, 'markets' | 'currency' | 'locale'> | undefined,
  pick: MarketPick = {},
  fallbackLocale = 'en',
): ResolvedMarket {
  const markets = show?.markets ?? [];
  const market =
    markets.find((m) => same(m.id, pick.market)) ??
    markets.find((m) => same(m.country, pick.country)) ??
    markets.find((m) => same(m.currency, pick.currency)) ??
    markets[0];
  const country = pick.country || market?.country;
  const currency = pick.currency || market?.currency || show?.currency;
  const resolved: {
    -readonly [K in keyof ResolvedMarket]: ResolvedMarket[K];
  } = { locale: pick.locale || market?.locale || show?.locale || fallbackLocale || 'en' };
  if (market) resolved.market = market;
  if (country) resolved.country = country.toUpperCase();
  if (currency) resolved.currency = currency.toUpperCase();
  if (market?.taxInclusive !== undefined) resolved.taxInclusive = market.taxInclusive;
  return resolved;
}

/** The price a shopper sees, from {@link presentmentPrice}. */
export interface PresentmentPrice {
  /** The merchant's own figure: in the market currency when `exact`, else in the product's own. */
  readonly price?: Money;
  /** True when `price` is a merchant-set price in the market currency (or no currency was asked). */
  readonly exact: boolean;
  /** A converted figure in the market currency, only when not `exact` and the rates cover both. */
  readonly approx?: Money;
  /** The price before a discount, only when in the same currency as `price`. */
  readonly compareAt?: Money;
}

function rateOf(rates: Rates, code: string): number | undefined {
  if (same(rates.base, code)) return 1;
  const rate = rates[code.toUpperCase()];
  return typeof rate === 'number' && Number.isFinite(rate) && rate > 0 ? rate : undefined;
}

/**
 * `money` converted to `currency` with `rates` (1 `base` = `rates[code]` of `code`), rounded to
 * that currency's minor unit; `undefined` when the table lacks either currency. For approximate
 * figures only: never charged, never sent to a cart.
 */
export function convert(money: Money, currency: string, rates: Rates | undefined): Money | undefined {
  if (!rates) return undefined;
  const from = rateOf(rates, money.currency);
  const to = rateOf(rates, currency);
  if (from === undefined || to === undefined) return undefined;
  const code = currency.toUpperCase();
  const scale = 10 ** (minorUnitDigits(code) - minorUnitDigits(money.currency));
  const amount = Math.round(((money.amount * scale) / from) * to);
  return Number.isSafeInteger(amount) ? { amount: amount + 0, currency: code } : undefined;
}

/**
 * What to show for `product` (with `variant` chosen) in `market`: the merchant's own price in the
 * market currency (`exact`), else the product's own-currency price (not exact) with, when `rates`
 * cover both currencies, an approximate figure in the market currency. The library never shows a
 * converted figure as the price.
 */
export function presentmentPrice(
  product: Product,
  variant: ProductVariant | undefined,
  market: Pick<ResolvedMarket, 'currency'> | undefined,
  rates?: Rates,
): PresentmentPrice {
  const currency = market?.currency;
  const inMarket = productPrice(product, variant, currency);
  const exact = !currency || (!!inMarket && same(inMarket.currency, currency));
  // Not in the market currency: show the product's own price, not whichever `prices` entry came first.
  const price = exact ? inMarket : (productPrice(product, variant) ?? inMarket);
  const out: { -readonly [K in keyof PresentmentPrice]: PresentmentPrice[K] } = { exact };
  if (!price) return out;
  out.price = price;
  if (!exact && currency) {
    const approx = convert(price, currency, rates);
    if (approx) out.approx = approx;
  }
  const compareAt = product.compareAtPrice;
  if (compareAt && same(compareAt.currency, price.currency)) out.compareAt = compareAt;
  return out;
}

/**
 * The price an add to cart carries: exactly the figure the shopper saw as the price (the
 * presentment `price`), never an approximate conversion.
 */
export function cartPrice(
  product: Product,
  variant: ProductVariant | undefined,
  market: Pick<ResolvedMarket, 'currency'> | undefined,
): Money | undefined {
  return presentmentPrice(product, variant, market).price;
}

/**
 * Countries whose consumption tax is called VAT in English (the EU, the rest of the EEA, the UK and
 * Switzerland): a tax-inclusive market there says "incl. VAT"; any other says "incl. tax".
 */
export const VAT_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV',
  'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
  'IS', 'LI', 'NO',
  'GB', 'CH',
]);

/** The strings-table key of the tax note after a price: {@link VAT_COUNTRIES}, then `taxInclusive`. */
export type TaxLabel = 'inclVat' | 'inclTax' | 'plusTax';

/**
 * The tax note for prices in `market`: `taxInclusive` true gives `inclVat` in
 * {@link VAT_COUNTRIES} and `inclTax` elsewhere, false gives `plusTax` (US-style sales tax added at
 * checkout), and `undefined` (the market does not say) gives no note.
 */
export function taxLabel(
  market: Pick<ResolvedMarket, 'country' | 'taxInclusive'> | undefined,
): TaxLabel | undefined {
  if (market?.taxInclusive === undefined) return undefined;
  if (!market.taxInclusive) return 'plusTax';
  return market.country && VAT_COUNTRIES.has(market.country.toUpperCase()) ? 'inclVat' : 'inclTax';
}

/**
 * Whether `product` can be delivered to `country`: not in `excludedCountries`, and in `shipsTo`
 * when the product has that list (absent: everywhere; empty: nowhere). No country: true, since
 * nothing says otherwise.
 */
export function isDeliverable(
  product: Pick<Product, 'shipsTo' | 'excludedCountries'>,
  country?: string,
): boolean {
  if (!country) return true;
  const code = country.toUpperCase();
  if (product.excludedCountries?.some((c) => c.toUpperCase() === code)) return false;
  return !product.shipsTo || product.shipsTo.some((c) => c.toUpperCase() === code);
}

/**
 * The products to list in `market`: every product, except that a show with
 * `unavailableProducts: "hide"` leaves out those that cannot be delivered to the market's country.
 */
export function visibleProducts(
  show: Pick<Show, 'products' | 'unavailableProducts'>,
  market: Pick<ResolvedMarket, 'country'> | undefined,
): readonly Product[] {
  if (show.unavailableProducts !== 'hide') return show.products;
  return show.products.filter((p) => isDeliverable(p, market?.country));
}

/**
 * {@link resolveText}, under its earlier name.
 * @deprecated Use `resolveText`, which now tries the likely script too.
 */
export function localizedText(text: LocalizedText | undefined, locale: string | undefined): ResolvedText {
  return resolveText(text, locale);
}
