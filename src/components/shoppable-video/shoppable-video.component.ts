import { html, nothing, render, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../../directives/style-props.js';
import { stringsFor, type Strings } from '../../core/strings.js';
import { safeUrl } from '../../core/url.js';
import { once } from '../lazy-element.js';
import type { CaptionMemory, CaptionSource } from './captions.js';
import { playIcon } from './icons.js';
import { MediaBase } from './media-base.js';
import type { PlayerUiController } from './player-ui.js';
import type { TimelineMarker } from './seek-bar.js';
import { ShopSlot } from './shop-slot.js';
import { styles } from './shoppable-video.styles.js';
import { tokens } from '../../styles/tokens.js';
import type { Product } from '../../types.js';
import { DEFAULT_CART_TIMEOUT } from '../../events.js';
import { isRtl } from '../../core/locales/index.js';
import { MiniPlayerController } from './mini-player.js';

/** The control bar, menus, captions and keyboard map: a lazy chunk. */
const loadChrome = once(() => import('./chrome.js'));
type Chrome = Awaited<ReturnType<typeof loadChrome>>;

/**
 * An HLS (live or replay) or MP4 video player with its own accessible controls, built to carry a
 * shop: the product overlay, the product panel and timeline markers sit on top of it.
 *
 * HLS plays through hls.js wherever Media Source Extensions work (imported lazily, a separate
 * chunk), and through the browser's own HLS elsewhere (iOS Safari). Nothing is fetched while the
 * element is far off-screen; `preload="none"` fetches nothing until play. The media API
 * (`play()`, `pause()`, `load()`, `currentTime`, `paused`, `duration`, `volume`, `muted`,
 * `playbackRate`, `ended`, `buffered`, `readyState`) works as on `<video>`; `video` and `hls` are
 * escape hatches to the inner video and the live hls.js instance.
 *
 * Keyboard, while focus is in the player: Space or K play/pause, ← / → seek 5 s, ↑ / ↓ volume,
 * M mute, C captions on/off, F full screen. On the seek bar: arrows ±5 s, PageUp / PageDown
 * ±10 %, Home / End. Menus: arrows, Home / End, Escape closes.
 *
 * The box is `dir="rtl"` when the locale is written right to left (`ar`, `he`, `fa`, ...); the
 * control bar and seek bar stay left to right, as Chromium's own media controls and YouTube's do.
 * On a narrow player, controls the bar has no room for move into its More menu. Captions are off until the shopper turns them on, and that choice
 * (a language, or off) is remembered across players and visits in `localStorage`
 * (`shoppable-video:captions`). `theme="light" | "dark"` forces a palette, for the cards and list too.
 *
 * @summary A lazy, themeable HLS/MP4 player with its own keyboard-operable controls.
 *
 * @fires play - Re-dispatched from the inner video, as are `loadstart`, `loadedmetadata`,
 *   `loadeddata`, `canplay`, `canplaythrough`, `playing`, `pause`, `seeking`, `seeked`,
 *   `timeupdate`, `durationchange`, `ratechange`, `volumechange`, `waiting`, `stalled`,
 *   `progress`, `ended`, `emptied` and `error` (same type, same `bubbles`), so a page listens to
 *   the element as to a `<video>`.
 * @fires pause - Re-dispatched from the inner video.
 * @fires timeupdate - Re-dispatched from the inner video.
 * @fires ended - Re-dispatched from the inner video.
 * @fires error - Re-dispatched from the inner video.
 * @fires shoppable-error - `ShoppableErrorEvent`, `fatal: true`, once playback cannot go on
 *   (`media-network`, `media-decode`, `media-unsupported`, `media-engine`), after `fallback-src`.
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
 * @cssprop [--shoppable-flash-sale-background=#ffd60a] - The flash-sale countdown badge.
 * @cssprop [--shoppable-flash-sale-color=#1b1b1f] - Its text.
 * @cssprop [--shoppable-muted-background=#d0d0d6] - The badge once the offer ended.
 * @cssprop [--shoppable-mini-player-width=320px] - Width of the docked mini-player (by default at most the viewport less 32px, and 45% of its height).
 * @cssprop [--shoppable-mini-player-inset=16px] - Its distance from the viewport's edges.
 * @cssprop [--shoppable-mini-player-z-index=2147483000] - Its stacking order over the page.
 */
export class ShoppableVideo extends MediaBase {
  static override styles = [tokens, styles];

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
  private readonly mini = new MiniPlayerController(this, {
    enabled: () => this.miniPlayer,
    playing: () => !this.videoEl.paused,
    locale: () => this.uiLocale,
    pause: () => this.pause(),
    adopt: (styles) => this.adoptLazyStyles(styles),
  });

  /** The chrome (controls, menus, keyboard), once its chunk has arrived (see `attachChrome`). */
  private ui?: PlayerUiController;
  private chrome?: Chrome;
  private captionMemory?: CaptionMemory;

  /** The shop layer: fetched once there is a show and the player is near (see ShopSlot). */
  private readonly shopSlot = new ShopSlot(this, {
    video: this.videoEl,
    hls: () => this.engine.hls,
    seek: (t) => this.seekTo(t),
    time: () => this.currentTime,
    strings: () => this.uiStrings,
    pick: () => ({ market: this.market, country: this.country, currency: this.currency, locale: this.locale }),
    show: () => ({ value: this.show, src: this.showSrc }),
    near: () => this.visibility.near,
    adopt: (styles) => this.adoptLazyStyles(styles),
    view: () => ({
      strings: this.uiStrings,
      userStrings: this.strings,
      cartTimeout: this.cartTimeout,
      clock: this.mediaClock,
      cartUrl: this.cartUrl,
      checkoutUrl: this.checkoutUrl,
      cartCount: this.cartCount,
      theme: this.theme,
      wallClock: this.wallClock,
      bigPlay: this.showsBigPlay(),
    }),
  });

  private get shop() {
    return this.shopSlot.shop;
  }

  /** The products whose moments contain the current time (read only). */
  get activeProducts(): Product[] {
    return this.shop?.activeProducts ?? [];
  }

  /**
   * The chrome is wanted once the player is near the viewport, or has played. A muted autoplaying
   * player keeps its controls hidden until the shopper is active on it, so its chrome waits for the
   * first frame: fetched and run while that frame is being prepared, it would only delay it. Paused
   * after starting, or refused autoplay, it needs its controls at once.
   */
  private wantsChrome(): boolean {
    if (this.autoplayFailed) return true;
    if (this.autoplay && this.muted && this.source()) return this.framed || (this.media.started && this.videoEl.paused);
    return this.media.started || !this.videoEl.paused || this.visibility.near;
  }

  /** The video has presented a frame since playback started (see wantsChrome). */
  private framed = false;
  private framing = false;

  private awaitFrame(): void {
    if (this.framed || this.framing) return;
    this.framing = true;
    const video = this.videoEl as HTMLVideoElement & { requestVideoFrameCallback?(cb: () => void): number };
    const from = video.currentTime;
    const done = () => {
      video.removeEventListener('timeupdate', moved);
      if (this.framed) return;
      this.framed = true;
      this.requestUpdate();
    };
    // Where no frame is presented (a background tab, a video scrolled out of view), the time moving
    // on says as much: playback is under way.
    const moved = () => {
      if (video.currentTime > from + 0.1) done();
    };
    video.addEventListener('timeupdate', moved);
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(done);
    else requestAnimationFrame(done);
  }

  /** The chrome is fetched once the player is near the viewport, or asked to play. */
  private async attachChrome(): Promise<void> {
    const chrome = await loadChrome();
    if (this.ui) return;
    this.chrome = chrome;
    this.adoptLazyStyles([chrome.chromeStyles]);
    this.captionMemory = new chrome.CaptionMemory();
    this.ui = new chrome.PlayerUiController(this, {
      video: this.videoEl,
      hls: () => this.engine.hls,
      play: () => this.play(),
      pause: () => this.pause(),
      seek: (t) => this.seekTo(t),
      warm: this.warm,
      failed: () => !!this.engine.failure,
      playlistDuration: () => this.engine.playlistDuration,
    });
    // Already playing (an autoplaying player loads its chrome once playback starts): as on
    // `playing`, the controls stay hidden until the shopper is active on the player.
    if (!this.videoEl.paused) this.ui.autohide.playing();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.chrome && this.wantsChrome()) void this.need(this.attachChrome());
    if (!this.shop && this.shopSlot.wanted()) void this.need(this.shopSlot.attach());
    else if (changed.has('show') || changed.has('showSrc')) this.shopSlot.load();
    this.needStrings(this.uiLocale);
    super.willUpdate(changed);
    const video = this.videoEl;
    const poster = safeUrl(this.poster || this.shop?.shows.show.video.poster || '');
    if (poster) video.poster = poster;
    else video.removeAttribute('poster');
    video.loop = this.loop;
    if (changed.has('captions')) this.renderTracks();
    this.shop?.followSource(this.engine.kind);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `updateComplete` waits for the first visibility answer, and so for what being near loads.
    void this.need(this.visibility.observed);
  }

  /** The show's video is the default source. */
  protected override source(): string {
    return this.src || this.shop?.shows.show.video.src || '';
  }

  protected override fallbackSource(): string {
    return this.fallbackSrc || this.shop?.shows.show.video.fallbackSrc || '';
  }

  protected override onTimeSample(time: number): void {
    this.shop?.sample(time);
  }

  protected override nextSample(time: number): number {
    return Math.min(super.nextSample(time), this.shop?.shows.nextChange(time) ?? Infinity);
  }

  /** No time display before the chrome arrives, nor while its controls are hidden. */
  protected override showsPosition(): boolean {
    return !!this.ui && !this.ui.controlsHidden;
  }

  protected override updated(): void {
    const video = this.videoEl;
    const state: Record<string, boolean> = {
      playing: !video.paused,
      paused: video.paused,
      loading: this.isLoading(),
      error: !!this.engine.failure,
      'controls-hidden': !!this.ui?.controlsHidden,
      fullscreen: !!this.ui?.fullscreen,
      live: video.duration === Infinity,
      'has-captions': !!this.chrome && this.chrome.listCaptions(this.engine.hls, video).length > 0,
    };
    for (const [name, on] of Object.entries(state)) this.toggleAttribute(name, on);
    this.captionMemory?.sync(this.engine.hls, video);
    // The moments or the controls' visibility may have changed what the clock waits for.
    this.clock.replan();
  }

  protected override onMediaEvent(type: string): void {
    super.onMediaEvent(type);
    if (type === 'playing') {
      this.ui?.autohide.playing();
      if (!this.chrome) this.awaitFrame();
    } else if (type === 'pause' || type === 'ended') this.ui?.autohide.show();
  }

  /** Rendered above the video, below the controls, inside `part="overlay"`. */
  protected renderOverlay(): unknown {
    return this.shopSlot.overlay();
  }

  /** Rendered at the end of the control bar. */
  protected renderControlsEnd(): unknown {
    return this.shopSlot.controlsEnd();
  }

  /** Rendered last inside the player box (panels such as the product sheet). */
  protected renderPanels(): unknown {
    return this.shopSlot.panels();
  }

  /** The UI strings for the current locale, with the `strings` overrides. */
  protected get uiStrings(): Strings {
    return stringsFor(this.uiLocale, this.strings);
  }

  /** The locale of the UI: the market's once the shop layer is in, else the element's or the page's. */
  private get uiLocale(): string {
    return this.shop?.market.locale ?? (this.locale || document.documentElement.lang || navigator.language || 'en');
  }

  // Made once: a new function per render would be a changed property on every card.
  private readonly mediaClock = (): number => this.currentTime;
  private readonly wallClock = (): number => this.hls?.playingDate?.getTime() ?? Date.now();

  private rtlMemo?: { locale: string; rtl: boolean };
  /** Whether the UI locale is written right to left (asked once per locale: Intl.Locale is slow). */
  private rtl(): boolean {
    const locale = this.uiLocale;
    if (this.rtlMemo?.locale !== locale) this.rtlMemo = { locale, rtl: isRtl(locale) };
    return this.rtlMemo.rtl;
  }

  /** The big centred Play button shows: paused before the first play, with no error. */
  private showsBigPlay(): boolean {
    return this.videoEl.paused && !this.media.started && !this.engine.failure;
  }

  /** The big Play button before the chrome has arrived. */
  private readonly playFromShell = (): void => {
    this.play().catch(() => {});
  };

  private renderTracks(): void {
    const tracks = this.captions.map((c) => {
      const src = safeUrl(c.src);
      return src ? html`<track kind="subtitles" src=${src} srclang=${c.srclang} label=${c.label} ?default=${!!c.default} />` : nothing;
    });
    render(html`${tracks}`, this.videoEl);
  }

  override render() {
    const s = this.uiStrings;
    const video = this.videoEl;
    const failure = this.engine.failure;
    const ui = this.ui;
    return html`<div
      part="player"
      class="player"
      role="group"
      aria-label=${s.player}
      dir=${this.rtl() ? 'rtl' : nothing}
      tabindex="0"
      ${styleProps({ '--_aspect': this.aspectRatio || undefined })}
      @keydown=${ui?.onKeydown}
      @pointermove=${ui?.onPointer}
      @pointerdown=${ui?.onPointer}
      @focusin=${ui?.autohide.poke}
    >
      <div class="surface" @click=${ui?.onSurfaceClick}>${video}</div>
      <div part="overlay" class="overlay">${this.renderOverlay()}</div>
      ${this.isLoading() ? html`<div part="spinner" class="spinner" aria-hidden="true"></div>` : nothing}
      ${this.showsBigPlay()
        ? html`<button part="big-play-button" class="big-play" aria-label=${s.play} @pointerdown=${this.warm} @click=${ui?.togglePlay ?? this.playFromShell}>
            ${playIcon}
          </button>`
        : nothing}
      ${failure
        ? html`<div part="error" class="error" role="alert">
            <p>${s.mediaError}</p>
            <button part="retry" class="retry" @click=${this.retry}>${s.retry}</button>
          </div>`
        : nothing}
      ${ui && this.chrome
        ? html`<div part="controls" class="controls">
            ${this.chrome.renderControls(ui.context(s, this.uiLocale, this.currentTime, this.shopSlot.markers(this.markers), this.renderControlsEnd()))}
          </div>`
        : nothing}
      ${this.renderPanels()} ${this.mini.render()}
    </div>`;
  }
}
