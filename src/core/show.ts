/**
 * Validation of the show document: untrusted JSON in, a normalised {@link Show} holding only the
 * valid parts out, plus one {@link ValidationIssue} per problem. Never throws, whatever the input.
 * @module
 */
import type { Moment, Product, Show, ValidationIssue } from '../types.js';
import { momentSteps, readMarkets, readMoments, readRates, readVideo } from './show-parts.js';
import { readProduct } from './show-product.js';
import { MORE_PATH, SHOW_LIMITS, ShowReader, finish, isRecord, prop } from './show-reader.js';
import { assign, readCurrency, readId, readLocale, readText } from './show-values.js';

export { SHOW_LIMITS } from './show-reader.js';

/** Options for {@link validateShow}. */
export interface ValidateShowOptions {
  /** The show document's own URL: relative URLs in it are resolved against it. */
  readonly baseUrl?: string;
}

/** A show with nothing in it: what an invalid document validates to. */
export function emptyShow(): Show {
  return { version: 1, id: '', video: { captions: [] }, products: [], moments: [], markets: [] };
}

/**
 * Validates and normalises a show document. Invalid entries are dropped, each with an issue whose
 * `path` names it (`products[3].id`); the rest is kept. Work is bounded by {@link SHOW_LIMITS};
 * cyclic objects, throwing getters and Proxies are read defensively.
 */
export function validateShow(
  input: unknown,
  options?: ValidateShowOptions,
): { show: Show; issues: ValidationIssue[] } {
  return finish(validateShowSteps(input, options));
}

/**
 * {@link validateShow} as steps that may pause (`yield`) between products and between runs of
 * moments, for `runInSlices` (core/slices.ts): the player reads a show from its URL this way, so a
 * show at the limits does not block the page for the whole read. Same result as `validateShow`.
 */
export function* validateShowSteps(
  input: unknown,
  options?: ValidateShowOptions,
): Generator<void, { show: Show; issues: ValidationIssue[] }> {
  const r = new ShowReader(readBaseUrl(options));
  if (!isRecord(input)) {
    r.bad('(root)', input, 'must be an object');
    return { show: emptyShow(), issues: r.issues() };
  }
  const version = prop(input, 'version');
  if (version !== undefined && version !== 1) r.bad('version', version, 'unsupported version, read as version 1');

  const id = readId(r, prop(input, 'id'), 'id') ?? '';
  const products: Product[] = [];
  yield* productSteps(r, prop(input, 'products'), products);
  const productIds = new Set(products.map((p) => p.id));
  const show: Show = {
    version: 1,
    id,
    video: readVideo(r, prop(input, 'video')),
    products,
    moments: yield* momentSteps(r, prop(input, 'moments'), productIds),
    markets: readMarkets(r, prop(input, 'markets')),
  };
  const title = prop(input, 'title');
  if (title !== undefined) assign(show, 'title', readText(r, title, 'title'));
  const locale = prop(input, 'locale');
  if (locale !== undefined) assign(show, 'locale', readLocale(r, locale, 'locale'));
  const currency = prop(input, 'currency');
  if (currency !== undefined) assign(show, 'currency', readCurrency(r, currency, 'currency'));
  const rates = prop(input, 'rates');
  if (rates !== undefined) assign(show, 'rates', readRates(r, rates));
  const unavailable = prop(input, 'unavailableProducts');
  if (unavailable === 'show' || unavailable === 'hide') assign(show, 'unavailableProducts', unavailable);
  else if (unavailable !== undefined) r.bad('unavailableProducts', unavailable, 'must be "show" or "hide"');
  return { show, issues: r.issues() };
}

/**
 * Reads one product as {@link validateShow} reads the show's products (the same reader): untrusted
 * input in, a normalised {@link Product} (`prices`, `options`, `variants`, `available` filled in)
 * or `undefined` out, with one issue per problem, paths starting at `product`. A product that
 * `validateShow` (or this function) made is returned as it is, unread. Never throws.
 */
export function validateProduct(
  input: unknown,
  options?: ValidateShowOptions,
): { product: Product | undefined; issues: ValidationIssue[] } {
  const r = new ShowReader(readBaseUrl(options));
  const product = readProduct(r, input, 'product', new Set());
  return { product, issues: r.issues() };
}

/**
 * Reads a list of products as {@link validateShow} reads `products`: invalid entries dropped with
 * an issue (`products[2].price`), normalised products passed through unread. Never throws.
 */
export function validateProducts(
  input: unknown,
  options?: ValidateShowOptions,
): { products: Product[]; issues: ValidationIssue[] } {
  const r = new ShowReader(readBaseUrl(options));
  return { products: readProducts(r, input), issues: r.issues() };
}

/**
 * Reads a list of moments as {@link validateShow} reads `moments` (sorted by start), except that
 * a moment may name any product id. Never throws.
 */
export function validateMoments(input: unknown): { moments: Moment[]; issues: ValidationIssue[] } {
  const r = new ShowReader(undefined);
  return { moments: readMoments(r, input), issues: r.issues() };
}

function readBaseUrl(options: ValidateShowOptions | undefined): string | undefined {
  // The options come from our own elements, but "never throws" covers them too.
  try {
    const baseUrl = options?.baseUrl;
    return typeof baseUrl === 'string' ? baseUrl : undefined;
  } catch {
    return undefined;
  }
}

function readProducts(r: ShowReader, value: unknown): Product[] {
  const products: Product[] = [];
  finish(productSteps(r, value, products));
  return products;
}

/** Reads `products` into `into`, pausing after each product (one may hold 1,000 option values). */
function* productSteps(r: ShowReader, value: unknown, into: Product[]): Generator<void, void> {
  if (value === undefined) return;
  const seen = new Set<string>();
  yield* r.steps(value, 'products', SHOW_LIMITS.maxProducts, 1, (item, at) => {
    const product = readProduct(r, item, at(), seen);
    if (product) into.push(product);
  });
}

const MORE = /^… and (\d+) more$/;

/**
 * One sentence for a non-fatal `shoppable-error`: the count, then the first `max` issues.
 * `Show document: 2 invalid entries skipped: products[3].id: missing; moments[0].end: end must be after start`.
 * `subject` names what was read (an element's properties rather than a show document).
 * Returns `''` when there are no issues.
 */
export function formatIssues(issues: readonly ValidationIssue[], max = 10, subject = 'Show document'): string {
  let total = 0;
  const shown: string[] = [];
  for (const issue of issues) {
    const more = issue.path === MORE_PATH ? MORE.exec(issue.message) : null;
    if (more) {
      total += Number(more[1]);
      continue;
    }
    total++;
    if (shown.length < max) shown.push(issue.path === MORE_PATH ? issue.message : `${issue.path}: ${issue.message}`);
  }
  if (total === 0) return '';
  const rest = total - shown.length;
  const count = `${total} invalid ${total === 1 ? 'entry' : 'entries'} skipped`;
  if (shown.length === 0) return `${subject}: ${count}`;
  return `${subject}: ${count}: ${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
