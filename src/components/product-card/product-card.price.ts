/**
 * The card's price line: the presentment price, an approximate figure when the merchant set none in
 * the market currency, the market's tax note and the compare-at price with its discount.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  presentmentPrice,
  taxLabel,
  type PresentmentPrice,
  type ResolvedMarket,
  type TaxLabel,
} from '../../core/market.js';
import { discountPercent, formatMoney, formatMoneyParts, formatPercent } from '../../core/money.js';
import { formatString, type Strings } from '../../core/strings.js';
import type { Money, Product, ProductVariant, Rates } from '../../types.js';

/** What the card's price line depends on: the card's properties, resolved. */
export interface CardPriceInput {
  readonly product: Product;
  readonly variant: ProductVariant | undefined;
  /** The currency to show: the card's own, else the market's. */
  readonly currency: string | undefined;
  readonly market: ResolvedMarket | undefined;
  readonly rates: Rates | undefined;
  readonly locale: string;
}

/** The price line of a card: picks the figure for the currency and the market's tax note. */
export function renderCardPrice(p: CardPriceInput, t: Strings): TemplateResult | typeof nothing {
  const { currency, market } = p;
  const shown = presentmentPrice(p.product, p.variant, { currency }, p.rates);
  // An explicit currency other than the market's says nothing about that market's tax.
  const tax = market && (!currency || currency === market.currency) ? taxLabel(market) : undefined;
  return renderPrice(shown, tax, p.locale, t);
}

/**
 * A figure whose currency symbol is its own left-to-right island: "UK£" stays "UK£" beside Arabic
 * digits. The text is exactly `formatMoney`'s (no characters added).
 */
function money(m: Money, locale: string): TemplateResult {
  return html`${formatMoneyParts(m, locale).map((p) =>
    p.type === 'currency' ? html`<span class="currency">${p.value}</span>` : p.value,
  )}`;
}

/**
 * Renders `shown` for `locale`. The visible pieces are hidden from assistive technology and read as
 * one phrase instead ("¥179.00 ≈ £19.69 incl. VAT"), so the approximate marker and the tax note are
 * never separated from the figure they qualify.
 */
export function renderPrice(
  shown: PresentmentPrice,
  tax: TaxLabel | undefined,
  locale: string,
  t: Strings,
): TemplateResult | typeof nothing {
  const { price, approx, compareAt } = shown;
  if (!price) return nothing;
  const current = formatMoney(price, locale);
  const approxText = approx ? formatString(t.approximately, { price: formatMoney(approx, locale) }) : '';
  const taxText = tax ? t[tax] : '';
  const spoken = [current, approxText, taxText].filter(Boolean).join(' ');
  const percent = discountPercent(price, compareAt);
  return html`<p class="price">
    <span class="visually-hidden">${spoken}</span>
    <span part="card-price" class="current" aria-hidden="true">${money(price, locale)}</span>
    ${approxText
      ? html`<span part="card-approx-price" class="approx" aria-hidden="true">${approxText}</span>`
      : nothing}
    ${taxText ? html`<span part="card-tax" class="tax" aria-hidden="true">${taxText}</span>` : nothing}
    ${percent !== undefined && compareAt
      ? html`<s part="card-compare-price" class="compare"
            ><span class="visually-hidden"
              >${formatString(t.compareAtPrice, { price: formatMoney(compareAt, locale) })}</span
            ><span aria-hidden="true">${money(compareAt, locale)}</span></s
          >
          <span part="card-discount" class="discount">${formatString(t.discount, { percent: formatPercent(percent, locale) })}</span
          >`
      : nothing}
  </p>`;
}
