/**
 * Variant choice: which option values a shopper may pick and which variant a choice names.
 * Pure functions over {@link Product}; the card keeps the selection as state.
 * @module
 */
import type { Product, ProductVariant } from '../types.js';

/** Option name → chosen value. */
export type Selection = Readonly<Record<string, string>>;

function matches(product: Product, variant: ProductVariant, selection: Selection): boolean {
  return product.options.every((o) => variant.options[o.name] === selection[o.name]);
}

/** The variant shown first: the first available one, else the first one. */
export function defaultVariant(product: Product): ProductVariant | undefined {
  return product.variants.find((v) => v.available) ?? product.variants[0];
}

/** The selection of {@link defaultVariant}, with each option it leaves open set to its first value. */
export function defaultSelection(product: Product): Selection {
  const variant = defaultVariant(product);
  const selection: Record<string, string> = {};
  for (const option of product.options) {
    const value = variant?.options[option.name] ?? option.values[0];
    if (value !== undefined) selection[option.name] = value;
  }
  return selection;
}

/**
 * The variant `selection` names (an available one first when several match), or `undefined` when
 * no variant has that combination. A product without options or variants gives its first variant.
 */
export function findVariant(product: Product, selection: Selection): ProductVariant | undefined {
  const candidates = product.variants.filter((v) => matches(product, v, selection));
  return candidates.find((v) => v.available) ?? candidates[0];
}

/**
 * Whether some available variant uses `value` for `optionName`. With no variants at all, every
 * value counts as available (the product's own `available` flag decides).
 */
export function isValueAvailable(product: Product, optionName: string, value: string): boolean {
  if (product.variants.length === 0) return true;
  return product.variants.some((v) => v.available && v.options[optionName] === value);
}

/**
 * The selection after the shopper picks `value` for `optionName`. When that combination has no
 * available variant, the other options move to the first available variant with that value, so a
 * pick never strands the shopper on a combination they cannot buy.
 */
export function select(
  product: Product,
  selection: Selection,
  optionName: string,
  value: string,
): Selection {
  const next = { ...selection, [optionName]: value };
  if (product.variants.length === 0 || findVariant(product, next)?.available) return next;
  const nearest = product.variants.find((v) => v.available && v.options[optionName] === value);
  if (!nearest) return next;
  for (const option of product.options) {
    const v = nearest.options[option.name];
    if (v !== undefined) next[option.name] = v;
  }
  return next;
}

/** The variants a shopper can buy now: the available ones (a sold-out variant is no choice). */
export function purchasableVariants(product: Product): ProductVariant[] {
  return product.variants.filter((v) => v.available);
}

/**
 * Whether adding `product` needs the shopper to choose: it has more than one purchasable variant.
 * The overlay's cards then offer "Choose options" instead of adding one silently; a product with
 * one (or no) purchasable variant keeps its one-tap add.
 */
export function needsChoice(product: Product): boolean {
  return product.available && purchasableVariants(product).length > 1;
}
