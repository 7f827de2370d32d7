import { nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEFAULT_CART_TIMEOUT } from '../../events.js';
import type { Strings } from '../../core/strings.js';
import type { ResolvedMarket } from '../../core/market.js';
import type { Moment, Product, Rates } from '../../types.js';
import { tokens } from '../../styles/tokens.js';
import { LazyElement, once } from '../lazy-element.js';
import type { ListBehaviour } from './product-list.behaviour.js';

/** Name of the event the list fires when the shopper closes it (kept here for earlier imports). */
export { LIST_CLOSE } from '../../events.js';

// The panel's rendering and styles: fetched once per page, when the first list is connected.
const loadView = once(() => import('./product-list.behaviour.js'));

/**
 * The "shopping bag" panel: every product of a show, each as a full product card, with the ones on
 * screen now marked and a button to watch the moment a product was shown. The parent positions it
 * (bottom sheet, side panel); the list fills its box and scrolls.
 *
 * Needs `<shoppable-product-card>` registered (importing this element's module does that).
 *
 * `products` and `moments` take the show document's own arrays (its JSON, no defaults needed) and
 * are read with the player's reader (`validateProducts`, `validateMoments`): an invalid entry is
 * left out, and one non-fatal `shoppable-error` (`show-invalid`) per change names each problem
 * (`products[2].title: must be a string or a map of language tags to strings`); nothing is thrown.
 * `null` or unset means none. The player's own products and moments are used as they are, unread.
 *
 * `market` and `rates` go down to every card (prices, tax notes, delivery); with `hideUnavailable`
 * the products that cannot be delivered to the market's country are left out.
 *
 * @summary Every product of a show, with "Watch the moment" buttons.
 *
 * @slot empty - Shown when there are no products; default "No products in this show yet."
 *
 * @fires shoppable-list-close - The shopper pressed the close button or Escape (bubbles, composed).
 * @fires shoppable-seek-request - The shopper pressed "Watch the moment" (`{ time, productId }`).
 * @fires shoppable-add-to-cart - From a card: the shopper pressed Add to cart.
 * @fires shoppable-product-click - From a card: the shopper opened a product's link.
 * @fires shoppable-error - `products` or `moments` had invalid entries (non-fatal, code `show-invalid`).
 * @fires shoppable-add-to-cart-complete - From a card: the store accepted the add.
 *
 * @csspart product-list - The panel.
 * @csspart list-header - The header row with the title and the close button.
 * @csspart list-title - The heading ("Products (3)").
 * @csspart list-close - The close button.
 * @csspart list-item - One entry; carries `data-active` while its product is on screen.
 * @csspart now-showing - The "Now showing" badge of an entry on screen.
 * @csspart watch-moment - The "Watch the moment" button.
 * @csspart card - Every card part is exported from the entries' cards
 *   (`card-image`, `card-title`, `card-price`, `add-to-cart`, ...).
 *
 * @cssprop [--shoppable-list-background=#ffffff] - Panel background; falls back to `--shoppable-surface-color`.
 * @cssprop [--shoppable-list-color=#1b1b1f] - Panel text; falls back to `--shoppable-text-color`.
 * @cssprop [--shoppable-accent-color=#4a2fd0] - The accent (dark: #b7a8ff): "Now showing" marking and "Watch the moment".
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
 * @cssprop [--shoppable-card-width=100%] - Width of the cards inside the list.
 * @cssprop [--shoppable-sale-color=#b3261e] - Sale prices and discount badges (dark: #ffb4ab).
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Text on the sale colour; falls back to the surface colour.
 * @cssprop [--shoppable-error-color=#b3261e] - Failure messages (dark: #ffb4ab).
 * @cssprop [--shoppable-overlay-color=rgb(0 0 0 / 0.8)] - Scrims behind messages and dialogs.
 * @cssprop [--shoppable-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - Shadow of raised panels (sheets, notices).
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of product cards.
 * @cssprop [--shoppable-control-size=40px] - Size of buttons and steppers (never under 24px).
 * @cssprop [--shoppable-card-enter-duration=0s] - Card entrance animation (off by default; 0s under `prefers-reduced-motion`).
 */
export class ShoppableProductList extends LazyElement {
  // The list's own rules come with the view chunk (see connectedCallback).
  static override styles = [tokens];

  /** Forces the light or dark palette; by default the shopper's `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** Every product of the show, as the show document has them (property only). */
  @property({ attribute: false }) products: readonly Product[] = [];

  /** The show's moments, to find each product's first one (property only). */
  @property({ attribute: false }) moments: readonly Moment[] = [];

  /** Ids of the products on screen now (property only). */
  @property({ attribute: false }) activeIds: ReadonlySet<string> = new Set();

  /** BCP 47 locale for text and prices; defaults to the market's, then `navigator.language`. */
  @property() locale: string | undefined;

  /** ISO 4217 currency to show; defaults to the market's. */
  @property() currency: string | undefined;

  /** The shopper's market, from `resolveMarket()`, passed to every card (property only). */
  @property({ attribute: false }) market: ResolvedMarket | undefined;

  /** Exchange rates for approximate figures, passed to every card (property only). */
  @property({ attribute: false }) rates: Rates | undefined;

  /** Leave out the products that cannot be delivered to the market's country. */
  @property({ type: Boolean, attribute: 'hide-unavailable' }) hideUnavailable = false;

  /** The show id, passed along in events. */
  @property({ attribute: 'show-id' }) showId: string | undefined;

  /** Overrides for any UI string (property only). */
  @property({ attribute: false }) strings: Partial<Strings> | undefined;

  /** Gives the media time for the cards' events (property only). */
  @property({ attribute: false }) clock: (() => number) | undefined;

  /** Passed to every card: how long (ms) a page's add-to-cart promise may take. */
  @property({ type: Number, attribute: 'cart-timeout' }) cartTimeout = DEFAULT_CART_TIMEOUT;

  /** The heading; defaults to "Products ({count})" from `strings`. */
  @property() heading: string | undefined;

  private view: ListBehaviour | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // A list is only in the page while it is shown, so connecting is the moment to fetch its view.
    if (!this.view) {
      void this.waitFor(
        loadView().then(({ ListBehaviour }) => {
          this.adoptLazyStyles(ListBehaviour.styles);
          this.view ??= new ListBehaviour(this);
        }),
      );
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const locale = this.locale || this.market?.locale || globalThis.navigator?.language || 'en';
    this.waitForStrings(locale);
    this.view?.willUpdate(changed, locale);
  }

  /** Scrolls to a product and focuses its card's first control, once rendered (the player's sheet opens at a product this way). */
  async focusProduct(productId: string): Promise<void> {
    await this.updateComplete;
    await this.view?.focusProduct(productId);
  }

  protected override render(): unknown {
    return this.view?.render() ?? nothing;
  }
}

