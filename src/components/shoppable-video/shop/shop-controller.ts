/**
 * The shop half of `<shoppable-video>`: where the show document (and in-band stream pins) meet the
 * player. Loads the show from the `.show` property, the `show` URL or a JSON child; subscribes its
 * cue timeline to the media clock; resolves the market from the element's picks; keeps the product
 * sheet, the announcer text and the after-add cart notice. It reads the element only through the
 * media and the `PlayerView` the element hands it on every update.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClockSubscriber } from '../../../controllers/playback-clock.js';
import type { PlayerMedia } from '../media/player-media.js';
import type { MarketPicks, PlayerView } from '../player-view.js';
import { ShowController } from '../../../controllers/show-controller.js';
import { StreamPins } from '../../../controllers/stream-pins.js';
import { resolveMarket, visibleProducts, type ResolvedMarket } from '../../../core/market.js';
import { formatString } from '../../../core/strings.js';
import { resolveText } from '../../../core/text.js';
import { sheetPlacement, type SheetPlacement } from '../../../core/sheet-placement.js';
import { markNormalised } from '../../../core/show-reader.js';
import { OnScreen, type OnScreenSource } from './on-screen.js';
import { sameOverlay } from '../../../core/density.js';
import { ADD_TO_CART_COMPLETE, ERROR, ErrorCode, PRODUCT_SHOW, SEEK_REQUEST, ShoppableProductClickEvent } from '../../../events.js';
import type { Moment, Product, Show } from '../../../types.js';
import type { ProductOpenRequest } from '../../../events.js';
import type { ShoppableProductList } from '../../product-list/product-list.component.js';
import { tagOf } from '../../define-element.js';

/** The least time (ms) between two redraws for a changed "+ K more" count alone. */
const MORE_INTERVAL = 500;

/** One frame at 60 Hz, in media seconds: moment edges closer together are applied together. */
const FRAME = 1 / 60;

// The same sold-out copy every time, so a card's `.product` keeps its identity across renders.
const soldOutCopies = new WeakMap<Product, Product>();
/** A sold-out pin turns its product sold out for as long as it lasts (on live and on replay). */
function soldOut(p: Product): Product {
  let copy = soldOutCopies.get(p);
  // Marked as read: the card then uses it as it is, as it does the show's own products.
  if (!copy) soldOutCopies.set(p, (copy = markNormalised({ ...p, available: false })));
  return copy;
}

/** See the module doc. */
export class ShopController implements ReactiveController, OnScreenSource {
  readonly showController: ShowController;
  /** What the element resolved for its last update (set by the ShopLoader before each render). */
  view?: PlayerView;
  /** The product sheet is open. */
  listOpen = false;
  /** Where the open sheet is: in the player, or over the page when the player is too short. */
  sheetPlacement: SheetPlacement = 'player';
  /** What is over the video (the density policy) and the polite announcements. */
  readonly onScreen: OnScreen;
  /** Set for a few seconds after a successful add: shows the View cart / Checkout notice. */
  justAdded = false;
  /** The overlay's box, px (0 × 0 until measured): short players get product chips. */
  size = { width: 0, height: 0 };

  private readonly pins: StreamPins;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private addedTimer?: ReturnType<typeof setTimeout>;
  private attachedTo: unknown;
  private lastJson?: string;
  private marketMemo?: { show: Show; key: string; market: ResolvedMarket };
  private visibleMemo?: { market: ResolvedMarket; ids: ReadonlySet<string> };
  private moreTimer?: ReturnType<typeof setTimeout>;
  private pinMemo?: { moments: readonly Moment[]; ids: readonly string[] };
  private productsMemo?: { show: Show; market: ResolvedMarket; pinned: readonly string[]; products: readonly Product[] };
  private unsubscribe?: () => void;
  private resize?: ResizeObserver;
  private measured?: Element;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly media: PlayerMedia,
  ) {
    this.host = host;
    this.showController = new ShowController(host);
    this.showController.onChange = this.onActiveChange;
    this.pins = new StreamPins((moments) => this.showController.setExtraMoments(moments));
    this.onScreen = new OnScreen(host, this);
    // Last: a connected host connects its controllers at once, and the timeline subscribes then.
    host.addController(this);
  }

  /**
   * The cue timeline follows the media clock, and tells it when the next moment starts or ends: at
   * most once a frame, so the edges of a busy show that fall in one frame are applied together.
   */
  private readonly timeline: ClockSubscriber = {
    sample: (time) => this.showController.sample(time),
    next: (time) => Math.max(this.showController.nextChange(time), time + FRAME),
  };

  /**
   * The moments on screen changed: the player draws again only when what it shows changed (the
   * cards, hotspots and "+ K more"; anything while the sheet, which lists what is on screen, is
   * open; a live show's pins, which may mark a product sold out or on sale).
   */
  private readonly onActiveChange = (exited: readonly Moment[]): void => {
    const before = this.onScreen.drawn;
    // A full overlay that lost none of its own keeps every card and hotspot (they stay while their
    // moments last): only "+ K more" can change, so the pick waits for that redraw. A busy show
    // then costs one look at the moments that ended per frame, not a pick among all on screen.
    const live = this.showController.active.some((m) => m.source === 'stream');
    if (before && !this.listOpen && !live && this.onScreen.holds(before, exited)) return this.later();
    const after = this.onScreen.pick;
    if (!before || this.listOpen || live || (after !== before && !sameOverlay(before, after))) {
      this.host.requestUpdate();
    } else if (after !== before) this.later();
  };

  /** Only the "+ K more" count changed: a busy show changes it every frame; twice a second is enough. */
  private later(): void {
    this.moreTimer ??= setTimeout(() => {
      this.moreTimer = undefined;
      this.host.requestUpdate();
    }, MORE_INTERVAL);
  }

  /** The moments on screen now. */
  get active(): readonly Moment[] {
    return this.showController.active;
  }

  /** The ids of the products that may appear in this market: the same set until the market or show changes. */
  get visible(): ReadonlySet<string> {
    const market = this.market;
    if (this.visibleMemo?.market !== market) {
      this.visibleMemo = { market, ids: new Set(visibleProducts(this.showController.show, market).map((p) => p.id)) };
    }
    return this.visibleMemo.ids;
  }

  hostConnected(): void {
    this.host.addEventListener(SEEK_REQUEST, this.onSeekRequest);
    this.host.addEventListener(PRODUCT_SHOW, this.onProductShow);
    this.host.addEventListener(ADD_TO_CART_COMPLETE, this.onAdded);
    this.host.addEventListener(ERROR, this.onCartFailed);
    this.resize = new ResizeObserver(this.onResize);
    this.measure(); // a player moved in the page keeps its shadow root: measure it again at once
    this.unsubscribe = this.media.clock.subscribe(this.timeline);
  }

  hostDisconnected(): void {
    this.host.removeEventListener(SEEK_REQUEST, this.onSeekRequest);
    this.host.removeEventListener(PRODUCT_SHOW, this.onProductShow);
    this.host.removeEventListener(ADD_TO_CART_COMPLETE, this.onAdded);
    this.host.removeEventListener(ERROR, this.onCartFailed);
    this.unsubscribe?.();
    this.resize?.disconnect();
    this.measured = undefined;
    this.pins.reset();
    this.attachedTo = undefined;
    clearTimeout(this.addedTimer);
    clearTimeout(this.moreTimer);
    this.moreTimer = undefined;
  }

  hostUpdated(): void {
    this.measure();
  }

  /** Applies the element's `show` inputs: an object wins over a URL, which wins over a JSON child. */
  load(show: unknown, url: string | undefined): void {
    if (show !== undefined && show !== null) this.showController.setDocument(show);
    else if (url) void this.showController.fetchDocument(url);
    else this.readJsonChild();
  }

  /** Follows the playback path that is now attached (hls.js or native) for stream pins. */
  followSource(kind: 'hls.js' | 'native' | 'none'): void {
    const hls = kind === 'hls.js' ? this.media.engine.hls : null;
    const target = hls ?? (kind === 'native' ? this.media.video : undefined);
    if (target === this.attachedTo) return;
    this.attachedTo = target;
    this.pins.reset();
    this.showController.setExtraMoments([]);
    if (hls) this.pins.attachHls(hls);
    else if (kind === 'native') this.pins.attachNative(this.media.video);
  }

  /**
   * The market, currency and locale in force for the element's picks over the show's defaults
   * (the page's language last): the same object until the show or one of those inputs changes, so
   * cards see no change. The element asks it once per update to choose its UI language.
   */
  marketFor(picks: MarketPicks, pageLocale: string): ResolvedMarket {
    const show = this.showController.show;
    const key = [picks.market, picks.country, picks.currency, picks.locale, pageLocale].join('\u0000');
    const memo = this.marketMemo;
    if (memo && memo.show === show && memo.key === key) return memo.market;
    const market = resolveMarket(show, picks, pageLocale);
    this.marketMemo = { show, key, market };
    return market;
  }

  /** The market in force for the element's last update. */
  get market(): ResolvedMarket {
    const view = this.view;
    return this.marketFor(view?.picks ?? {}, view?.pageLocale ?? 'en');
  }

  /** Products the shopper can see here (a show may hide those that cannot be delivered): the same array until that changes. */
  get products(): readonly Product[] {
    const show: Show = this.showController.show;
    const market = this.market;
    const pinned = this.pinOrder();
    const memo = this.productsMemo;
    if (memo && memo.show === show && memo.market === market && memo.pinned === pinned) return memo.products;
    let products = visibleProducts(show, market);
    if (pinned.length) {
      // A live show lists what has been pinned so far first, in pin order.
      const rank = new Map(pinned.map((id, i) => [id, i]));
      products = [...products].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
    }
    this.productsMemo = { show, market, pinned, products };
    return products;
  }

  /** The products on screen now, as the shopper may buy them at this moment of the show. */
  get activeProducts(): Product[] {
    const visible = this.visible;
    const soldOutIds = this.soldOutIds();
    return this.showController.activeProducts.filter((p) => visible.has(p.id)).map((p) => (soldOutIds.has(p.id) ? soldOut(p) : p));
  }

  /** The products with a card over the video (the density policy's pick), as the shopper may buy them now. */
  get cardProducts(): Product[] {
    const soldOutIds = this.soldOutIds();
    const out: Product[] = [];
    for (const id of this.onScreen.pick.cards) {
      const p = this.showController.product(id);
      if (p) out.push(soldOutIds.has(id) ? soldOut(p) : p);
    }
    return out;
  }

  private soldOutIds(): Set<string> {
    const ids = new Set<string>();
    for (const m of this.showController.active) {
      if (m.source === 'stream' && m.action === 'sold-out') ids.add(m.productId);
    }
    return ids;
  }

  /** Active flash-sale pins by product id, with the wall-clock time their offer ends. */
  get flashSales(): Map<string, Date> {
    const out = new Map<string, Date>();
    for (const m of this.showController.active) {
      if (m.source === 'stream' && m.action === 'flash-sale' && m.endsAt) out.set(m.productId, m.endsAt);
    }
    return out;
  }

  toggleList = (): void => {
    if (this.listOpen) this.closeList();
    else this.openList();
  };

  private openList(): void {
    const box = this.host.getBoundingClientRect();
    const viewport = { width: innerWidth, height: innerHeight };
    this.sheetPlacement = sheetPlacement(box, viewport, document.fullscreenElement === this.host);
    this.listOpen = true;
    this.host.requestUpdate();
  }

  /**
   * An overlay card asks to open its product (image, title or "Choose options" tapped): the sheet
   * opens at it, where its options and Add to cart are. Cancelled, so the card does not open itself.
   */
  onOpenRequest = (event: ProductOpenRequest): void => {
    event.preventDefault();
    event.stopPropagation();
    this.openListAt(event.detail.product.id);
  };

  /** Opens the sheet at one product (a hotspot or an overlay card was pressed) and tells the page. */
  openListAt(productId: string): void {
    const product = this.showController.product(productId);
    if (!product) return;
    if (!this.listOpen) this.openList();
    this.host.dispatchEvent(
      new ShoppableProductClickEvent({ product, currentTime: this.media.currentTime, showId: this.showController.show.id || undefined }),
    );
    void this.host.updateComplete.then(() => this.host.shadowRoot?.querySelector<ShoppableProductList>('.product-list')?.focusProduct(productId));
  }

  /** A page sheet closed itself (a tap outside it, or Escape). */
  onSheetToggle = (event: Event): void => {
    if ((event as ToggleEvent).newState === 'closed') this.closeList();
  };

  closeList = (): void => {
    if (!this.listOpen) return;
    this.listOpen = false;
    this.host.requestUpdate();
  };

  /** The products pinned so far, in pin order: read once per set of moments (a show may have 100,000). */
  private pinOrder(): readonly string[] {
    const moments = this.showController.moments;
    if (this.pinMemo?.moments === moments) return this.pinMemo.ids;
    const ids = new Set<string>();
    for (const m of moments) if (m.source === 'stream') ids.add(m.productId);
    this.pinMemo = { moments, ids: [...ids] };
    return this.pinMemo.ids;
  }

  /** Reads a `<script type="application/json">` child as the show (the ShopLoader asks, when the element has no other). */
  readJsonChild(): void {
    const script = this.host.querySelector(':scope > script[type="application/json"]');
    if (!script) return;
    const text = script.textContent ?? '';
    if (text === this.lastJson) return;
    this.lastJson = text;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      this.showController.reportParseError(cause, 'the <script type="application/json"> child');
      return;
    }
    this.showController.setDocument(json, document.baseURI);
  }

  /**
   * Observes the overlay's size once it exists (and again if a render replaced it), only while the
   * player is in the page: an update after its removal must not start observing again.
   */
  private measure(): void {
    if (!this.host.isConnected || this.measured?.isConnected) return;
    const overlay = this.host.shadowRoot?.querySelector('.overlay');
    if (!overlay) return;
    if (this.measured) this.resize?.unobserve(this.measured);
    this.measured = overlay;
    this.resize?.observe(overlay);
  }

    private onResize = (entries: ResizeObserverEntry[]): void => {
    const box = entries[entries.length - 1]!.contentRect;
    const width = Math.round(box.width);
    const height = Math.round(box.height);
    if (width === this.size.width && height === this.size.height) return;
    this.size = { width, height };
    this.onScreen.readStyles();
    this.host.requestUpdate();
  };

  private onSeekRequest = (event: Event): void => {
    const { time } = (event as CustomEvent<{ time: number }>).detail ?? {};
    if (typeof time !== 'number' || !Number.isFinite(time)) return;
    event.stopPropagation();
    this.media.seek(time);
  };

  private onProductShow = (event: Event): void => {
    const { product } = (event as CustomEvent<{ product: Product }>).detail;
    this.onScreen.announce(resolveText(product.title, this.market.locale).text, this.view?.strings);
  };

  private onAdded = (event: Event): void => {
    const { product } = (event as CustomEvent<{ product: Product }>).detail;
    const title = resolveText(product.title, this.market.locale).text;
    this.onScreen.say(formatString(this.view?.strings.addedAnnouncement ?? '', { title }));
    this.justAdded = true;
    clearTimeout(this.addedTimer);
    this.addedTimer = setTimeout(() => {
      this.justAdded = false;
      this.host.requestUpdate();
    }, 6000);
    this.host.requestUpdate();
  };

  /**
   * An add whose card left (its moment ended) failed: the card cannot say so any more, so the
   * player announces the failure. A card still on screen reports from itself and says it itself.
   */
  private onCartFailed = (event: Event): void => {
    const { code, message } = (event as CustomEvent<{ code: string; message: string }>).detail;
    const from = event.composedPath()[0] as Element | undefined;
    if (code !== ErrorCode.CartFailed || from?.localName === tagOf('shoppable-product-card')) return;
    this.onScreen.say(message);
    this.host.requestUpdate();
  };
}
