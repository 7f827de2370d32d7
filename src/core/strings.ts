/**
 * Every UI string, in one table per language. Elements take a `strings` property to override any
 * entry. `{n}`-style placeholders are filled by {@link formatString}. The tables themselves are
 * kept by `string-registry.ts`, which the script-tag entry carries without this module's English.
 * @module
 */
import { entryEnglish, lookupStrings, registerStrings as register, useEnglish } from './string-registry.js';

/** The English strings; other languages fill the same keys. */
export const en = {
  // player (the few the entry draws before this module loads are in `entryEnglish`)
  ...entryEnglish,
  pause: 'Pause',
  mute: 'Mute',
  unmute: 'Unmute',
  volume: 'Volume',
  seek: 'Seek',
  seekValue: '{current} of {duration}',
  playbackRate: 'Playback speed',
  captions: 'Captions',
  captionsOff: 'Off',
  fullscreen: 'Full screen',
  exitFullscreen: 'Exit full screen',
  pip: 'Picture in picture',
  exitPip: 'Exit picture in picture',
  live: 'Live',
  goToLive: 'Go to live',
  behindLive: '-{time} behind live',
  speed: '{rate}×',
  loading: 'Loading',
  /** The overflow menu's button. */
  more: 'More',
  /** The alternate audio menu. */
  audio: 'Audio',
  /** The quality (HLS level) menu, and its automatic choice. */
  quality: 'Quality',
  auto: 'Auto',
  // shop
  products: 'Products',
  productsCount: 'Products ({count})',
  openProducts: 'Show products',
  closeProducts: 'Close products',
  noProducts: 'No products in this show yet.',
  watchMoment: 'Watch the moment',
  viewProduct: 'View product',
  nowShowing: 'Now showing: {title}',
  nowShowingMore: 'Now showing: {title} and {count} more',
  moreProducts: '+{count} more',
  nowShowingBadge: 'Now showing',
  watchMomentOf: 'Watch the moment: {title}',
  productAt: '{title} at {time}',
  // card
  addToCart: 'Add to cart',
  chooseOptions: 'Choose options',
  adding: 'Adding…',
  added: 'Added',
  addedQuantity: 'Added {quantity}',
  addedAnnouncement: '{title} added to cart',
  soldOut: 'Sold out',
  unavailable: 'Unavailable',
  notAvailableInRegion: 'Not available in your region',
  quantity: 'Quantity',
  decrease: 'Decrease quantity',
  increase: 'Increase quantity',
  // {percent} comes formatted by Intl for the locale, sign included ("20%", "20 %", "٢٠٪؜").
  discount: '−{percent}',
  compareAtPrice: 'Was {price}',
  price: 'Price',
  approximately: '≈ {price}',
  inclVat: 'incl. VAT',
  inclTax: 'incl. tax',
  plusTax: '+ tax',
  viewCart: 'View cart',
  checkout: 'Checkout',
  cartCount: 'Cart, {count} items',
  flashSaleEndsIn: 'Flash sale · ends in {time}',
  offerEnded: 'Offer ended',
  // cart failures, by reason
  'reason.out-of-stock': 'Sorry, this is out of stock.',
  'reason.quantity-limited': 'Only part of that quantity is available.',
  'reason.region-unavailable': 'This product cannot be delivered to your region.',
  'reason.price-changed': 'The price has changed. Please check it and try again.',
  'reason.login-required': 'Please sign in to add to your cart.',
  'reason.timeout': 'The store did not answer in time.',
  'reason.unknown': 'Could not add to cart.',
};

/** The keys of the strings table. */
export type StringKey = keyof typeof en;
/** A complete strings table. */
export type Strings = Record<StringKey, string>;

// Every chunk that draws text imports this module (for these tables or formatString), so English
// is whole before any of them renders.
useEnglish(en);

/**
 * Registers (or extends) a language's table, e.g. `registerStrings('fr', { play: 'Lecture' })`.
 * With `under: true` the entries already registered win (how the lazy built-in tables arrive).
 */
export function registerStrings(lang: string, table: Partial<Strings>, options?: { under?: boolean }): void {
  register(lang, table, options);
}

/**
 * The strings for `locale` (BCP 47), falling back through its shorter tags to English, with
 * `overrides` (an element's `strings` property) on top. The same (shared, not to be modified)
 * object comes back for the same inputs until another table is registered.
 */
export function stringsFor(locale: string | undefined, overrides?: Partial<Strings>): Strings {
  return lookupStrings(locale, overrides) as Strings;
}

/** Fills `{name}` placeholders: `formatString('Added {quantity}', { quantity: 2 })` (a missing template is ''). */
export function formatString(template: string, values: Record<string, string | number>): string {
  return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
