/**
 * The studio's own words, apart from the player's tables (`src/core/locales/`): a page with only
 * the player never loads them. English here; the other six languages in `strings-intl.ts`.
 * DOM-free.
 * @module
 */

/** The studio's English strings; `{name}` marks a value filled in by {@link studioFormat}. */
export const studioEn = {
  studio: 'Show studio',
  replayUrl: 'Replay URL (HLS or MP4)',
  openUrl: 'Open',
  openFile: 'Video file…',
  importCatalog: 'Import products…',
  storeCurrency: 'Store currency',
  storeUrl: 'Store address',
  importPins: 'Import live pins…',
  undo: 'Undo',
  redo: 'Redo',
  newShow: 'New',
  openShow: 'Open…',
  saveShow: 'Save',
  language: 'Studio language',
  products: 'Products',
  markets: 'Markets',
  publish: 'Publish',
  showId: 'Show id',
  showTitle: 'Title',
  showCurrency: 'Currency',
  showLocale: 'Language',
  publishedUrl: 'Published video URL',
  productId: 'Id',
  productTitle: 'Title',
  productPrice: 'Price',
  compareAt: 'Was',
  productUrl: 'Product page',
  otherPrices: 'Other prices (USD 24.99, JPY 3800)',
  shipsTo: 'Ships only to',
  excludedCountries: 'Never ships to',
  addProduct: 'Add product',
  remove: 'Remove {name}',
  markKey: 'Key {key}',
  marketId: 'Id',
  country: 'Country',
  currency: 'Currency',
  locale: 'Language',
  taxInclusive: 'Prices include tax',
  addMarket: 'Add market',
  marketPrices: 'What shoppers in {market} see',
  notDelivered: 'not delivered',
  noPrice: 'no price',
  preview: 'Preview',
  desktop: 'Desktop',
  phone: 'Phone',
  previewMarket: 'Market',
  previewLanguage: 'Language',
  anyMarket: 'Show default',
  timeline: 'Timeline',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  snap: 'Snap to segments',
  momentStart: 'Start of {name}',
  momentEnd: 'End of {name}',
  moment: '{name}, {start} to {end}',
  hotspot: 'Hotspot of {name}',
  markHint: 'Play, then press a product’s key to start its moment, and again to end it.',
  marking: 'Marking {name} since {time}',
  problems: 'Problems',
  noProblems: 'No problems: the show is ready to publish.',
  showJson: 'Show document',
  snippetHtml: 'Web page',
  snippetReact: 'React',
  snippetLiquid: 'Shopify section',
  copy: 'Copy',
  copied: 'Copied',
  download: 'Download show.json',
  importedProducts: '{count} products imported',
  importedPins: '{count} moments imported',
  importProblems: '{count} rows skipped',
  restored: 'Your last session is back.',
  saved: 'Saved',
  opened: 'Show opened',
  shortcuts: 'Space play/pause · 1–9, 0 mark · Ctrl+Z undo · Ctrl+Shift+Z redo · Ctrl+S save',
} as const;

/** A key of the studio's strings. */
export type StudioStringKey = keyof typeof studioEn;

/** A full table of the studio's strings. */
export type StudioStrings = Record<StudioStringKey, string>;

/** `template` with each `{name}` replaced by `values.name` (unknown names stay as they are). */
export function studioFormat(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : all));
}
