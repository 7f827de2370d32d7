/**
 * Search engines see the moments: schema.org JSON-LD for a show, a `VideoObject` with one `Clip` per
 * product moment, each linked to its `Product` and `Offer`. Opt-in: nothing here runs unless a page
 * (or a server building one) calls it.
 *
 * ```js
 * import { jsonLdScript } from 'shoppable-video/seo';
 * const head = jsonLdScript(show, { pageUrl: 'https://shop.example/live/spring', uploadDate: '2026-03-01' });
 * ```
 * @module
 */
import { minorUnitDigits, priceIn } from '../core/money.js';
import { resolveText } from '../core/text.js';
import { safeUrl } from '../core/url.js';
import type { LocalizedText, Money, Product, Show } from '../types.js';

/** Options of {@link showJsonLd}. */
export interface JsonLdOptions {
  /** The absolute URL of the page the player is on; clip URLs are this plus `#t=<seconds>`. */
  readonly pageUrl: string;
  /** Language for titles and `inLanguage`; default the show's `locale`. */
  readonly locale?: string;
  /** ISO 4217 currency of the offers; default the show's `currency`. A product without a price in it offers its own. */
  readonly currency?: string;
  /** When the video was first published (ISO 8601); search engines require it for video results. */
  readonly uploadDate?: string;
  /** The video's name; default the show's title, else its id. */
  readonly name?: string;
  /** The video's description; default its name. */
  readonly description?: string;
  /** A thumbnail image; default the show's `video.poster`. */
  readonly thumbnailUrl?: string;
  /** The media file; default the show's `video.src`. */
  readonly contentUrl?: string;
  /** Length of the video in seconds, written as an ISO 8601 duration (`PT1M0S`). */
  readonly duration?: number;
}

const SCHEMA = 'https://schema.org';
const IN_STOCK = 'https://schema.org/InStock';
const OUT_OF_STOCK = 'https://schema.org/OutOfStock';

/**
 * The JSON-LD object for `show`: a `VideoObject` whose `hasPart` holds one `Clip` per moment, named
 * after its product, with integer `startOffset`/`endOffset` seconds, a `url` to `pageUrl#t=<start>`,
 * and `about` the `Product` with an `Offer` (decimal `price`, `priceCurrency`, `availability`).
 * Pure: the same input gives the same output. Throws a `TypeError` when `pageUrl` is not absolute.
 */
export function showJsonLd(show: Show, options: JsonLdOptions): Record<string, unknown> {
  const page = new URL(options.pageUrl);
  page.hash = '';
  const pageUrl = page.href;
  const locale = options.locale ?? show.locale;
  const text = (value: LocalizedText | undefined) => resolveText(value, locale, show.locale).text;
  const name = options.name ?? (text(show.title) || show.id);
  const products = new Map(show.products.map((p) => [p.id, p]));

  const clips: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  for (const moment of show.moments) {
    const product = products.get(moment.productId);
    if (!product) continue;
    const start = Math.max(0, Math.floor(moment.start));
    const end = Math.max(start + 1, Math.ceil(moment.end));
    const key = `${product.id}|${start}|${end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const clipUrl = new URL(pageUrl);
    clipUrl.hash = `t=${start}`;
    clips.push({
      '@type': 'Clip',
      name: text(product.title) || product.id,
      startOffset: start,
      endOffset: end,
      url: clipUrl.href,
      about: productJsonLd(product, pageUrl, text, options.currency ?? show.currency),
    });
  }

  return compact({
    '@context': SCHEMA,
    '@type': 'VideoObject',
    '@id': `${pageUrl}#video`,
    name,
    description: options.description ?? name,
    url: pageUrl,
    uploadDate: options.uploadDate,
    thumbnailUrl: absolute(options.thumbnailUrl ?? show.video.poster, pageUrl),
    contentUrl: absolute(options.contentUrl ?? show.video.src, pageUrl),
    duration: isoDuration(options.duration),
    inLanguage: locale,
    hasPart: clips.length > 0 ? clips : undefined,
  });
}

/**
 * {@link showJsonLd} as the text of a `<script type="application/ld+json">` element, for server-rendered
 * pages. `<`, `>` and `&` are written as `\u003c`, `\u003e`, `\u0026`, so no text in the show can
 * close the script or open a comment; the JSON means the same.
 */
export function jsonLdScript(show: Show, options: JsonLdOptions): string {
  return `<script type="application/ld+json">${serialize(showJsonLd(show, options))}</script>`;
}

/**
 * Adds (or replaces) the show's JSON-LD script in `document.head`, for pages rendered in the browser.
 * `pageUrl` defaults to the document's URL without its fragment. Returns the script element.
 */
export function injectJsonLd(
  document: Document,
  show: Show,
  options: Partial<JsonLdOptions> = {},
): HTMLScriptElement {
  const pageUrl = options.pageUrl ?? document.location.href;
  const json = serialize(showJsonLd(show, { ...options, pageUrl }));
  // Compared in script, not in a selector: show ids are data, and not every DOM has CSS.escape.
  let script = [...document.head.querySelectorAll<HTMLScriptElement>('script[data-shoppable-show]')].find(
    (s) => s.type === 'application/ld+json' && s.dataset.shoppableShow === show.id,
  );
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.shoppableShow = show.id;
    document.head.append(script);
  }
  // Escaped here too: a page saved or re-rendered from its DOM must not let data close the script.
  script.textContent = json;
  return script;
}

/**
 * A money amount in major units as a decimal string, with the currency's own fraction digits:
 * JPY 3800 → `"3800"`, GBP 1999 → `"19.99"`, KWD 1234 → `"1.234"`. Integer arithmetic, no rounding.
 */
export function decimalPrice(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  const amount = String(Math.trunc(Math.abs(money.amount)));
  if (digits === 0) return amount;
  const padded = amount.padStart(digits + 1, '0');
  return `${padded.slice(0, -digits)}.${padded.slice(-digits)}`;
}

function productJsonLd(
  product: Product,
  pageUrl: string,
  text: (value: LocalizedText | undefined) => string,
  currency: string | undefined,
): Record<string, unknown> {
  const url = absolute(product.url, pageUrl);
  const price = priceIn(product, currency);
  const offer = price
    ? compact({
        '@type': 'Offer',
        price: decimalPrice(price),
        priceCurrency: price.currency.toUpperCase(),
        availability: product.available ? IN_STOCK : OUT_OF_STOCK,
        url: url ?? pageUrl,
        eligibleRegion: product.shipsTo?.length ? product.shipsTo : undefined,
        ineligibleRegion: product.excludedCountries?.length ? product.excludedCountries : undefined,
      })
    : undefined;
  return compact({
    '@type': 'Product',
    '@id': `${pageUrl}#product-${encodeURIComponent(product.id)}`,
    productID: product.id,
    name: text(product.title) || product.id,
    description: text(product.description) || undefined,
    image: absolute(product.image, pageUrl),
    url,
    offers: offer,
  });
}

/** An absolute `http(s):` URL, or undefined: JSON-LD is read far from the page, so relative URLs are resolved. */
function absolute(url: string | undefined, base: string): string | undefined {
  const safe = safeUrl(url);
  if (!safe) return undefined;
  try {
    const resolved = new URL(safe, base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** Seconds as an ISO 8601 duration: 75 → `PT1M15S`. */
function isoDuration(seconds: number | undefined): string | undefined {
  if (seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return undefined;
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  return `PT${h ? `${h}H` : ''}${h || m ? `${m}M` : ''}${total % 60}S`;
}

/** Drops undefined values so that the output carries no empty properties. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined));
}

function serialize(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
