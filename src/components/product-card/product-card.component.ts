import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { ResolvedMarket } from '../../core/market.js';
import type { Strings } from '../../core/strings.js';
import { DEFAULT_CART_TIMEOUT, type CartFailureReason } from '../../events.js';
import { tokens } from '../../styles/tokens.js';
import type { Product, ProductVariant, Rates } from '../../types.js';
import { LazyElement, once } from '../lazy-element.js';
import type { CardBehaviour } from './product-card.behaviour.js';

type ViewChunk = typeof import('./product-card.behaviour.js');

// Kept once it has arrived, so every later card builds its view in its first update.
let chunk: ViewChunk | undefined;
const loadView = once(() => import('./product-card.behaviour.js').then((m) => (chunk = m)));

/**
 * One product: image, title, price, options, quantity and an Add to cart button that runs the
 * add-to-cart protocol. Usable alone: `<shoppable-product-card .product=${product}>`.
 *
 * `product` takes a product as the show document has it (`products[i]` of its JSON, no defaults
 * needed) and reads it with the player's reader (`validateProduct`): a product without `variants`
 * or `prices` shows and sells, an invalid optional field is left out, and a product that cannot be
 * shown (no id or title, not an object) shows nothing. Either way one non-fatal `shoppable-error`
 * (`show-invalid`) names each problem (`product.price: must be an object with amount and
 * currency`); nothing is thrown. Events carry the product as read. A product from `validateShow`
 * (or the player) is used as it is, unread.
 *
 * In the `compact` form (the overlay) only the image, title, price and button show. A product with
 * one purchasable variant (or none) keeps its one-tap Add to cart (quantity 1); one with more shows
 * "Choose options" instead, so no variant is ever added without the shopper seeing the choice. That
 * button, and a tap on the image or title, send a `shoppable-product-open` request (bubbling,
 * cancelable, not composed: internal): `<shoppable-video>` cancels it and opens its product sheet
 * at the product (and fires `shoppable-product-click`); a standalone card nobody cancels it for
 * expands its options inline, and a tap on the image or title fires `shoppable-product-click`.
 * `chip` is the smallest form, for short players: image, price and that one button in one row.
 *
 * Figures (prices, the discount percentage, quantities) are formatted by `Intl` for the card's
 * locale, all with the locale's default numbering system, and each is a bidi-isolated span, so a
 * currency symbol stays with its digits in right-to-left text. A right-to-left locale makes the
 * card `dir="rtl"`.
 *
 * Across borders, `market` (from `resolveMarket`) supplies the currency, locale, tax note and the
 * shopper's country: the card shows the merchant's own price in the market currency, else its own
 * price with an approximate figure (only with `rates`), and a product that cannot be delivered to
 * the market's country is shown as not available there and cannot be added. Text given per
 * language (`title`, `description`, option labels) is picked for the locale and marked with `lang`.
 *
 * @summary A product with its price and an Add to cart button.
 *
 * @fires shoppable-add-to-cart - The shopper pressed Add to cart (cancelable; see the protocol).
 * @fires shoppable-add-to-cart-complete - The store accepted the add.
 * @fires shoppable-product-click - The shopper opened the product's link, or (standalone, overlay
 *   forms) tapped its image or title.
 * @fires shoppable-error - An add to cart failed (non-fatal, code `cart-failed`), or `product` had
 *   invalid parts (non-fatal, code `show-invalid`).
 *
 * @csspart card - The card's box.
 * @csspart card-image - The product image.
 * @csspart card-title - The product title.
 * @csspart card-open - In the overlay forms, the title's button that opens the product (a tap on the
 *   image does the same).
 * @csspart card-description - The product description (full form only).
 * @csspart card-price - The current price (the merchant's own figure, never a conversion).
 * @csspart card-approx-price - An approximate figure in the market currency ("≈ £19.69"), shown when
 *   the merchant set no price in it and `rates` cover both currencies.
 * @csspart card-tax - The market's tax note ("incl. VAT", "incl. tax", "+ tax").
 * @csspart card-compare-price - The price before the discount, struck through.
 * @csspart card-discount - The discount badge ("−20%").
 * @csspart card-status - The status line: sold out, not available, or why an add failed.
 * @csspart card-options - The container of the option groups.
 * @csspart option - One option group (a radio group such as "Tune").
 * @csspart option-value - One value of an option, drawn as a segmented button.
 * @csspart option-select - An option of more than 12 values, drawn as a drop-down list instead.
 * @csspart quantity - The quantity stepper.
 * @csspart add-to-cart - The Add to cart button.
 * @csspart choose-options - In the overlay forms, "Choose options" in place of Add to cart for a
 *   product with more than one purchasable variant.
 * @csspart retry - The Retry button shown after a failed add.
 * @csspart card-link - The "View product" link.
 *
 * @cssprop [--shoppable-card-background=#ffffff] - Card background; falls back to `--shoppable-surface-color`.
 * @cssprop [--shoppable-card-color=#1b1b1f] - Card text; falls back to `--shoppable-text-color`.
 * @cssprop [--shoppable-card-width=20rem] - Width of the full card (compact cards size to their content).
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Card shadow.
 * @cssprop [--shoppable-card-image-height=auto] - Height of the full card's image (square by default).
 * @cssprop [--shoppable-card-image-fit=cover] - `object-fit` of the card's image.
 * @cssprop [--shoppable-sale-color=#b3261e] - Discount badge background (dark: #ffb4ab).
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Discount badge text; falls back to the surface colour.
 * @cssprop [--shoppable-error-color=#b3261e] - Failure messages (dark: #ffb4ab).
 * @cssprop [--shoppable-accent-color=#4a2fd0] - The accent (dark: #b7a8ff): Add to cart and the selected option.
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
 * @cssprop [--shoppable-overlay-color=rgb(0 0 0 / 0.8)] - Scrims behind messages and dialogs.
 * @cssprop [--shoppable-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - Shadow of raised panels (sheets, notices).
 * @cssprop [--shoppable-control-size=40px] - Size of buttons and steppers (never under 24px).
 * @cssprop [--shoppable-card-enter-duration=0s] - Card entrance animation (off by default; 0s under `prefers-reduced-motion`).
 */
export class ShoppableProductCard extends LazyElement {
  // The card's own rules arrive with its view (`adoptLazyStyles`); a card without a product has none.
  static override styles = [tokens];

  /** Forces the light or dark palette; by default the shopper's `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** The product to show, as the show document has it (property only; `null` or unset: none). */
  @property({ attribute: false }) product: Product | undefined;

  /** BCP 47 locale for text and prices; defaults to the market's, then `navigator.language`. */
  @property() locale: string | undefined;

  /**
   * ISO 4217 currency to show (defaults to the market's): the merchant's own price in it, else the
   * product's own price.
   */
  @property() currency: string | undefined;

  /**
   * The shopper's market, from `resolveMarket()` (property only): supplies the currency and locale
   * (unless `currency`/`locale` are set), the tax note and the delivery country.
   */
  @property({ attribute: false }) market: ResolvedMarket | undefined;

  /** Exchange rates, for approximate figures only (property only); usually the show's `rates`. */
  @property({ attribute: false }) rates: Rates | undefined;

  /** The show id, passed along in events. */
  @property({ attribute: 'show-id' }) showId: string | undefined;

  /** The small overlay form: image, title, price and Add to cart (or "Choose options") only. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** The smallest overlay form, a one-row chip for short players: image, price and one button. */
  @property({ type: Boolean, reflect: true }) chip = false;

  /** Overrides for any UI string (property only). */
  @property({ attribute: false }) strings: Partial<Strings> | undefined;

  /** How long (ms) a page's add-to-cart promise may take before it counts as a `timeout`. */
  @property({ type: Number, attribute: 'cart-timeout' }) cartTimeout = DEFAULT_CART_TIMEOUT;

  /** Gives the media time for events' `currentTime`; 0 when absent (property only). */
  @property({ attribute: false }) clock: (() => number) | undefined;

  /**
   * When set (e.g. `'region-unavailable'`), the card shows the reason, Add to cart is disabled, and a
   * press shows the failure without dispatching an event (property only).
   */
  @property({ attribute: false }) unavailableReason: CartFailureReason | undefined;

  private view: CardBehaviour | undefined;
  /** The view chunk's load, asked for once per card (a failed load is reported, not retried in a loop). */
  private loading: Promise<unknown> | undefined;
  /** An `addToCart()` made before the view arrived, to be made once it does. */
  private addQueued = false;

  /** The variant the current selection names (`undefined` until the card has rendered its product). */
  get variant(): ProductVariant | undefined {
    return this.view?.variant;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startView();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.waitForStrings(this.locale || this.market?.locale || globalThis.navigator?.language);
    this.startView()?.willUpdate(changed);
  }

  /**
   * Adds the chosen variant and quantity, as a press of the button does, with the same checks:
   * nothing while sold out or pending; refused (`shoppable-error`, no add-to-cart event) when not
   * available in the shopper's region. Called before the card's behaviour has loaded, the add is
   * made as soon as it has (once, however many calls came before).
   */
  addToCart(): void {
    const view = this.startView();
    if (view) view.addToCart();
    else if (this.loading && !this.addQueued) {
      this.addQueued = true;
      void this.loading.then(() => {
        this.addQueued = false;
        this.startView()?.addToCart();
      });
    }
  }

  /** The view, built now when its chunk is in; else the chunk is asked for, if there is a product. */
  private startView(): CardBehaviour | undefined {
    // Any value but null/undefined needs the view: it reads the value and reports what is wrong.
    if (this.view || this.product == null) return this.view;
    if (!chunk) {
      // `waitFor` renders again once the chunk is in, and that update builds the view.
      this.loading ??= this.waitFor(loadView());
      return undefined;
    }
    this.adoptLazyStyles([chunk.styles]);
    this.view = new chunk.CardBehaviour(this);
    return this.view;
  }

  /** Focuses the card's first control (its Add to cart, or a link or choice before it). */
  override focus(options?: FocusOptions): void {
    if (!this.view?.focus(options)) super.focus(options);
  }

  protected override render(): TemplateResult | typeof nothing {
    return this.view?.render() ?? nothing;
  }
}
