/**
 * Validation of the show document: untrusted JSON in, a normalised {@link Show} holding only the
 * valid parts out, plus one {@link ValidationIssue} per problem. Never throws, whatever the input.
 * @module
 */
import type { Product, Show, ValidationIssue } from '../types.js';
import { readMarkets, readMoments, readRates, readVideo } from './show-parts.js';
import { readProduct } from './show-product.js';
import { MORE_PATH, SHOW_LIMITS, ShowReader, isRecord, prop } from './show-reader.js';
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
  const r = new ShowReader(readBaseUrl(options));
  if (!isRecord(input)) {
    r.bad('(root)', input, 'must be an object');
    return { show: emptyShow(), issues: r.issues() };
  }
  const version = prop(input, 'version');
  if (version !== undefined && version !== 1) r.bad('version', version, 'unsupported version, read as version 1');

  const id = readId(r, prop(input, 'id'), 'id') ?? '';
  const products = readProducts(r, prop(input, 'products'));
  const productIds = new Set(products.map((p) => p.id));
  const show: Show = {
    version: 1,
    id,
    video: readVideo(r, prop(input, 'video')),
    products,
    moments: readMoments(r, prop(input, 'moments'), productIds),
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
  if (value === undefined) return products;
  const seen = new Set<string>();
  r.each(value, 'products', SHOW_LIMITS.maxProducts, (item, path) => {
    const product = readProduct(r, item, path, seen);
    if (product) products.push(product);
  });
  return products;
}

const MORE = /^… and (\d+) more$/;

/**
 * One sentence for a non-fatal `shoppable-error`: the count, then the first `max` issues.
 * `Show document: 2 invalid entries skipped: products[3].id: missing; moments[0].end: end must be after start`.
 * Returns `''` when there are no issues.
 */
export function formatIssues(issues: readonly ValidationIssue[], max = 10): string {
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
  if (shown.length === 0) return `Show document: ${count}`;
  return `Show document: ${count}: ${shown.join('; ')}${rest > 0 ? `; and ${rest} more` : ''}`;
}
