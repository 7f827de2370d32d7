/**
 * Framework-neutral typings of the elements as JSX/template props: the attributes, the
 * property-only values and the events with their typed details. The per-framework files in the
 * package's `types/` folder (`shoppable-video/types/react`, `/preact`, `/vue`, `/svelte`) plug these
 * into each framework's element table; import one of them once in your app. This module has no
 * runtime code and needs no framework.
 *
 * Event props follow the custom-element convention that React 19, Preact and Svelte 5 share:
 * `on` + the exact event name, `onshoppable-add-to-cart={(event) => event.detail.product}`.
 * @module
 */
import type { HlsConfig } from 'hls.js';
import type { ShoppableProductCard } from './components/product-card/product-card.component.js';
import type { ShoppableProductList } from './components/product-list/product-list.component.js';
import type { ShoppableVideo } from './components/shoppable-video/shoppable-video.component.js';
import type { ShoppableFeed } from './components/shoppable-feed/shoppable-feed.component.js';
import type { ShoppableStudio } from './studio/studio.component.js';
import type { FeedStrings } from './core/feed-strings.js';
import type { Strings } from './core/strings.js';
import type {
  ShoppableAddToCartCompleteEvent,
  ShoppableAddToCartEvent,
  ShoppableErrorEvent,
  ShoppableProductClickEvent,
  ShoppableProductHideEvent,
  ShoppableProductShowEvent,
  ShoppableSeekRequestEvent,
  ShoppableFeedOpenEvent,
  ShoppableFeedCloseEvent,
  ShoppableFeedChangeEvent,
} from './events.js';
import type { Moment, Product, Rates } from './types.js';

/** The events a product card dispatches (and that bubble out of every element that holds cards). */
export interface ShoppableCardEvents {
  'shoppable-add-to-cart': ShoppableAddToCartEvent;
  'shoppable-add-to-cart-complete': ShoppableAddToCartCompleteEvent;
  'shoppable-product-click': ShoppableProductClickEvent;
  'shoppable-error': ShoppableErrorEvent;
}

/** The events of `<shoppable-product-list>`. */
export interface ShoppableListEvents extends ShoppableCardEvents {
  'shoppable-list-close': CustomEvent<void>;
  'shoppable-seek-request': ShoppableSeekRequestEvent;
}

/** The events of `<shoppable-video>` (besides the media events of a `<video>`, which it re-dispatches). */
export interface ShoppableVideoEvents extends ShoppableCardEvents {
  /** From its product sheet's list. */
  'shoppable-list-close': CustomEvent<void>;
  'shoppable-product-show': ShoppableProductShowEvent;
  'shoppable-product-hide': ShoppableProductHideEvent;
  'shoppable-seek-request': ShoppableSeekRequestEvent;
}

/** `on<event-name>` handler props for an event map: `onshoppable-add-to-cart?: (event) => void`. */
export type EventHandlerProps<Events, Prefix extends string = 'on'> = {
  [K in keyof Events & string as `${Prefix}${K}`]?: (event: Events[K]) => void;
};

/** Attributes and properties of `<shoppable-video>` that a template may set. */
export interface ShoppableVideoProps {
  /** Video URL: HLS (`.m3u8`, live or VOD) or a progressive file (`.mp4`); default the show's `video.src`. */
  src?: string;
  /**
   * The show document's URL. Frameworks that set properties when an element has one (React 19,
   * Preact, Vue, Svelte) pass an object here as the `show` property.
   */
  show?: string | object;
  poster?: string;
  /** Tried once when `src` cannot be played. */
  'fallback-src'?: string;
  /** ISO 4217 currency of the prices shown. */
  currency?: string;
  /** BCP 47 locale for text and prices. */
  locale?: string;
  /** Id of one of the show's `markets`. */
  market?: string;
  /** The shopper's country (ISO 3166-1 alpha-2): picks a market and decides delivery eligibility. */
  country?: string;
  /** The store's cart page: a cart button in the bar and a "View cart" link after an add. */
  'cart-url'?: string;
  /** The store's checkout page: a "Checkout" link after an add. */
  'checkout-url'?: string;
  /** Items in the page's cart, shown as a badge on the cart button. */
  'cart-count'?: number | string;
  /** Forces the light or dark palette (for its cards and list too); by default `prefers-color-scheme` decides. */
  theme?: 'light' | 'dark';
  /** Most product cards over the video at once (a whole number). */
  'max-cards'?: number | string;
  /** Most hotspots over the video at once (a whole number). */
  'max-hotspots'?: number | string;
  autoplay?: boolean;
  muted?: boolean;
  loop?: boolean;
  playsinline?: boolean;
  preload?: 'none' | 'metadata' | 'auto';
  /** Initial position in seconds. */
  start?: number | string;
  /** The reserved box, e.g. `16 / 9` (default) or `9 / 16`. */
  'aspect-ratio'?: string;
  /** Dock to a corner of the viewport while playing and scrolled out of view. */
  'mini-player'?: boolean;
  /** No built-in controls, for another control set such as Media Chrome (docs/media-chrome.md); the shop layer stays. */
  nocontrols?: boolean;
  /** Milliseconds before an add to cart that never settles becomes a retryable `timeout`. */
  'cart-timeout'?: number | string;
  /** Milliseconds a player asked to play may make no progress before `media-stalled` (0: never). */
  'stall-timeout'?: number | string;
  /** Overrides for any UI string (property only). */
  strings?: Partial<Strings>;
  /** hls.js configuration, spread over the library's (property only). */
  hlsConfig?: Partial<HlsConfig>;
}

/** Attributes and properties of `<shoppable-product-card>`. */
export interface ShoppableProductCardProps {
  /** The product (property only). */
  product?: Product;
  locale?: string;
  currency?: string;
  rates?: Rates;
  'show-id'?: string;
  compact?: boolean;
  theme?: 'light' | 'dark';
  /** The one-row chip form, for short players. */
  chip?: boolean;
  'cart-timeout'?: number | string;
  strings?: Partial<Strings>;
}

/** Attributes and properties of `<shoppable-product-list>`. */
export interface ShoppableProductListProps {
  /** The products (property only). */
  products?: readonly Product[];
  /** The moments, for "Watch the moment" (property only). */
  moments?: readonly Moment[];
  /** Ids of the products on screen now (property only). */
  activeIds?: ReadonlySet<string>;
  locale?: string;
  currency?: string;
  rates?: Rates;
  'hide-unavailable'?: boolean;
  theme?: 'light' | 'dark';
  'show-id'?: string;
  heading?: string;
  'cart-timeout'?: number | string;
  strings?: Partial<Strings>;
}

/** The events of `<shoppable-feed>` (its players' events bubble out of it too). */
export interface ShoppableFeedEvents extends ShoppableVideoEvents {
  'shoppable-feed-open': ShoppableFeedOpenEvent;
  'shoppable-feed-close': ShoppableFeedCloseEvent;
  'shoppable-feed-change': ShoppableFeedChangeEvent;
}

/** Attributes and properties of `<shoppable-feed>` that a template may set. */
export interface ShoppableFeedProps {
  /** The feed document's URL. */
  src?: string;
  /** The feed document, or an array of entries (property only). */
  feed?: unknown;
  layout?: 'row' | 'grid' | 'stories';
  locale?: string;
  theme?: 'light' | 'dark';
  /** Follow the URL hash (`#show=ID&t=SECONDS`). */
  'deep-link'?: boolean;
  market?: string;
  country?: string;
  currency?: string;
  'cart-url'?: string;
  'cart-count'?: number | string;
  /** Overrides for any of the feed's strings (property only). */
  strings?: Partial<FeedStrings>;
}

/** Attributes of `<shoppable-studio>`, the show editor. */
export interface ShoppableStudioProps {
  /** The studio's own language (en, fr, de, es, ja, zh-Hans, ar); default the browser's. */
  locale?: string;
  /** The `localStorage` key of the autosave; an empty string turns the autosave off. */
  'storage-key'?: string;
}

/**
 * Every element, by tag: its class, its props and its events. The `types/` files map over this, so
 * a new element added here reaches every framework.
 */
export interface ShoppableElements {
  'shoppable-video': { element: ShoppableVideo; props: ShoppableVideoProps; events: ShoppableVideoEvents };
  'shoppable-product-card': { element: ShoppableProductCard; props: ShoppableProductCardProps; events: ShoppableCardEvents };
  'shoppable-product-list': { element: ShoppableProductList; props: ShoppableProductListProps; events: ShoppableListEvents };
  'shoppable-feed': { element: ShoppableFeed; props: ShoppableFeedProps; events: ShoppableFeedEvents };
  /** The preview's events bubble out of the studio. */
  'shoppable-studio': { element: ShoppableStudio; props: ShoppableStudioProps; events: ShoppableVideoEvents };
}

/** An element's props with its `on<event>` handlers, as React 19, Preact and Svelte 5 take them. */
export type ShoppableJsxProps<Tag extends keyof ShoppableElements> = ShoppableElements[Tag]['props'] &
  EventHandlerProps<ShoppableElements[Tag]['events']>;
