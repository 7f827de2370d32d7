/**
 * One Shopify product, from either export (CSV rows or `products.json`), into a show-document
 * product: Shopify's lone "Title: Default Title" option dropped, variants keyed by their Shopify
 * ids, the product priced as its first available variant (as Liquid's
 * `selected_or_first_available_variant`).
 * @module
 */
import type { Money } from '../../types.js';
import type { Draft } from './product.js';
import type { ImportIssue } from './types.js';

/** A variant as read from the file, before ids and options are settled. */
export interface VariantDraft {
  readonly row?: number;
  /** Shopify's variant id, when the file has it. */
  readonly storeId?: string;
  readonly sku?: string;
  /** Option values, index for index with the product's option names. */
  readonly values: readonly string[];
  readonly available: boolean;
  readonly price?: Money;
  readonly compareAtPrice?: Money;
  readonly prices: readonly Money[];
  readonly image?: string;
}

/** A product as read from the file. */
export interface ProductDraft {
  readonly handle: string;
  readonly title: string;
  readonly row?: number;
  readonly description?: string;
  readonly url: string;
  readonly image?: string;
  readonly optionNames: readonly string[];
  readonly variants: readonly VariantDraft[];
  readonly columns: Readonly<Record<string, string>>;
  readonly issues: ImportIssue[];
}

const isDefault = (names: readonly string[], variants: readonly VariantDraft[]) =>
  names.length === 1 && names[0] === 'Title' && variants.every((v) => v.values[0] === 'Default Title');

/** The show-document product of one Shopify product; its id is the handle. */
export function assembleShopify(input: ProductDraft): Draft {
  const { handle, optionNames, issues } = input;
  const names = isDefault(optionNames, input.variants) ? [] : optionNames;
  const seen = new Map<string, number | undefined>();
  const skus = input.variants.map((v) => v.sku);
  const variants: VariantDraft[] = [];
  const out: Record<string, unknown>[] = [];
  for (const v of input.variants) {
    const values = v.values.slice(0, names.length);
    const key = values.join('\u0000');
    if (seen.has(key)) {
      const where = seen.get(key);
      issues.push({ ...(v.row ? { row: v.row } : {}), message: `"${handle}" has the variant ${values.join(' / ') || 'Default Title'} twice${where ? ` (row ${where})` : ''}; variant skipped` });
      continue;
    }
    seen.set(key, v.row);
    // Without Shopify's id, the SKU when it is the product's only one with it, else the options.
    const uniqueSku = v.sku && skus.indexOf(v.sku) === skus.lastIndexOf(v.sku) ? v.sku : undefined;
    const id = v.storeId ?? uniqueSku ?? (values.length ? `${handle}:${values.join('/')}` : handle);
    const variant: Record<string, unknown> = { id, options: Object.fromEntries(names.map((n, i) => [n, values[i]])), available: v.available };
    if (values.length) variant.title = values.join(' / ');
    if (v.price) variant.price = v.price;
    if (v.prices.length) variant.prices = v.prices;
    if (v.image) variant.image = v.image;
    variants.push(v);
    out.push(variant);
  }
  const main = variants.find((v) => v.available) ?? variants[0];
  const product: Record<string, unknown> = {
    id: handle,
    title: input.title,
    url: input.url,
    // Options come from the variants kept: an option no variant is left to choose is no option.
    options: variants.length ? names.map((name, i) => ({ name, values: [...new Set(variants.map((v) => v.values[i]!))] })) : [],
    variants: out,
    available: variants.length === 0 || variants.some((v) => v.available),
  };
  if (input.description) product.description = input.description;
  if (input.image ?? main?.image) product.image = input.image ?? main?.image;
  if (main?.price) product.price = main.price;
  if (main?.price && main.compareAtPrice && main.compareAtPrice.amount > main.price.amount) {
    product.compareAtPrice = main.compareAtPrice;
  }
  if (main?.prices.length) product.prices = main.prices;
  return {
    product,
    ...(input.row ? { row: input.row } : {}),
    variantRows: variants.map((v) => v.row ?? input.row),
    columns: input.columns,
  };
}
