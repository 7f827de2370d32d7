/**
 * An opt-in bridge from the widget's events to a Google Tag Manager `dataLayer`, in GA4's
 * ecommerce shape (`view_item`, `select_item`, `add_to_cart`). The library itself sends nothing
 * anywhere: this only pushes objects onto an array the page owns.
 *
 * ```js
 * import { connectDataLayer } from 'shoppable-video/analytics';
 * connectDataLayer(document, { currency: 'GBP' });
 * ```
 * @module
 */
import {
  ADD_TO_CART_COMPLETE,
  FEED_CHANGE,
  FEED_CLOSE,
  FEED_OPEN,
  type FeedDetail,
  PRODUCT_CLICK,
  PRODUCT_SHOW,
  type AddToCartCompleteDetail,
  type ProductClickDetail,
  type ProductMomentDetail,
} from '../events.js';
import type { LocalizedText, Money, Product, ProductVariant } from '../types.js';

/** Options of {@link connectDataLayer}. */
export interface DataLayerOptions {
  /** The array to push onto; default `window.dataLayer` (created when missing). */
  dataLayer?: unknown[];
  /** Which of the merchant's prices to report (ISO 4217); default the product's own `price`. */
  currency?: string;
  /** Locale for reading the currency's fraction digits; default `en`. */
  locale?: string;
}

/** One GA4 ecommerce item. */
export interface DataLayerItem {
  item_id: string;
  item_name: string;
  item_variant?: string;
  price?: number;
  currency?: string;
  quantity: number;
}

/** Analytics want one stable name per product: the `en` entry of a map, else its first. */
function plain(text: LocalizedText | undefined): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text.en ?? Object.values(text)[0] ?? '';
}

function fractionDigits(currency: string, locale: string | undefined): number {
  try {
    const format = new Intl.NumberFormat(locale ?? 'en', { style: 'currency', currency });
    return format.resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** The variant's price before the product's; in `currency` when asked and set by the merchant. */
function priceOf(product: Product, variant: ProductVariant | undefined, currency: string | undefined): Money | undefined {
  const candidates = [variant?.price, ...(variant?.prices ?? []), product.price, ...product.prices].filter(
    (m): m is Money => m !== undefined,
  );
  if (!currency) return candidates[0];
  return candidates.find((m) => m.currency.toUpperCase() === currency.toUpperCase());
}

function ecommerce(
  product: Product,
  variant: ProductVariant | undefined,
  quantity: number,
  options: DataLayerOptions,
): Record<string, unknown> {
  const item: DataLayerItem = { item_id: product.id, item_name: plain(product.title), quantity };
  if (variant) item.item_variant = plain(variant.title) || variant.id;
  const money = priceOf(product, variant, options.currency);
  if (!money) return { items: [item] };
  const currency = money.currency.toUpperCase();
  const digits = fractionDigits(currency, options.locale);
  const price = Number((money.amount / 10 ** digits).toFixed(digits));
  Object.assign(item, { price, currency });
  return { currency, value: Number((price * quantity).toFixed(digits)), items: [item] };
}

/**
 * Pushes GA4 ecommerce events for what happens on `target` (a player, or `document`):
 * `view_item` when a product's moment starts, `select_item` when a product is opened, `add_to_cart`
 * when an add succeeds. Each is preceded by `{ ecommerce: null }`, as GA4 asks, so objects from one
 * event do not leak into the next. A `<shoppable-feed>` adds `shoppable_feed_open`,
 * `shoppable_feed_change` and `shoppable_feed_close` (`{ event, show_id, show_index }`, plus
 * `previous_show_id` on a change): plain events, no ecommerce object. Returns a function that
 * disconnects the bridge.
 */
export function connectDataLayer(target: EventTarget, options: DataLayerOptions = {}): () => void {
  const dataLayer =
    options.dataLayer ?? ((window as unknown as { dataLayer?: unknown[] }).dataLayer ??= []);
  const push = (event: string, data: Record<string, unknown>) => {
    dataLayer.push({ ecommerce: null });
    dataLayer.push({ event, ecommerce: data });
  };
  const onShow = (e: Event) => {
    const { product } = (e as CustomEvent<ProductMomentDetail>).detail;
    push('view_item', ecommerce(product, undefined, 1, options));
  };
  const onClick = (e: Event) => {
    const { product } = (e as CustomEvent<ProductClickDetail>).detail;
    push('select_item', ecommerce(product, undefined, 1, options));
  };
  const onAdd = (e: Event) => {
    const { product, variant, quantity } = (e as CustomEvent<AddToCartCompleteDetail>).detail;
    push('add_to_cart', ecommerce(product, variant, quantity, options));
  };
  const onFeed = (e: Event) => {
    const { showId, index, previousShowId } = (e as CustomEvent<FeedDetail>).detail;
    const data: Record<string, unknown> = { event: e.type.replace(/-/g, '_'), show_id: showId, show_index: index };
    if (previousShowId !== undefined) data.previous_show_id = previousShowId;
    dataLayer.push(data);
  };
  const listeners: Array<[string, (e: Event) => void]> = [
    [PRODUCT_SHOW, onShow],
    [PRODUCT_CLICK, onClick],
    [ADD_TO_CART_COMPLETE, onAdd],
    [FEED_OPEN, onFeed],
    [FEED_CHANGE, onFeed],
    [FEED_CLOSE, onFeed],
  ];
  for (const [type, listener] of listeners) target.addEventListener(type, listener);
  return () => {
    for (const [type, listener] of listeners) target.removeEventListener(type, listener);
  };
}
