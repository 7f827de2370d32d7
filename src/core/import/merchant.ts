/**
 * Google Merchant Center product data (the XML feed and the TSV file share it): one item per
 * variant, variants of one product sharing an `item_group_id`. The group becomes one product whose
 * id is the `item_group_id` and whose variants keep the items' `id`s (for WooCommerce, the
 * variation ids the cart recipe sends); an item without a group is a product of its own.
 * @module
 */
import type { Money } from '../../types.js';
import { priceWithCurrency } from './money.js';
import type { Draft } from './product.js';
import type { TableRow } from './table.js';
import type { ImportIssue } from './types.js';

/** The attributes that tell an item group's variants apart, in the order their options are listed. */
const VARIANT_ATTRIBUTES: readonly (readonly [string, string])[] = [
  ['color', 'Color'],
  ['size', 'Size'],
  ['material', 'Material'],
  ['pattern', 'Pattern'],
  ['age_group', 'Age group'],
  ['gender', 'Gender'],
];
const IN_STOCK = new Set(['in_stock', 'in stock', 'preorder', 'backorder']);
const OUT_OF_STOCK = new Set(['out_of_stock', 'out of stock']);
const COLUMNS = { id: 'id', title: 'title', description: 'description', url: 'link', image: 'image_link', price: 'price', compareAtPrice: 'price' };

/** `g:Price`, `Price`, `image link` → `price`, `image_link`: the attribute names feeds write. */
export const attributeName = (header: string): string =>
  header.trim().toLowerCase().replace(/^g:/, '').replace(/\s+/g, '_');

interface Item {
  readonly row: number;
  readonly id: string;
  readonly cells: TableRow;
  readonly available: boolean;
  readonly price?: Money;
  readonly compareAtPrice?: Money;
  readonly prices: Money[];
}

/** The products of a feed's items. */
export function readMerchantItems(rows: readonly TableRow[], issues: ImportIssue[]): Draft[] {
  const items = new Map<string, Item>();
  for (const cells of rows) {
    const item = readItem(cells, issues);
    if (!item) continue;
    const twin = items.get(item.id);
    if (!twin) items.set(item.id, item);
    else if (item.price && ![twin.price, ...twin.prices].some((p) => p?.currency === item.price!.currency)) {
      // The same item in a feed for another country: its price there.
      twin.prices.push(item.price);
    } else {
      issues.push({ row: item.row, column: 'id', message: `"${item.id}" again (row ${twin.row}); row skipped` });
    }
  }
  const groups = new Map<string, Item[]>();
  for (const item of items.values()) {
    const key = item.cells.get('item_group_id');
    const group = key ? groups.get(`group:${key}`) : undefined;
    if (group) group.push(item);
    else groups.set(key ? `group:${key}` : `item:${item.id}`, [item]);
  }
  const drafts: Draft[] = [];
  for (const group of groups.values()) {
    const draft = group[0]!.cells.get('item_group_id') ? readGroup(group, issues) : readSingle(group[0]!);
    if (draft) drafts.push(draft);
  }
  return drafts;
}

function readItem(cells: TableRow, issues: ImportIssue[]): Item | undefined {
  const row = cells.row;
  const id = cells.get('id');
  if (!id) {
    issues.push({ row, column: 'id', message: 'missing; row skipped' });
    return undefined;
  }
  if (!cells.get('title')) {
    issues.push({ row, column: 'title', message: `missing for "${id}"; row skipped` });
    return undefined;
  }
  const money = (column: string): Money | undefined => {
    const raw = cells.get(column);
    if (!raw) return undefined;
    const read = priceWithCurrency(raw);
    if (typeof read !== 'string') return read;
    issues.push({ row, column, message: `${read}; price skipped` });
    return undefined;
  };
  const regular = money('price');
  const sale = money('sale_price');
  const onSale = sale && regular && sale.currency === regular.currency && sale.amount < regular.amount;
  const availability = cells.get('availability').toLowerCase();
  if (availability && !IN_STOCK.has(availability) && !OUT_OF_STOCK.has(availability)) {
    issues.push({ row, column: 'availability', message: `unknown value "${availability}"; read as in stock` });
  }
  return {
    row,
    id,
    cells,
    available: !OUT_OF_STOCK.has(availability),
    ...(onSale ? { price: sale, compareAtPrice: regular } : (regular ?? sale) ? { price: regular ?? sale } : {}),
    prices: [],
  };
}

function pricing(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (item.price) out.price = item.price;
  if (item.compareAtPrice) out.compareAtPrice = item.compareAtPrice;
  if (item.prices.length) out.prices = item.prices;
  return out;
}

function common(item: Item): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, column] of [['description', 'description'], ['url', 'link'], ['image', 'image_link']] as const) {
    const value = item.cells.get(column);
    if (value) out[key] = value;
  }
  return out;
}

function readSingle(item: Item): Draft {
  const product = { id: item.id, title: item.cells.get('title'), ...common(item), available: item.available, ...pricing(item) };
  return { product, row: item.row, columns: COLUMNS };
}

function readGroup(items: readonly Item[], issues: ImportIssue[]): Draft | undefined {
  const groupId = items[0]!.cells.get('item_group_id');
  // An attribute names an option when the group's items differ in it.
  const attributes = VARIANT_ATTRIBUTES.filter(([key]) => new Set(items.map((i) => i.cells.get(key))).size > 1);
  const seen = new Map<string, number>();
  const kept: Item[] = [];
  for (const item of items) {
    const missing = attributes.find(([key]) => !item.cells.get(key));
    if (missing) {
      issues.push({ row: item.row, column: missing[0], message: `missing while other items of "${groupId}" have one; row skipped` });
      continue;
    }
    const key = attributes.map(([k]) => item.cells.get(k)).join('\u0000');
    const twin = seen.get(key);
    if (twin !== undefined) {
      issues.push({ row: item.row, column: 'item_group_id', message: `same options as row ${twin} in "${groupId}"; row skipped` });
      continue;
    }
    seen.set(key, item.row);
    kept.push(item);
  }
  const main = kept.find((i) => i.available) ?? kept[0];
  if (!main) return undefined;
  const first = kept[0]!;
  const variants = kept.map((item) => {
    const values = attributes.map(([key]) => item.cells.get(key));
    const image = item.cells.get('image_link');
    return {
      id: item.id,
      title: values.length ? values.join(' / ') : item.cells.get('title'),
      options: Object.fromEntries(attributes.map(([, name], i) => [name, values[i]])),
      available: item.available,
      ...(item.price ? { price: item.price } : {}),
      ...(item.prices.length ? { prices: item.prices } : {}),
      ...(image && image !== first.cells.get('image_link') ? { image } : {}),
    };
  });
  const product = {
    id: groupId,
    title: commonTitle(kept.map((i) => i.cells.get('title'))),
    ...common(first),
    options: attributes.map(([key, name]) => ({ name, values: [...new Set(kept.map((i) => i.cells.get(key)))] })),
    variants,
    ...pricing(main),
  };
  return { product, row: first.row, variantRows: kept.map((i) => i.row), columns: { ...COLUMNS, id: 'item_group_id' } };
}

/**
 * The product's title from its variants' (`Silk fan - Red`, `Silk fan - Blue` → `Silk fan`): their
 * common start at a word, without a trailing separator; the first title when too little is shared.
 */
export function commonTitle(titles: readonly string[]): string {
  const first = titles[0] ?? '';
  let end = first.length;
  for (const title of titles) {
    let i = 0;
    while (i < end && i < title.length && title[i] === first[i]) i++;
    end = i;
  }
  if (end === first.length && titles.every((t) => t.length === end)) return first;
  const shared = first.slice(0, end);
  // Cut back to a word boundary unless every title continues with a separator there.
  const atWord = titles.every((t) => t.length === end || /[\s\-–—,/|:(（，、]/.test(t[end]!)) ? shared : shared.replace(/\S*$/, '');
  const trimmed = atWord.replace(/[\s\-–—,/|:(（，、]+$/u, '');
  return trimmed.length >= 2 ? trimmed : first;
}
