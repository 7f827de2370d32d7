/**
 * Validation of one product of a show document, with its options and variants.
 * @module
 */
import type { LocalizedText, Money, Product, ProductOption, ProductVariant } from '../types.js';
import { SHOW_LIMITS, type ShowReader, isNormalised, isRecord, keyPath, markNormalised, prop, quote } from './show-reader.js';
import {
  assign,
  canonicalText,
  readBoolean,
  readCountries,
  readId,
  readMoney,
  readPrices,
  readText,
  readUrl,
} from './show-values.js';

// Keys that would reach an object's prototype if written as option names in `variant.options`.
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A product, or undefined (with issues) when its id or title is unusable or its id was seen.
 * Optional fields that are invalid are dropped with an issue; the product is kept. A product this
 * reader made is returned as it is (only its id is checked against `seen`).
 */
export function readProduct(r: ShowReader, value: unknown, path: string, seen: Set<string>): Product | undefined {
  if (isNormalised(value)) return unseen(r, value as Product, path, seen);
  if (!isRecord(value)) return r.bad(path, value, 'must be an object');
  const id = readId(r, prop(value, 'id'), `${path}.id`);
  if (id === undefined) return undefined;
  if (seen.has(id)) return r.bad(`${path}.id`, id, `duplicate id ${quote(id)}`);
  const title = readText(r, prop(value, 'title'), `${path}.title`);
  if (title === undefined) return undefined;
  seen.add(id);

  const options = readOptions(r, prop(value, 'options'), `${path}.options`);
  const variants = readVariants(r, prop(value, 'variants'), `${path}.variants`, options);
  const available =
    readBoolean(r, prop(value, 'available'), `${path}.available`, true) &&
    (variants.length === 0 || variants.some((v) => v.available));
  const { price, compareAtPrice, prices } = readPricing(r, value, path, true);
  const product: Product = { id, title, prices, options, variants, available };
  assign(product, 'description', optional(r, value, 'description', path, readText));
  assign(product, 'url', optional(r, value, 'url', path, readUrl));
  assign(product, 'image', optional(r, value, 'image', path, readUrl));
  assign(product, 'price', price);
  assign(product, 'compareAtPrice', compareAtPrice);
  assign(product, 'shipsTo', readCountries(r, prop(value, 'shipsTo'), `${path}.shipsTo`));
  assign(product, 'excludedCountries', readCountries(r, prop(value, 'excludedCountries'), `${path}.excludedCountries`));
  return markNormalised(product);
}

function unseen(r: ShowReader, product: Product, path: string, seen: Set<string>): Product | undefined {
  if (seen.has(product.id)) return r.bad(`${path}.id`, product.id, `duplicate id ${quote(product.id)}`);
  seen.add(product.id);
  return product;
}

/** `price`, `prices` and (products only) `compareAtPrice`, which must be in the currency of `price`. */
function readPricing(
  r: ShowReader,
  value: object,
  path: string,
  withCompare: boolean,
): { price?: Money; compareAtPrice?: Money; prices: Money[] } {
  const price = optional(r, value, 'price', path, readMoney);
  let compareAtPrice = withCompare ? optional(r, value, 'compareAtPrice', path, readMoney) : undefined;
  if (compareAtPrice && price && compareAtPrice.currency !== price.currency) {
    r.issue(`${path}.compareAtPrice.currency`, 'must be the currency of price');
    compareAtPrice = undefined;
  }
  return { price, compareAtPrice, prices: readPrices(r, prop(value, 'prices'), `${path}.prices`) };
}

function optional<T>(
  r: ShowReader,
  value: object,
  key: string,
  path: string,
  read: (r: ShowReader, value: unknown, path: string) => T | undefined,
): T | undefined {
  const raw = prop(value, key);
  return raw === undefined ? undefined : read(r, raw, `${path}.${key}`);
}

function readOptions(r: ShowReader, value: unknown, path: string): ProductOption[] {
  const options: ProductOption[] = [];
  if (value === undefined) return options;
  r.each(value, path, SHOW_LIMITS.maxOptions, (item, itemPath) => {
    const option = readOption(r, item, itemPath);
    if (!option) return;
    if (options.some((o) => o.name === option.name)) {
      r.issue(`${itemPath}.name`, `duplicate option ${quote(option.name)}`);
    } else {
      options.push(option);
    }
  });
  return options;
}

function readOption(r: ShowReader, value: unknown, path: string): ProductOption | undefined {
  if (!isRecord(value)) return r.bad(path, value, 'must be an object');
  const label = readText(r, prop(value, 'name'), `${path}.name`);
  if (label === undefined) return undefined;
  const name = canonicalText(label);
  if (RESERVED.has(name)) return r.bad(`${path}.name`, name, `reserved name ${quote(name)}`);
  const values: string[] = [];
  // A set beside the list: 10,000 options of 100 values would be 50 million comparisons.
  const seenValues = new Set<string>();
  const labels: LocalizedText[] = [];
  const rawValues = prop(value, 'values');
  const ok = r.eachLazy(rawValues, `${path}.values`, SHOW_LIMITS.maxOptionValues, (item, at) => {
    // A plain string, the usual value, is read without making its path.
    const plain = typeof item === 'string' && item.length <= SHOW_LIMITS.maxText && item.trim() !== '';
    const text = plain ? item : readText(r, item, at());
    if (text === undefined) return;
    const canonical = canonicalText(text);
    if (seenValues.has(canonical)) {
      r.issue(at(), `duplicate value ${quote(canonical)}`);
    } else {
      seenValues.add(canonical);
      values.push(canonical);
      labels.push(text);
    }
  });
  if (!ok) return undefined;
  if (values.length === 0) return r.bad(`${path}.values`, rawValues, 'must have at least one value');
  const option: ProductOption = { name, values };
  // `label` and `valueLabels` are how a read option (the `Product` type) keeps its display text
  // beside the canonical `name` and `values`: a typed product read again keeps its translations.
  const shown = optional(r, value, 'label', path, readText) ?? label;
  if (typeof shown !== 'string' || shown !== name) assign(option, 'label', shown);
  const valueLabels = readValueLabels(r, prop(value, 'valueLabels'), `${path}.valueLabels`, values.length) ?? labels;
  if (valueLabels.some((l) => typeof l !== 'string')) assign(option, 'valueLabels', valueLabels);
  return option;
}

/** One display text per value, or undefined (with an issue when given but unusable). */
function readValueLabels(r: ShowReader, value: unknown, path: string, count: number): LocalizedText[] | undefined {
  if (value === undefined) return undefined;
  const labels: LocalizedText[] = [];
  const ok = r.each(value, path, SHOW_LIMITS.maxOptionValues, (item, itemPath) => {
    const text = readText(r, item, itemPath);
    if (text !== undefined) labels.push(text);
  });
  if (!ok) return undefined;
  return labels.length === count ? labels : r.bad(path, value, 'must have one label per value');
}

function readVariants(r: ShowReader, value: unknown, path: string, options: readonly ProductOption[]): ProductVariant[] {
  const variants: ProductVariant[] = [];
  if (value === undefined) return variants;
  const seen = new Set<string>();
  r.each(value, path, SHOW_LIMITS.maxVariants, (item, itemPath) => {
    const variant = readVariant(r, item, itemPath, options, seen);
    if (variant) variants.push(variant);
  });
  return variants;
}

function readVariant(
  r: ShowReader,
  value: unknown,
  path: string,
  options: readonly ProductOption[],
  seen: Set<string>,
): ProductVariant | undefined {
  if (!isRecord(value)) return r.bad(path, value, 'must be an object');
  const id = readId(r, prop(value, 'id'), `${path}.id`);
  if (id === undefined) return undefined;
  if (seen.has(id)) return r.bad(`${path}.id`, id, `duplicate id ${quote(id)}`);
  const chosen = readChoice(r, prop(value, 'options'), `${path}.options`, options);
  if (!chosen) return undefined;
  seen.add(id);
  const variant: ProductVariant = {
    id,
    options: chosen,
    available: readBoolean(r, prop(value, 'available'), `${path}.available`, true),
  };
  assign(variant, 'title', optional(r, value, 'title', path, readText));
  const { price, prices } = readPricing(r, value, path, false);
  assign(variant, 'price', price);
  if (prices.length > 0) assign(variant, 'prices', prices);
  assign(variant, 'image', optional(r, value, 'image', path, readUrl));
  return variant;
}

const valueSets = new WeakMap<ProductOption, ReadonlySet<string>>();

/** An option's values as a set, made once per option: 250 variants × 10 options look values up 2,500 times. */
function valueSet(option: ProductOption): ReadonlySet<string> {
  let set = valueSets.get(option);
  if (!set) valueSets.set(option, (set = new Set(option.values)));
  return set;
}

/** A variant's `{ optionName: value }`; every pair must exist in the product's options. */
function readChoice(
  r: ShowReader,
  value: unknown,
  path: string,
  options: readonly ProductOption[],
): Record<string, string> | undefined {
  const choice: Record<string, string> = {};
  if (value === undefined) return choice;
  if (!isRecord(value)) return r.bad(path, value, 'must be an object');
  const keys = r.keys(value, path, Infinity);
  if (!keys) return undefined;
  // More keys than options means an unknown one; say so without reading a hostile number of keys.
  if (keys.length > options.length) {
    const unknown = keys.find((k) => !options.some((o) => o.name === k)) ?? '';
    return r.bad(`${path}${keyPath(unknown)}`, unknown, `unknown option ${quote(unknown)}`);
  }
  for (const key of keys) {
    const option = options.find((o) => o.name === key);
    if (!option) return r.bad(`${path}${keyPath(key)}`, key, `unknown option ${quote(key)}`);
    const chosen = prop(value, key);
    if (typeof chosen !== 'string') return r.bad(`${path}${keyPath(key)}`, chosen, 'must be a string');
    if (!valueSet(option).has(chosen)) return r.bad(`${path}${keyPath(key)}`, chosen, `unknown value ${quote(chosen)}`);
    // `key` is an option name, never a reserved one (see readOption).
    choice[key] = chosen;
  }
  return choice;
}
