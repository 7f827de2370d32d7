/**
 * The shop's place in `<shoppable-video>`, part of the entry: it decides when the shop layer's
 * chunk is fetched (the player has a show, by property, URL or JSON child, and is near the
 * viewport), builds the layer's ShopController once the chunk is in, hands it the element's
 * inputs on every update, and renders the layer's pieces into the player's template. Before the
 * chunk arrives every piece is `nothing`.
 * @module
 */
import { nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { once } from '../../lazy-element.js';
import type { PlayerMedia } from '../media/player-media.js';
import type { TimelineMarker } from '../chrome/seek-bar.js';
import type { ShopController } from './shop-controller.js';
import type { PlayerView } from '../player-view.js';
import { lookupStrings } from '../../../core/string-registry.js';

/** The shop layer (show document, cue timeline, overlay, product sheet): a lazy chunk. */
const loadShop = once(() => import('./shop-layer.js'));
type ShopLayer = Awaited<ReturnType<typeof loadShop>>;

/** The element's show inputs: the `.show` property (a string is a URL) and the `show` attribute. */
export interface ShowInputs {
  readonly value: unknown;
  readonly src: string | undefined;
}

/** See the module doc. */
export class ShopLoader implements ReactiveController {
  /** The layer's controller, once its chunk has arrived. */
  shop?: ShopController;
  private layer?: ShopLayer;
  private inputs: ShowInputs = { value: undefined, src: undefined };
  private view?: PlayerView;
  /** The show URL fetched ahead of the layer (before a muted autoplay's first frame). */
  private prefetched?: string;
  /** The one watch on the element's children: a `<script type="application/json">` show document. */
  private childWatch?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly media: PlayerMedia,
    /** Adds the layer's styles to the player's shadow root. */
    private readonly adopt: (styles: CSSResultOrNative[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.childWatch = new MutationObserver(() => {
      if (!this.shop) this.host.requestUpdate();
      else if (!this.hasShowInput()) this.shop.readJsonChild();
    });
    this.childWatch.observe(this.host, { childList: true, subtree: true, characterData: true });
    // A player moved in the page reads its JSON child again.
    if (this.shop && !this.hasShowInput()) this.shop.readJsonChild();
  }

  hostDisconnected(): void {
    this.childWatch?.disconnect();
  }

  /**
   * Takes the element's show inputs (once per update). Returns the layer's load while it is being
   * fetched for the first time (the element holds `updateComplete` for it), else undefined.
   * `untilFrame`: a muted autoplaying player before its first frame. Its layer waits for that frame,
   * as its controls do: fetched and run meanwhile, the chunk and the show would only delay it. The
   * show document is fetched meanwhile, so it is there when the layer comes (see controllers/show-fetch).
   */
  update(inputs: ShowInputs, near: boolean, untilFrame = false): Promise<void> | undefined {
    const changed = inputs.value !== this.inputs.value || inputs.src !== this.inputs.src;
    this.inputs = inputs;
    if (this.shop) {
      if (changed) this.load();
      return undefined;
    }
    const wanted = this.hasShowInput() || !!this.host.querySelector(':scope > script[type="application/json"]');
    if (!wanted || !near) return undefined;
    const { media } = this;
    // Refused, paused or failed, the player shows its shop at once.
    if (!untilFrame || media.autoplayFailed || media.engine.failure || (media.state.started && media.video.paused)) return this.attach();
    // Asked once per URL (several updates may come before the first frame); show-fetch shares the request
    // with the layer's.
    const url = typeof inputs.value === 'string' ? inputs.value : inputs.src;
    if (url && url !== this.prefetched) {
      this.prefetched = url;
      import('../../../controllers/show-fetch.js').then((m) => m.fetchShow(new URL(url, document.baseURI).href)).catch(() => {});
    }
    return undefined;
  }

  /**
   * Hands the layer this update's view (after `update`: the view's language depends on the
   * market the layer resolves) and the playback path now attached, for stream pins.
   */
  apply(view: PlayerView): void {
    this.view = view;
    if (!this.shop) return;
    this.shop.view = view;
    this.shop.followSource(this.media.engine.kind);
  }

  /** Fetches the layer and builds its controller (once). */
  private async attach(): Promise<void> {
    const layer = await loadShop();
    if (this.shop) return;
    this.layer = layer;
    this.adopt([layer.shopStyles]);
    this.shop = new layer.ShopController(this.host, this.media);
    // The view was resolved before the chunk brought the whole English table (strings.ts): until
    // the next update, the layer reads strings looked up again now (announcements may come first).
    const view = this.view;
    this.shop.view = view && { ...view, strings: lookupStrings(view.locale, view.userStrings) as PlayerView['strings'] };
    this.load();
  }

  private hasShowInput(): boolean {
    const { value, src } = this.inputs;
    return (value !== undefined && value !== null) || !!src;
  }

  /** Hands the layer the show as the element holds it now. */
  private load(): void {
    const { value, src } = this.inputs;
    // Frameworks that set properties (React 19, Vue, Svelte) pass `show="/x.json"` as `.show`.
    const url = typeof value === 'string' ? value : src;
    this.shop?.load(typeof value === 'string' ? undefined : value, url);
  }

  /** The page's markers and the show's, the same array while neither changes. */
  markers(page: readonly TimelineMarker[]): readonly TimelineMarker[] {
    return this.shop ? this.layer!.shopMarkers(this.shop, page) : page;
  }

  /** Above the video, below the controls: cards, hotspots, the announcer. */
  overlay(view: PlayerView): unknown {
    return this.shop ? this.layer!.renderShopOverlay(this.shop, view) : nothing;
  }

  /** At the end of the control bar: the "Products" and cart buttons. */
  controlsEnd(view: PlayerView): unknown {
    return this.shop ? this.layer!.renderShopControls(this.shop, view) : nothing;
  }

  /** Last inside the player box: the product sheet. */
  panels(view: PlayerView): unknown {
    return this.shop ? this.layer!.renderShopSheet(this.shop, view) : nothing;
  }
}
