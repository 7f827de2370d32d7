/**
 * Shopify's product CSV export (Products → Export): one row per variant, the first row of a
 * product holding its product columns, later rows repeating only the `Handle`; rows with only an
 * image add images. The export names no currency and no variant ids: see {@link CatalogOptions}.
 * @module
 */
import type { Money } from '../../types.js';
import { currencyCode, decimalMoney } from './money.js';
import { type Draft, htmlToText, shopifyProductUrl } from './product.js';
import { type VariantDraft, assembleShopify } from './shopify-product.js';
import { type TableRow, readTable } from './table.js';
import type { CatalogOptions, ImportIssue } from './types.js';

const OPTION_COUNT = 3;
const MARKET_PRICE = /^Price \/ (.+)$/;

interface Market {
  readonly name: string;
  readonly currency: string;
}

/** The products of a Shopify product CSV export. */
export function readShopifyCsv(text: string, options: CatalogOptions, issues: ImportIssue[]): Draft[] {
  const table = readTable(text, ',', issues);
  if (!table.columns.includes('Handle')) {
    issues.push({ row: 1, column: 'Handle', message: 'no Handle column: not a Shopify product CSV export' });
    return [];
  }
  const currency = currencyCode(options.currency);
  const markets = readMarkets(table.columns, options, issues);
  const groups = new Map<string, TableRow[]>();
  for (const row of table.rows) {
    const handle = row.get('Handle');
    if (!handle) {
      issues.push({ row: row.row, column: 'Handle', message: 'missing; row skipped' });
      continue;
    }
    const group = groups.get(handle);
    if (group) group.push(row);
    else groups.set(handle, [row]);
  }
  const drafts: Draft[] = [];
  for (const [handle, rows] of groups) {
    const draft = readProduct(handle, rows, currency, markets, options, issues);
    if (draft) drafts.push(draft);
  }
  if (drafts.length && !table.columns.includes('Variant ID')) {
    issues.push({
      column: 'Variant ID',
      message: 'the export has no Shopify variant ids, so variants are keyed by SKU; the Shopify cart recipe needs the ids: import products.json for them',
    });
  }
  return drafts;
}

function readMarkets(columns: readonly string[], options: CatalogOptions, issues: ImportIssue[]): Market[] {
  const markets: Market[] = [];
  for (const column of columns) {
    const name = MARKET_PRICE.exec(column)?.[1];
    if (name === undefined) continue;
    const currency = currencyCode(options.marketCurrencies?.[name]);
    if (currency) markets.push({ name, currency });
    else issues.push({ row: 1, column, message: `the currency of market "${name}" is not known; its prices skipped` });
  }
  return markets;
}

function readProduct(
  handle: string,
  rows: readonly TableRow[],
  currency: string | undefined,
  markets: readonly Market[],
  options: CatalogOptions,
  issues: ImportIssue[],
): Draft | undefined {
  const first = rows[0]!;
  const title = first.get('Title');
  if (!title) {
    issues.push({ row: first.row, column: 'Title', message: `missing on the first row of "${handle}"; product skipped` });
    return undefined;
  }
  const status = first.get('Status').toLowerCase();
  if (status === 'draft' || status === 'archived') {
    issues.push({ row: first.row, column: 'Status', message: `"${handle}" is ${status}, not on sale; product skipped` });
    return undefined;
  }
  if (first.get('Published').toLowerCase() === 'false') {
    issues.push({ row: first.row, column: 'Published', message: `"${handle}" is not published; product skipped` });
    return undefined;
  }
  const optionNames: string[] = [];
  for (let i = 1; i <= OPTION_COUNT && first.get(`Option${i} Name`); i++) optionNames.push(first.get(`Option${i} Name`));
  const variants: VariantDraft[] = [];
  for (const row of rows) {
    if (!row.get('Option1 Value') && !row.get('Variant Price') && !row.get('Variant SKU')) continue;
    const variant = readVariant(row, optionNames, currency, markets, issues);
    if (variant) variants.push(variant);
  }
  const images = rows
    .filter((row) => row.get('Image Src'))
    .map((row) => ({ src: row.get('Image Src'), position: Number(row.get('Image Position')) || Infinity }))
    .sort((a, b) => a.position - b.position);
  const body = htmlToText(first.get('Body (HTML)'));
  return assembleShopify({
    handle,
    title,
    row: first.row,
    ...(body ? { description: body } : {}),
    url: shopifyProductUrl(handle, options.storeUrl),
    ...(images[0] ? { image: images[0].src } : {}),
    optionNames,
    variants,
    columns: { id: 'Handle', title: 'Title', description: 'Body (HTML)', image: 'Image Src', options: 'Option1 Name' },
    issues,
  });
}

function readVariant(
  row: TableRow,
  optionNames: readonly string[],
  currency: string | undefined,
  markets: readonly Market[],
  issues: ImportIssue[],
): VariantDraft | undefined {
  const values: string[] = [];
  for (let i = 0; i < optionNames.length; i++) {
    const value = row.get(`Option${i + 1} Value`);
    if (!value) {
      issues.push({ row: row.row, column: `Option${i + 1} Value`, message: `no value for "${optionNames[i]}"; variant skipped` });
      return undefined;
    }
    values.push(value);
  }
  const money = (column: string, code: string | undefined): Money | undefined => {
    const raw = row.get(column);
    if (!raw || !code) return undefined;
    const read = decimalMoney(raw, code);
    if (typeof read !== 'string') return read;
    issues.push({ row: row.row, column, message: `${read}; price skipped` });
    return undefined;
  };
  const prices = markets
    .filter((m) => row.get(`Included / ${m.name}`).toLowerCase() !== 'false')
    .map((m) => money(`Price / ${m.name}`, m.currency))
    .filter((m): m is Money => m !== undefined);
  const tracked = row.get('Variant Inventory Tracker') !== '';
  const quantity = Number(row.get('Variant Inventory Qty') || Number.NaN);
  const denies = row.get('Variant Inventory Policy').toLowerCase() !== 'continue';
  return {
    row: row.row,
    storeId: row.get('Variant ID') || undefined,
    sku: row.get('Variant SKU') || undefined,
    values,
    available: !(tracked && denies && quantity <= 0),
    price: money('Variant Price', currency),
    compareAtPrice: money('Variant Compare At Price', currency),
    prices,
    image: row.get('Variant Image') || undefined,
  };
}
