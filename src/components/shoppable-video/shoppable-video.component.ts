import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { default as Hls, HlsConfig } from 'hls.js';
import { styleProps } from '../../directives/style-props.js';
import type { Strings } from '../../core/strings.js';
import { safeUrl } from '../../core/url.js';
import { LazyElement } from '../lazy-element.js';
import { VisibilityController } from '../../controllers/visibility.js';
import type { HlsConstructor } from '../../engine/media-engine.js';
import { DEFAULT_CART_TIMEOUT, DEFAULT_STALL_TIMEOUT } from '../../events.js';
import { tokens } from '../../styles/tokens.js';
import type { Product } from '../../types.js';
import type { CaptionSource } from './chrome/captions.js';
import { ChromeLoader } from './chrome/chrome-loader.js';
import type { TimelineMarker } from './chrome/seek-bar.js';
import { playIcon } from './icons.js';
import { FirstFrameController } from './media/first-frame.js';
import { forwardMedia, type MediaConstants, type MediaParity } from './media/media-parity.js';
import { mediaInputs, PlayerMedia } from './media/player-media.js';
import { resolveView, type PlayerView } from './player-view.js';
import { MiniPlayerController } from './mini-player/mini-player.js';
import { ShopLoader } from './shop/shop-loader.js';
import { styles } from './shoppable-video.styles.js';

/**
 * An HLS (live or replay) or MP4 video player with its own accessible controls, built to carry a
 * shop: the product overlay, the product panel and timeline markers sit on top of it.
 *
 * HLS plays through hls.js (a lazy chunk) wherever Media Source Extensions work, else the browser's
 * own HLS (iOS Safari). Nothing loads far off-screen; `preload="none"`: nothing until play. It is a
 * media element: every `HTMLMediaElement`/`HTMLVideoElement` member works as on `<video>`
 * (docs/media-chrome.md), so other control sets can drive it; `nocontrols` hands them the controls.
 * `video` and `hls` are escape hatches to the inner video and the live hls.js instance.
 *
 * Keys in the player: Space/K play, ←/→ ±5 s, ↑/↓ volume, M mute, C captions, F full screen; seek
 * bar: arrows ±5 s, PageUp/PageDown ±10 %, Home/End. Menus: arrows, Home/End, Escape closes.
 *
 * The box is `dir="rtl"` for right-to-left locales (`ar`, `he`, `fa`, ...); the bars stay left to
 * right, as Chromium's media controls do. A narrow bar moves what it has no room for into More.
 * Captions are off until turned on; the choice is remembered (`localStorage` `shoppable-video:captions`).
 * `theme="light" | "dark"` forces a palette, for the cards and list too.
 *
 * @summary A lazy, themeable HLS/MP4 player with its own keyboard-operable controls.
 *
 * @fires play - Re-dispatched from the inner video, as is each media event of a `<video>` (same class and `bubbles`).
 * @fires error - Once the source (and `fallback-src`) cannot be played, with `error` set to a `MediaError`.
 * @fires shoppable-error - A media, show or cart problem; `fatal: true` once playback cannot go on (after `fallback-src`:
 *   `media-network`, `media-decode`, `media-unsupported`, `media-engine`, `media-stalled`).
 * @fires shoppable-add-to-cart - From its cards: the shopper pressed Add to cart (cancelable).
 * @fires shoppable-add-to-cart-complete - From its cards: the store accepted the add.
 * @fires shoppable-product-click - A hotspot, card or list entry opened a product.
 * @fires shoppable-product-show - A product's moment started (also after a seek into it).
 * @fires shoppable-product-hide - A product's moment ended (also after a seek out of it).
 * @fires shoppable-seek-request - From its product list: "Watch the moment" (the player seeks).
 * @fires shoppable-list-close - From its product sheet: the shopper closed it.
 *
 * @csspart player - The box holding everything; focusable, the target of the shortcuts.
 * @csspart video - The `<video>`.
 * @csspart overlay - The layer above the video and below the controls.
 * @csspart big-play-button - The centred Play button shown before the first play.
 * @csspart spinner - Shown while the media waits for data.
 * @csspart error - The error message box.
 * @csspart retry - Its Retry button.
 * @csspart controls - The control bar.
 * @csspart control - Every button in the bar.
 * @csspart play-button - Play / Pause.
 * @csspart mute-button - Mute / Unmute.
 * @csspart volume - The volume slider.
 * @csspart time - Current and total time; while live, only the time behind the live edge (when behind).
 * @csspart live-badge - The LIVE badge shown while the source is live (a button: it goes to the live edge).
 * @csspart go-live - The LIVE badge while the playhead is behind the live edge (named "Go to live").
 * @csspart captions-button - Opens the captions menu (only with caption tracks).
 * @csspart rate-button - Opens the playback speed menu.
 * @csspart audio-button - Opens the audio menu (hls.js alternate audio renditions; only with two or more).
 * @csspart quality-button - Opens the quality menu ("Auto" and hls.js's levels; only with two or more).
 * @csspart more-button - Opens the overflow menu holding the controls a narrow bar has no room for.
 * @csspart pip-button - Picture in picture (where the browser allows it).
 * @csspart fullscreen-button - Full screen for the whole player.
 * @csspart menu - A settings menu (or the overflow menu).
 * @csspart menu-item - A choice in a menu.
 * @csspart timeline - The seek bar (a slider).
 * @csspart buffered - The buffered range on the seek bar.
 * @csspart progress - The played range on the seek bar.
 * @csspart marker - A timeline marker: a button that seeks to its time.
 * @csspart marker-label - A marker's tooltip.
 * @csspart markers-layer - A dense show's markers (over 40), drawn as one layer of ticks instead of buttons.
 * @csspart more-products - "+ K more": opens the product sheet at the products on screen without a card.
 * @csspart overlay-cards - The column of compact cards for the products on screen.
 * @csspart hotspot - A product's spot on the video; opens it in the product sheet.
 * @csspart flash-sale - A product's flash-sale countdown.
 * @csspart products-button - Opens the product sheet.
 * @csspart badge - The product count on the products button.
 * @csspart cart-button - The link to the store's cart.
 * @csspart cart-badge - The cart count on it.
 * @csspart cart-notice - "Added to cart" with its links, after an add.
 * @csspart view-cart - Its "View cart" link.
 * @csspart checkout - Its "Checkout" link.
 * @csspart product-sheet - The panel holding the product list.
 * @csspart product-list - The list inside it (its own parts are exported too: `list-header`, `list-item`, ...).
 * @csspart mini-drag - While docked (`mini-player`): the handle that moves the player to another corner (drag, or arrow keys).
 * @csspart mini-close - While docked: closes the mini-player (pauses, and returns the player to its place).
 * @csspart mini-pop-out - While docked: moves the player into a window of its own (Document Picture-in-Picture).
 * @csspart announcer - The polite live region (visually hidden) announcing products and cart results.
 * @csspart add-to-cart - Every card part is exported from the overlay and sheet cards
 *   (`card`, `card-title`, `card-price`, `add-to-cart`, ...).
 *
 * @cssprop [--shoppable-aspect-ratio=16 / 9] - The player's shape before and while media loads.
 * @cssprop [--shoppable-accent-color=#4a2fd0] - The accent (dark: #b7a8ff): progress, markers, hotspots, badges, the big Play and Retry buttons.
 * @cssprop [--shoppable-on-accent-color=#ffffff] - Text and icons on the accent (dark: #17112f).
 * @cssprop [--shoppable-surface-color=#ffffff] - Background of panels and cards (dark: #1f1f24).
 * @cssprop [--shoppable-text-color=#1b1b1f] - Text on the surface (dark: #f2f2f5).
 * @cssprop [--shoppable-muted-color=#5c5c66] - Secondary text (dark: #b4b4c0).
 * @cssprop [--shoppable-border-color=#d5d5dd] - Borders and dividers (dark: #45454f).
 * @cssprop [--shoppable-focus-color=#1a73e8] - Focus outlines on the surface (dark: #8ab4f8).
 * @cssprop [--shoppable-sale-color=#b3261e] - Sale prices and discounts (dark: #ffb4ab).
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Text on the sale colour.
 * @cssprop [--shoppable-error-color=#b3261e] - Error text (dark: #ffb4ab).
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of the sheet's cards.
 * @cssprop [--shoppable-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--shoppable-font-size=0.9375rem] - Base text size of cards and lists.
 * @cssprop [--shoppable-font-size-small=0.8125rem] - Small text: notes, statuses, the time.
 * @cssprop [--shoppable-radius=12px] - Corner radius (controls use half, the player two thirds).
 * @cssprop [--shoppable-space=0.75rem] - The base spacing unit.
 * @cssprop [--shoppable-transition-duration=150ms] - Fades and slides; 0s under `prefers-reduced-motion`.
 * @cssprop [--shoppable-overlay-color=rgb(0 0 0 / 0.8)] - The scrim behind the error message.
 * @cssprop [--shoppable-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - Shadow of the product sheet and the cart notice.
 * @cssprop [--shoppable-card-width=280px] - Widest an overlay card gets (never over 70% of the player).
 * @cssprop [--shoppable-card-enter-duration=0s] - A fade-and-slide entrance for overlay cards (e.g. `150ms`); off by default, as each entrance costs the main thread several frames; 0s under `prefers-reduced-motion`.
 * @cssprop [--shoppable-controls-background=linear-gradient(transparent, rgb(0 0 0 / 0.75))] - Behind the control bar.
 * @cssprop [--shoppable-controls-color=#fff] - Icons and text of the controls.
 * @cssprop [--shoppable-control-size=40px] - Size of the control buttons (never under 24px).
 * @cssprop [--shoppable-focus-ring-color=#fff] - Focus outline over the video.
 * @cssprop [--shoppable-video-background=#000] - Behind the letterboxed video.
 * @cssprop [--shoppable-menu-background=rgb(20 20 24 / 0.95)] - Menus and marker tooltips.
 * @cssprop [--shoppable-timeline-color=rgb(255 255 255 / 0.3)] - The seek bar's track.
 * @cssprop [--shoppable-buffered-color=rgb(255 255 255 / 0.5)] - The buffered range.
 * @cssprop [--shoppable-live-color=#e5253a] - The LIVE badge's dot at the live edge.
 * @cssprop [--shoppable-hotspot-color=var(--shoppable-accent-color)] - Hotspots on the video.
 * @cssprop [--shoppable-hotspot-ring-color=#fff] - The hotspots' ring.
 * @cssprop [--shoppable-hotspot-pulses=3] - How many times a hotspot pulses as it appears before it rests (`infinite`: always). A pulse that never ends keeps the page drawing frames.
 * @cssprop [--shoppable-flash-sale-background=#ffd60a] - The flash-sale countdown badge.
 * @cssprop [--shoppable-flash-sale-color=#1b1b1f] - Its text.
 * @cssprop [--shoppable-muted-background=#d0d0d6] - The badge once the offer ended.
 * @cssprop [--shoppable-mini-player-width=320px] - Width of the docked mini-player (by default at most the viewport less 32px, and 45% of its height).
 * @cssprop [--shoppable-mini-player-inset=16px] - Its distance from the viewport's edges.
 * @cssprop [--shoppable-mini-player-z-index=2147483000] - Its stacking order over the page.
 * @cssprop [--shoppable-max-cards=3] - Most cards over the video at once (1 on a phone-sized or short player); the `max-cards` attribute wins.
 * @cssprop [--shoppable-max-hotspots=6] - Most hotspots over the video at once (3 on a phone-sized or short player); the `max-hotspots` attribute wins.
 *
 * @attribute max-cards - Most product cards over the video at once (a whole number): a busy show's other products wait behind "+ K more".
 * @attribute max-hotspots - Most hotspots over the video at once (a whole number).
 */
// The base typed with `<video>`'s constants (`ShoppableVideo.HAVE_METADATA`), which media-parity.ts defines.
export class ShoppableVideo extends (LazyElement as typeof LazyElement & MediaConstants) {
  static override styles = [tokens, styles];

  /** The video URL: HLS (`.m3u8`, live or VOD) or a progressive file (`.mp4`); default: the show's video. */
  @property() src = '';
  /** Tried once when `src` cannot be played (for example an MP4 of the same show). */
  @property({ attribute: 'fallback-src' }) fallbackSrc = '';
  /** Play (muted autoplay is the reliable case) once the element comes into view. */
  @property({ type: Boolean }) autoplay = false;
  /** `none`: fetch nothing until play; `metadata`: playlists only (no segment); `auto`: buffer. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'metadata';
  /** Initial position in seconds. */
  @property({ type: Number }) start = 0;
  /** hls.js options, spread last over the library's defaults (`HLS_DEFAULTS`); used on the next load. */
  @property({ attribute: false }) hlsConfig?: Partial<HlsConfig>;
  /** A page's own Hls class; else hls.js is imported lazily. */
  @property({ attribute: false }) hlsConstructor?: HlsConstructor;
  /** The show document's URL (attribute `show`); see `show` for an object. */
  @property({ attribute: 'show' }) showSrc?: string;
  /** The show document as an object (wins over the `show` URL and a JSON child); a string is a URL. */
  @property({ attribute: false }) show?: unknown;
  /** The market to sell into: a `markets[].id` of the show (default: the show's first market). */
  @property() market?: string;
  /** The shopper's country (ISO 3166-1 alpha-2): picks a market and decides delivery eligibility. */
  @property() country?: string;
  /** ISO 4217 currency to show prices in (default: the market's, then the show's). */
  @property() currency?: string;
  /** Milliseconds before a page's add-to-cart promise that never settles becomes a retryable `timeout`. */
  @property({ type: Number, attribute: 'cart-timeout' }) cartTimeout = DEFAULT_CART_TIMEOUT;
  /** Ms a player asked to play may make no progress before `media-stalled` (then `fallback-src`, else Retry); 0: never. */ @property({ type: Number, attribute: 'stall-timeout' }) stallTimeout = DEFAULT_STALL_TIMEOUT;
  /** The store's cart page: a cart button in the bar and a "View cart" link after an add. */
  @property({ attribute: 'cart-url' }) cartUrl?: string;
  /** The store's checkout: a "Checkout" link after an add. */
  @property({ attribute: 'checkout-url' }) checkoutUrl?: string;
  /** Items in the page's cart, shown as a badge on the cart button (set it from your cart). */
  @property({ type: Number, attribute: 'cart-count' }) cartCount?: number;
  /** An image shown until the first frame. */
  @property() poster = '';
  /** Start again from the beginning at the end, as on `<video>`. */
  @property({ type: Boolean }) loop = false;
  /** Accepted for `<video>` parity: the inner video always plays inline. */
  @property({ type: Boolean }) playsinline = true;
  /** The player's shape, e.g. `9 / 16` for vertical video (default 16 / 9). */
  @property({ attribute: 'aspect-ratio', reflect: true }) aspectRatio?: string;
  /** BCP 47 tag for the UI strings (default: the page's language). */
  @property() locale?: string;
  /** Forces the light or dark palette (passed to the cards and list); by default `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Overrides for any UI string. */
  @property({ attribute: false }) strings?: Partial<Strings>;
  /** Extra timeline markers (the show's moments are marked already); activating one seeks to its time. */
  @property({ attribute: false }) markers: readonly TimelineMarker[] = [];
  /** Caption files, added as `<track>`s. */
  @property({ attribute: false }) captions: readonly CaptionSource[] = [];
  /** Dock to a corner of the viewport while playing and scrolled out of view (see mini-player.ts). */
  @property({ type: Boolean, attribute: 'mini-player' }) miniPlayer = false;
  /** No built-in controls (bar, big Play, spinner, error box; their chunk is not fetched) for another control set; the shop layer stays. */
  @property({ type: Boolean, attribute: 'nocontrols', reflect: true }) noControls = false;

  /** Whether the sound is off; the attribute sets the initial state, as on `<video>`. */
  @property({ type: Boolean })
  get muted(): boolean {
    return this.media.video.muted;
  }
  set muted(value: boolean) {
    this.media.video.muted = value;
  }
  private readonly visibility = new VisibilityController(this);
  private readonly media = new PlayerMedia(this, {
    near: (autoplay) => this.visibility.near || (autoplay && this.visibility.nearNow()),
    onEvent: (type) => this.onMediaEvent(type),
  });
  private readonly firstFrame = new FirstFrameController(this, this.media.video);
  /** The shop layer: fetched once there is a show and the player is near (see ShopLoader). */
  private readonly shopLoader = new ShopLoader(this, this.media, (s) => this.adoptLazyStyles(s));
  /** The chrome (controls, menus, keyboard): fetched once the player is near or has played (see ChromeLoader). */
  private readonly chromeLoader = new ChromeLoader(this, this.media, (s) => this.adoptLazyStyles(s));
  private readonly mini = new MiniPlayerController(this, {
    enabled: () => this.miniPlayer,
    playing: () => !this.video.paused,
    locale: () => this.view?.locale ?? 'en',
    pause: () => this.pause(),
    adopt: (s) => this.adoptLazyStyles(s),
  });
  /** What this update resolved from the inputs (see PlayerView), passed to the chrome and the shop. */
  private view!: PlayerView;

  /** The inner `<video>`. */
  get video(): HTMLVideoElement {
    return this.media.video;
  }
  /** The live hls.js instance, or null (native playback, or not loaded yet). */
  get hls(): Hls | null {
    // The engine knows hls.js through its own structural type (engine/hls-types); the instance is
    // hls.js's, and pages get its full type.
    return this.media.engine.hls as unknown as Hls | null;
  }
  get currentTime(): number {
    return this.media.currentTime;
  }
  set currentTime(time: number) {
    this.media.seek(time);
  }
  /** Whether the built-in controls show: `<video>`'s `controls`, the inverse of `nocontrols`. */
  get controls(): boolean {
    return !this.noControls;
  }
  set controls(on: boolean) {
    this.noControls = !on;
  }
  /** The products whose moments contain the current time (read only). */
  get activeProducts(): Product[] {
    return this.shopLoader.shop?.activeProducts ?? [];
  }

  /** Plays, loading the engine first if needed. Resolves or rejects as `HTMLMediaElement.play()`. */
  play(): Promise<void> {
    // Called right after setting `src` (before the update that would hand it over), it still plays it.
    this.media.update(mediaInputs(this, this.shopLoader.shop?.showController.show.video));
    return this.media.play();
  }
  pause(): void {
    this.media.pause();
  }
  /** Loads the source again from the start, as `HTMLMediaElement.load()`. */
  load(): void {
    this.media.update(mediaInputs(this, this.shopLoader.shop?.showController.show.video));
    this.media.load();
  }
  /** Opens the product sheet, as the Products button does (for a page's own controls, see `nocontrols`). */
  openProducts(): void {
    if (!this.shopLoader.shop?.listOpen) this.shopLoader.shop?.toggleList();
  }
  /** Closes the product sheet. */
  closeProducts(): void {
    this.shopLoader.shop?.closeList();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `updateComplete` waits for the first visibility answer, and so for what being near loads.
    void this.waitFor(this.visibility.observed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const video = this.shopLoader.shop?.showController.show.video;
    const near = this.visibility.near;
    const silentAutoplay = this.autoplay && this.muted && !!(this.src || video?.src);
    const chromeLoad = !this.noControls && this.chromeLoader.update({ near, silentAutoplay, framed: this.firstFrame.presented });
    if (chromeLoad) void this.waitFor(chromeLoad);
    const shopLoad = this.shopLoader.update({ value: this.show, src: this.showSrc }, near, silentAutoplay && !this.firstFrame.presented);
    if (shopLoad) void this.waitFor(shopLoad);
    this.media.update(mediaInputs(this, this.shopLoader.shop?.showController.show.video));
    // The big centred Play button: paused before the first play, with no error.
    const bigPlay = !this.noControls && this.video.paused && !this.media.state.started && !this.media.engine.failure;
    this.view = resolveView(this, this.shopLoader.shop, this.view, bigPlay);
    this.shopLoader.apply(this.view);
    this.waitForStrings(this.view.locale);
    const poster = safeUrl(this.poster || video?.poster || '');
    if (poster) this.video.poster = poster;
    else this.video.removeAttribute('poster');
    this.video.loop = this.loop;
    if (changed.has('captions')) this.media.setTracks(this.captions);
  }

  protected override updated(): void {
    const video = this.video;
    const state: Record<string, boolean> = {
      playing: !video.paused,
      paused: video.paused,
      loading: this.media.waiting,
      error: !!this.media.engine.failure,
      'controls-hidden': this.chromeLoader.controlsHidden,
      fullscreen: !!this.chromeLoader.ui?.fullscreen,
      live: video.duration === Infinity,
      'has-captions': this.chromeLoader.hasCaptions,
    };
    for (const [name, on] of Object.entries(state)) this.toggleAttribute(name, on);
    // The moments or the controls' visibility may have changed what the clock waits for.
    this.media.clock.replan();
  }

  private onMediaEvent(type: string): void {
    const ui = this.chromeLoader.ui;
    if (type === 'playing') {
      ui?.autohide.playing();
      if (!ui) this.firstFrame.watch();
    } else if (type === 'pause' || type === 'ended') ui?.autohide.show();
  }

  // Made once: a new function per render would be a changed property on every card.
  /** @internal */ readonly mediaClock = (): number => this.currentTime;
  /** @internal */ readonly wallClock = (): number => this.hls?.playingDate?.getTime() ?? Date.now();

  /** The big Play button before the chrome has arrived. */
  private readonly playFromShell = (): void => {
    this.play().catch(() => {});
  };

  override render() {
    const v = this.view;
    const s = v.strings;
    // With `nocontrols` another control set shows the state: no spinner, error box, bar or shortcuts of ours.
    const own = !this.noControls;
    const failure = own && this.media.engine.failure;
    const ui = own ? this.chromeLoader.ui : undefined;
    return html`<div
      part="player"
      class="player"
      role="group"
      aria-label=${s.player}
      dir=${v.rtl ? 'rtl' : nothing}
      tabindex="0"
      ${styleProps({ '--_aspect': this.aspectRatio || undefined })}
      @keydown=${ui?.onKeydown}
      @pointermove=${ui?.onPointer}
      @pointerdown=${ui?.onPointer}
      @focusin=${ui?.autohide.poke}
    >
      <div class="surface" @click=${ui?.onSurfaceClick}>${this.video}</div>
      <div part="overlay" class="overlay">${this.shopLoader.overlay(v)}</div>
      ${own && this.media.waiting ? html`<div part="spinner" class="spinner" aria-hidden="true"></div>` : nothing}
      ${v.bigPlay
        ? html`<button part="big-play-button" class="big-play" aria-label=${s.play} @pointerdown=${this.media.prime} @click=${ui?.togglePlay ?? this.playFromShell}>
            ${playIcon}
          </button>`
        : nothing}
      ${failure
        ? html`<div part="error" class="error" role="alert">
            <p>${s.mediaError}</p>
            <button part="retry" class="retry" @click=${this.media.retry}>${s.retry}</button>
          </div>`
        : nothing}
      ${ui
        ? html`<div part="controls" class="controls">
            ${this.chromeLoader.controls(v, this.currentTime, this.shopLoader.markers(this.markers), this.shopLoader.controlsEnd(v))}
          </div>`
        : nothing}
      ${this.shopLoader.panels(v)} ${this.mini.render()}
    </div>`;
  }
}

/** The `<video>` members media-parity.ts defines on the element's prototype, typed as on `HTMLVideoElement`. */
export interface ShoppableVideo extends MediaParity {}
// After the class's decorators (`src` and `poster` are wrapped): once, when the module loads.
forwardMedia(ShoppableVideo, (el) => (el as ShoppableVideo)['media']);
