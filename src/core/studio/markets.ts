/**
 * What each market's shoppers will see of the draft's products, by the player's own rules
 * (`src/core/market.ts`), and the money fields' text ↔ minor units. DOM-free.
 * @module
 */
import type { Market, Money, Product } from '../../types.js';
import { isDeliverable, presentmentPrice, resolveMarket, taxLabel, type TaxLabel } from '../market.js';
import { formatMoney, minorUnitDigits } from '../money.js';
import type { ShowDraft } from './draft.js';

/** One product as a market sees it. */
export interface MarketRow {
  readonly productId: string;
  /** The price shown, formatted in the market's locale; `undefined` when the product has none. */
  readonly price?: string;
  /** False when the price is the product's own currency, not a price set for the market. */
  readonly exact: boolean;
  readonly tax?: TaxLabel;
  readonly deliverable: boolean;
}

/** Each product of the draft in `market`, as the player would price and deliver it. */
export function marketRows(draft: ShowDraft, market: Market): MarketRow[] {
  const resolved = resolveMarket({ markets: [market], currency: draft.currency, locale: draft.locale }, { market: market.id });
  const tax = taxLabel(resolved);
  return draft.products.map((product) => {
    const shown = presentmentPrice(product, undefined, resolved);
    const row: MarketRow = { productId: product.id, exact: shown.exact, deliverable: isDeliverable(product, resolved.country) };
    return {
      ...row,
      ...(shown.price ? { price: formatMoney(shown.price, resolved.locale) } : {}),
      ...(tax ? { tax } : {}),
    };
  });
}

/** Money as a person types it: `19.99` in GBP is 1999 pence; `undefined` when it is not a number. */
export function parseAmount(text: string, currency: string): number | undefined {
  const clean = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(clean)) return undefined;
  return Math.round(Number(clean) * 10 ** minorUnitDigits(currency));
}

/** Minor units as a person types them: 1999 pence is `19.99`. */
export function amountText(money: Money | undefined): string {
  if (!money) return '';
  const digits = minorUnitDigits(money.currency);
  return (money.amount / 10 ** digits).toFixed(digits);
}

/** `"USD 24.99, JPY 3800"` ↔ a product's `prices`; entries that do not read are left out. */
export function parsePrices(text: string): Money[] {
  return text
    .split(/[,;]\s*(?=[A-Za-z]{3})/)
    .map((part) => /^\s*([A-Za-z]{3})\s*([\d.,\s]+)$/.exec(part))
    .flatMap((m) => {
      if (!m) return [];
      const currency = m[1]!.toUpperCase();
      const amount = parseAmount(m[2]!, currency);
      return amount === undefined ? [] : [{ amount, currency }];
    });
}

/** A product's `prices` as the text {@link parsePrices} reads. */
export function pricesText(product: Pick<Product, 'prices'>): string {
  return product.prices.map((p) => `${p.currency} ${amountText(p)}`).join(', ');
}

/** `"GB, IE"` ↔ country codes (upper case); `undefined` for an empty field (no rule). */
export function parseCountries(text: string): string[] | undefined {
  const codes = text.split(/[\s,;]+/).filter((c) => /^[A-Za-z]{2}$/.test(c)).map((c) => c.toUpperCase());
  return codes.length ? codes : undefined;
}
