/**
 * A Shopify store's `products.json` (`https://<store>/products.json`, or one product's
 * `/products/<handle>.json`): products with their Shopify variant ids, which the Shopify cart recipe
 * sends as they are. Like the CSV export it names no currency (see {@link CatalogOptions}).
 * @module
 */
import type { Money } from '../../types.js';
import { currencyCode, decimalMoney } from './money.js';
import { type Draft, htmlToText, shopifyProductUrl } from './product.js';
import { type VariantDraft, assembleShopify } from './shopify-product.js';
import type { CatalogOptions, ImportIssue } from './types.js';

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');

/** The products of a parsed `products.json` (`{ products: [...] }` or `{ product: {...} }`). */
export function readShopifyJson(data: unknown, options: CatalogOptions, issues: ImportIssue[]): Draft[] {
  const products = isJson(data) ? (Array.isArray(data.products) ? data.products : isJson(data.product) ? [data.product] : undefined) : undefined;
  if (!products) {
    issues.push({ message: 'no "products" list: not a Shopify products.json' });
    return [];
  }
  const currency = currencyCode(options.currency);
  const drafts: Draft[] = [];
  products.forEach((item, i) => {
    const row = i + 1;
    const skip = (column: string, message: string) => issues.push({ row, column, message: `${message}; product skipped` });
    if (!isJson(item)) return skip('products', 'not an object');
    const handle = text(item.handle);
    if (!handle) return skip('handle', 'missing');
    const title = text(item.title);
    if (!title) return skip('title', `missing for "${handle}"`);
    const optionNames = list(item.options).map((o) => (isJson(o) ? text(o.name) : '')).filter(Boolean);
    const variants: VariantDraft[] = [];
    list(item.variants).forEach((v, j) => {
      const variant = readVariant(v, row, `variants[${j}]`, optionNames.length, currency, issues);
      if (variant) variants.push(variant);
    });
    const image = list(item.images).map((im) => (isJson(im) ? text(im.src) : ''))[0] || (isJson(item.image) ? text(item.image.src) : '');
    const description = htmlToText(text(item.body_html));
    drafts.push(
      assembleShopify({
        handle,
        title,
        row,
        ...(description ? { description } : {}),
        url: shopifyProductUrl(handle, options.storeUrl),
        ...(image ? { image } : {}),
        optionNames,
        variants,
        columns: { id: 'handle', title: 'title', description: 'body_html', image: 'images', options: 'options' },
        issues,
      }),
    );
  });
  return drafts;
}

function readVariant(
  value: unknown,
  row: number,
  where: string,
  optionCount: number,
  currency: string | undefined,
  issues: ImportIssue[],
): VariantDraft | undefined {
  const skip = (column: string, message: string): undefined => {
    issues.push({ row, column: `${where}.${column}`, message: `${message}; variant skipped` });
    return undefined;
  };
  if (!isJson(value)) return skip('id', 'not an object');
  const id = text(value.id);
  if (!id) return skip('id', 'missing');
  const values: string[] = [];
  for (let i = 1; i <= optionCount; i++) {
    const chosen = text(value[`option${i}`]);
    if (!chosen) return skip(`option${i}`, 'missing');
    values.push(chosen);
  }
  const money = (key: string): Money | undefined => {
    const raw = value[key];
    if (raw === null || raw === undefined || raw === '' || !currency) return undefined;
    const read = decimalMoney(typeof raw === 'number' ? raw : text(raw), currency);
    if (typeof read !== 'string') return read;
    issues.push({ row, column: `${where}.${key}`, message: `${read}; price skipped` });
    return undefined;
  };
  const image = isJson(value.featured_image) ? text(value.featured_image.src) : '';
  return {
    row,
    storeId: id,
    ...(text(value.sku) ? { sku: text(value.sku) } : {}),
    values,
    available: value.available !== false,
    price: money('price'),
    compareAtPrice: money('compare_at_price'),
    prices: [],
    ...(image ? { image } : {}),
  };
}
