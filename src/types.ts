/**
 * The show document and its parts, after validation ({@link validateShow}).
 * Money is an integer `amount` in the currency's minor unit plus an ISO 4217 `currency`.
 * @module
 */

/** Text that is one string, or a map of BCP 47 language tags to strings (`{ "en": "Music box", "ja": "オルゴール" }`). */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** An amount of money in the currency's minor unit (pence, cents; yen have none). */
export interface Money {
  readonly amount: number;
  /** ISO 4217 code, upper case. */
  readonly currency: string;
}

/** A choice the shopper makes, e.g. `{ name: "Tune", values: ["Waltz", "Lullaby"] }`. */
export interface ProductOption {
  /** Canonical name, the key used in {@link ProductVariant.options}. */
  readonly name: string;
  /** Display name; defaults to `name`. */
  readonly label?: LocalizedText;
  /** Canonical values, as used in {@link ProductVariant.options}. */
  readonly values: readonly string[];
  /** Display labels for `values`, index for index. */
  readonly valueLabels?: readonly LocalizedText[];
}

/** One purchasable combination of options. */
export interface ProductVariant {
  readonly id: string;
  readonly title?: LocalizedText;
  /** Option name → value. */
  readonly options: Readonly<Record<string, string>>;
  readonly available: boolean;
  readonly price?: Money;
  readonly prices?: readonly Money[];
  readonly image?: string;
}

/** A product shown in the show. */
export interface Product {
  readonly id: string;
  readonly title: LocalizedText;
  readonly description?: LocalizedText;
  /** Product page; only `http:`, `https:` or relative URLs survive validation. */
  readonly url?: string;
  readonly image?: string;
  /** The merchant's own price. */
  readonly price?: Money;
  /** The price before a discount, shown struck through (same currency only). */
  readonly compareAtPrice?: Money;
  /** Prices in other currencies, set by the merchant (never converted by the library). */
  readonly prices: readonly Money[];
  readonly options: readonly ProductOption[];
  readonly variants: readonly ProductVariant[];
  /** False when the product is sold out (also when every variant is unavailable). */
  readonly available: boolean;
  /** ISO 3166-1 alpha-2 countries the product ships to (absent: everywhere). */
  readonly shipsTo?: readonly string[];
  /** ISO 3166-1 alpha-2 countries the product never ships to. */
  readonly excludedCountries?: readonly string[];
}

/** Where on the frame a hotspot sits, as fractions (0..1) of width and height. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Ties a product to a `[start, end)` range of media time, in seconds. */
/** What every moment has: a product on screen from `start` to `end` (media seconds). */
interface MomentBase {
  readonly productId: string;
  readonly start: number;
  readonly end: number;
  readonly position?: Position;
}

/** A moment from the show document's `moments`. */
export interface ShowMoment extends MomentBase {
  readonly source?: 'show';
}

/** What a stream pin does; `X-ACTION` on the tag, `pin` when absent. */
export type PinAction = 'pin' | 'flash-sale' | 'sold-out';

/** A moment that came from a pin in the stream (an `EXT-X-DATERANGE`). */
export interface PinMoment extends MomentBase {
  readonly source: 'stream';
  /** The date range's `ID`. */
  readonly id: string;
  readonly action: PinAction;
  /** `X-ENDS`: when a flash sale ends. */
  readonly endsAt?: Date;
  /** `START-DATE`: the wall-clock time the pin was made. */
  readonly startDate: Date;
}

/** A product's time on screen: from the show document, or from a stream pin (`source: 'stream'`). */
export type Moment = ShowMoment | PinMoment;

/** A caption file for the video. */
export interface Caption {
  readonly src: string;
  readonly srclang: string;
  readonly label: string;
  readonly default?: boolean;
}

/** The video part of a show document. */
export interface ShowVideo {
  readonly src?: string;
  readonly poster?: string;
  readonly fallbackSrc?: string;
  readonly captions: readonly Caption[];
}

/** A market a show sells into. */
export interface Market {
  readonly id: string;
  readonly country: string;
  readonly currency: string;
  readonly locale?: string;
  readonly taxInclusive?: boolean;
}

/** Exchange rates for approximate figures only: 1 `base` = `rates[code]` of `code`. */
export interface Rates {
  readonly base: string;
  readonly [code: string]: number | string;
}

/** A validated, normalised show document. */
export interface Show {
  readonly version: 1;
  readonly id: string;
  readonly title?: LocalizedText;
  readonly locale?: string;
  readonly currency?: string;
  readonly video: ShowVideo;
  readonly products: readonly Product[];
  /** Sorted by start, then end. */
  readonly moments: readonly Moment[];
  readonly markets: readonly Market[];
  readonly rates?: Rates;
  readonly unavailableProducts?: 'show' | 'hide';
}

/** One problem found while validating, e.g. `{ path: "products[3].id", message: "missing" }`. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}
