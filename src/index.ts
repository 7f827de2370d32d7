/**
 * shoppable-video: element classes, event types and the DOM-free core. Registers nothing:
 * import `shoppable-video` (the package root) or an element's module to register elements.
 * @module
 */
export * from './types.js';
export * from './events.js';
export { safeUrl, resolveUrl } from './core/url.js';
export {
  validateShow,
  validateProduct,
  validateProducts,
  validateMoments,
  formatIssues,
  emptyShow,
  SHOW_LIMITS,
  type ValidateShowOptions,
} from './core/show.js';
export { CueTimeline, TimelineCursor, type TimelineChange } from './core/timeline.js';
export { minorUnitDigits, formatMoney, formatNumber, formatPercent, priceIn, productPrice, discountPercent } from './core/money.js';
export { likelyLocale, resolveText, type ResolvedText } from './core/text.js';
export {
  defaultVariant,
  defaultSelection,
  findVariant,
  isValueAvailable,
  needsChoice,
  select as selectOption,
  type Selection,
} from './core/variants.js';
export { en as englishStrings, registerStrings, stringsFor, formatString, type Strings, type StringKey } from './core/strings.js';
export { ShowController, type ShowHost } from './controllers/show-controller.js';
export { ShoppableProductCard } from './components/product-card/product-card.component.js';
export { ShoppableProductList } from './components/product-list/product-list.component.js';
export {
  PIN_CLASS,
  PIN_ACTIONS,
  momentsFromDateRanges,
  parseDateRangeTags,
  parseAttributeList,
  programDateTimeMap,
  type PinAction,
  type PinMoment,
  type PinMomentsResult,
  type PinMomentsOptions,
  type DateRangeLike,
  type PlaylistSegment,
  type ProgramDateTimeMap,
} from './core/pins.js';
export {
  AddToCartController,
  DEFAULT_CART_TIMEOUT,
  type AddToCartStatus,
  type AddToCartRequest,
  type AddToCartControllerOptions,
} from './controllers/add-to-cart.js';
export { CartError, isCartFailureReason, type CartErrorOptions } from './cart/errors.js';
export {
  resolveMarket,
  presentmentPrice,
  cartPrice,
  convert,
  taxLabel,
  VAT_COUNTRIES,
  isDeliverable,
  visibleProducts,
  localizedText,
  type ResolvedMarket,
  type MarketPick,
  type PresentmentPrice,
  type TaxLabel,
} from './core/market.js';
export { BUILT_IN_LOCALES, isRtl } from './core/locales/index.js';
export { StreamPins, type HlsEventSource, type LevelDetailsLike, type PinListener } from './controllers/stream-pins.js';
export { ShoppableVideo } from './components/shoppable-video/shoppable-video.component.js';
export {
  MediaEngineController,
  HLS_DEFAULTS,
  isHlsUrl,
  type HlsBuild,
  type HlsConstructor,
  type HlsInstance,
  type MediaFailure,
  type LoadOptions,
  type MediaEngineOptions,
} from './engine/media-engine.js';
export { PlaybackClockController, type ClockSubscriber, type PlaybackClockOptions } from './controllers/playback-clock.js';
export { VisibilityController, type VisibilityOptions } from './controllers/visibility.js';
export type { CaptionSource } from './components/shoppable-video/chrome/captions.js';
export type { TimelineMarker } from './components/shoppable-video/chrome/seek-bar.js';
export type { LoaderCallbacks, LoaderClass } from './engine/primed-loader.js';
export { safeMediaUrl } from './core/url.js';
export { ShoppableFeed } from './components/shoppable-feed/shoppable-feed.component.js';
export { readFeed, summariseShow, MAX_FEED_SHOWS, type FeedEntry } from './core/feed-doc.js';
export {
  swipeStep,
  wheelStep,
  stepIndex,
  alivePlayers,
  parseFeedLink,
  formatFeedLink,
  sharePlan,
  clampBox,
  nearestCorner,
  dockWidth,
  SWIPE_MIN,
  SWIPE_FLICK,
  WHEEL_STEP,
  WHEEL_REST,
  type Swipe,
  type FeedLink,
  type SharePlan,
  type Box,
  type Corner,
} from './core/feed.js';
export { feedEn as englishFeedStrings, feedStringsFor, type FeedStrings } from './core/feed-strings.js';
export { MiniPlayerController, type MiniPlayerOptions, type MiniPlayerHost } from './components/shoppable-video/mini-player/mini-player.js';
