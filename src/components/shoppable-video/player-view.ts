/**
 * What `<shoppable-video>` resolved from its inputs for one update: built once in `willUpdate`,
 * read-only, and passed down to the chrome and the shop layer, which read nothing else of the
 * element.
 * @module
 */
import { isRtl } from '../../core/locales/index.js';
import type { ResolvedMarket } from '../../core/market.js';
import { lookupStrings } from '../../core/string-registry.js';
import type { Strings } from '../../core/strings.js';

/** The element's own picks for the market (its `market`, `country`, `currency`, `locale` attributes). */
export interface MarketPicks {
  readonly market?: string;
  readonly country?: string;
  readonly currency?: string;
  readonly locale?: string;
}

/** See the module doc. */
export interface PlayerView {
  /** The element's picks and the page's language, from which the shop resolves the market. */
  readonly picks: MarketPicks;
  readonly pageLocale: string;
  /** The UI locale: the market's once the shop layer is in, else the element's or the page's. */
  readonly locale: string;
  readonly rtl: boolean;
  /** The UI strings for `locale`, with the page's overrides. */
  readonly strings: Strings;
  /** The page's overrides alone, passed on to the cards and the list. */
  readonly userStrings: Partial<Strings> | undefined;
  readonly cartTimeout: number;
  readonly cartUrl: string | undefined;
  readonly checkoutUrl: string | undefined;
  readonly cartCount: number | undefined;
  /** The player's forced palette, passed to its cards and list. */
  readonly theme: 'light' | 'dark' | undefined;
  /** The big centred Play button shows (before the first play): a chip keeps clear of it. */
  readonly bigPlay: boolean;
  /** The media time (for add-to-cart details); the same function every update. */
  readonly clock: () => number;
  /** The wall-clock time at the playhead (program date time), for flash-sale countdowns. */
  readonly wallClock: () => number;
}

/** What the view is resolved from: the element's inputs (declared here, so this module does not import the element). */
export interface ViewInputs extends MarketPicks {
  readonly strings?: Partial<Strings>;
  readonly cartTimeout: number;
  readonly cartUrl?: string;
  readonly checkoutUrl?: string;
  readonly cartCount?: number;
  readonly theme?: 'light' | 'dark';
  readonly mediaClock: () => number;
  readonly wallClock: () => number;
}

/**
 * Resolves one update's view: the market the shop finds for the element's picks (once the shop
 * layer is in) sets the UI language, and with it the strings and the direction.
 */
export function resolveView(
  el: ViewInputs,
  shop: { marketFor(picks: MarketPicks, pageLocale: string): ResolvedMarket } | undefined,
  previous: PlayerView | undefined,
  bigPlay: boolean,
): PlayerView {
  const picks = { market: el.market, country: el.country, currency: el.currency, locale: el.locale };
  const pageLocale = document.documentElement.lang || navigator.language || 'en';
  const locale = shop?.marketFor(picks, pageLocale).locale ?? (el.locale || pageLocale);
  // Asked once per locale: Intl.Locale is slow.
  const rtl = previous?.locale === locale ? previous.rtl : isRtl(locale);
  const { cartTimeout, cartUrl, checkoutUrl, cartCount, theme, mediaClock: clock, wallClock } = el;
  // Whole once a chunk that reads it has loaded (each brings the English table, strings.ts); before
  // that only the entry's own keys (`entryEnglish`) are read.
  const strings = lookupStrings(locale, el.strings) as Strings;
  return { picks, pageLocale, locale, rtl, strings, userStrings: el.strings, cartTimeout, cartUrl, checkoutUrl, cartCount, theme, clock, wallClock, bigPlay };
}
