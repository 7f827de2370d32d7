/**
 * The shop's place in `<shoppable-video>`, part of the entry: it decides when the shop layer's
 * chunk is fetched (the player has a show, by property, URL or JSON child, and is near the
 * viewport), builds the layer's ShopController once the chunk is in, hands it the show, and renders
 * the layer's pieces into the player's template. Before the chunk arrives every piece is `nothing`.
 * @module
 */
import { nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { once } from '../../lazy-element.js';
import type { TimelineMarker } from '../chrome/seek-bar.js';
import type { ShopController, ShopOptions } from './shop-controller.js';
import type { ShopView } from './shop-templates.js';

/** The shop layer (show document, cue timeline, overlay, product sheet): a lazy chunk. */
const loadShop = once(() => import('./shop-layer.js'));
type ShopLayer = Awaited<ReturnType<typeof loadShop>>;

/** What the slot needs from the player besides the layer's own options. */
export interface ShopLoaderOptions extends ShopOptions {
  /** The `.show` property (a string is a URL) and the `show` attribute. */
  readonly show: () => { value: unknown; src: string | undefined };
  /** The player is near the viewport. */
  readonly near: () => boolean;
  /** Adds the layer's styles to the player's shadow root. */
  readonly adopt: (styles: CSSResultOrNative[]) => void;
  /** What the layer renders from, besides the controller. */
  readonly view: () => Omit<ShopView, 'shop'>;
}

/** See the module doc. */
export class ShopLoader implements ReactiveController {
  /** The layer's controller, once its chunk has arrived. */
  shop?: ShopController;
  private layer?: ShopLayer;
  /** Notices a `<script type="application/json">` child added later (the layer then takes over). */
  private childWatch?: MutationObserver;
  private markerSource?: { page: readonly TimelineMarker[]; shop: readonly TimelineMarker[]; all: readonly TimelineMarker[] };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly o: ShopLoaderOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childWatch = new MutationObserver(() => {
      if (!this.shop) this.host.requestUpdate();
    });
    this.childWatch.observe(this.host, { childList: true });
  }

  hostDisconnected(): void {
    this.childWatch?.disconnect();
  }

  /** The layer is fetched once there is a show and the player is near: a far-off embed fetches nothing. */
  wanted(): boolean {
    const { value, src } = this.o.show();
    const show = (value !== undefined && value !== null) || !!src;
    return (show || !!this.host.querySelector(':scope > script[type="application/json"]')) && this.o.near();
  }

  /** Fetches the layer and builds its controller (once). */
  async attach(): Promise<void> {
    const layer = await loadShop();
    if (this.shop) return;
    this.layer = layer;
    this.o.adopt([layer.shopStyles]);
    this.shop = new layer.ShopController(this.host, this.o);
    this.load();
  }

  /** Hands the layer the show as the element holds it now. */
  load(): void {
    const { value, src } = this.o.show();
    // Frameworks that set properties (React 19, Vue, Svelte) pass `show="/x.json"` as `.show`.
    const url = typeof value === 'string' ? value : src;
    this.shop?.load(typeof value === 'string' ? undefined : value, url);
  }

  /** The page's markers and the show's, the same array while neither changes. */
  markers(page: readonly TimelineMarker[]): readonly TimelineMarker[] {
    if (!this.shop || !this.layer) return page;
    const shop = this.layer.shopMarkers(this.shop);
    const m = this.markerSource;
    if (m && m.page === page && m.shop === shop) return m.all;
    const all = page.length ? [...page, ...shop] : shop;
    this.markerSource = { page, shop, all };
    return all;
  }

  /** Above the video, below the controls: cards, hotspots, the announcer. */
  overlay(): unknown {
    return this.shop ? this.layer!.renderShopOverlay(this.view()) : nothing;
  }

  /** At the end of the control bar: the "Products" and cart buttons. */
  controlsEnd(): unknown {
    return this.shop ? this.layer!.renderShopControls(this.view()) : nothing;
  }

  /** Last inside the player box: the product sheet. */
  panels(): unknown {
    return this.shop ? this.layer!.renderShopSheet(this.view()) : nothing;
  }

  private view(): ShopView {
    return { shop: this.shop!, ...this.o.view() };
  }
}
