import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AddToCartController, type AddToCartRequest } from '../../controllers/add-to-cart.js';
import { ShoppableProductClickEvent, type CartFailureReason } from '../../events.js';
import {
  cartPrice,
  isDeliverable,
  localizedText,
  presentmentPrice,
  taxLabel,
  type ResolvedMarket,
} from '../../core/market.js';
import { formatString, stringsFor, type Strings } from '../../core/strings.js';
import { safeUrl } from '../../core/url.js';
import {
  defaultSelection,
  findVariant,
  isValueAvailable,
  select,
  type Selection,
} from '../../core/variants.js';
import type { Product, ProductOption, ProductVariant, Rates } from '../../types.js';
import { renderImage, renderLink, renderQuantity } from './product-card.parts.js';
import { renderPrice } from './product-card.price.js';
import { styles } from './product-card.styles.js';
import { tokens } from '../../styles/tokens.js';

const MIN_QUANTITY = 1;
const MAX_QUANTITY = 99;

/**
 * One product: image, title, price, options, quantity and an Add to cart button that runs the
 * add-to-cart protocol. Usable alone: `<shoppable-product-card .product=${product}>`.
 *
 * In the `compact` form (the overlay) only the image, title, price and button show; the button then
 * adds the default variant (the first available one) in quantity 1, or whatever was chosen before
 * the card became compact.
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
 * @fires shoppable-product-click - The shopper opened the product's link.
 * @fires shoppable-error - An add to cart failed (non-fatal, code `cart-failed`).
 *
 * @csspart card - The card's box.
 * @csspart card-image - The product image.
 * @csspart card-title - The product title.
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
 * @csspart quantity - The quantity stepper.
 * @csspart add-to-cart - The Add to cart button.
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
 */
export class ShoppableProductCard extends LitElement {
  static override styles = [tokens, styles];

  /** Forces the light or dark palette; by default the shopper's `prefers-color-scheme` decides. */
  @property({ reflect: true }) theme: 'light' | 'dark' | undefined;

  /** The product to show (property only). */
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

  /** The small overlay form: image, title, price and Add to cart only. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Overrides for any UI string (property only). */
  @property({ attribute: false }) strings: Partial<Strings> | undefined;

  /** How long (ms) a page's add-to-cart promise may take before it counts as a `timeout`. */
  @property({ type: Number, attribute: 'cart-timeout' }) cartTimeout = 15000;

  /** Gives the media time for events' `currentTime`; 0 when absent (property only). */
  @property({ attribute: false }) clock: (() => number) | undefined;

  /**
   * When set (e.g. `'region-unavailable'`), the card shows the reason, Add to cart is disabled, and a
   * press shows the failure without dispatching an event (property only).
   */
  @property({ attribute: false }) unavailableReason: CartFailureReason | undefined;

  @state() private selection: Selection = {};
  @state() private quantity = MIN_QUANTITY;

  private readonly cart = new AddToCartController(this, {
    timeout: () => this.cartTimeout,
    strings: () => this.text,
  });
  private text: Strings = stringsFor(undefined);
  /** The product id the cart status belongs to, so a reused card does not show another's "Added". */
  private pressedFor: string | undefined;

  /** The variant the current selection names. */
  get variant(): ProductVariant | undefined {
    return this.product ? findVariant(this.product, this.selection) : undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('locale') || changed.has('market') || changed.has('strings')) {
      this.text = stringsFor(this.effectiveLocale, this.strings);
    }
    // A refusal or failure from another market says nothing about this one: start afresh.
    if ((changed.has('market') || changed.has('unavailableReason')) && this.cart.status === 'error') {
      this.pressedFor = undefined;
    }
    if (changed.has('product')) {
      const previous = changed.get('product') as Product | undefined;
      const product = this.product;
      // Same product again (fresh data): keep the shopper's choice when it still names a variant.
      const keep =
        product && previous?.id === product.id && findVariant(product, this.selection) !== undefined;
      if (!keep) {
        this.selection = product ? defaultSelection(product) : {};
        this.quantity = MIN_QUANTITY;
      }
    }
  }

  private get effectiveLocale(): string {
    return this.locale || this.market?.locale || globalThis.navigator?.language || 'en';
  }

  private get effectiveCurrency(): string | undefined {
    return this.currency || this.market?.currency;
  }

  /** Why an add is refused before any event: the page's reason, else delivery to the market. */
  private get refusal(): CartFailureReason | undefined {
    if (this.unavailableReason) return this.unavailableReason;
    const product = this.product;
    return product && !isDeliverable(product, this.market?.country) ? 'region-unavailable' : undefined;
  }

  private get soldOut(): boolean {
    const product = this.product;
    if (!product || !product.available) return true;
    const variant = this.variant;
    return product.variants.length > 0 && (!variant || !variant.available);
  }

  private request(): AddToCartRequest | undefined {
    const product = this.product;
    if (!product) return undefined;
    const variant = this.variant;
    // The exact figure the shopper saw (never an approximate one), so a store can refuse with
    // `price-changed`; left out when the card shows no price.
    const price = cartPrice(product, variant, { currency: this.effectiveCurrency });
    return {
      product,
      variant,
      quantity: this.quantity,
      ...(price ? { price } : {}),
      currentTime: this.clock?.() ?? 0,
      showId: this.showId,
    };
  }

  /**
   * Adds the chosen variant and quantity, as a press of the button does, with the same checks:
   * nothing while sold out or pending; refused (`shoppable-error`, no add-to-cart event) when not
   * available in the shopper's region.
   */
  addToCart(): void {
    const request = this.request();
    if (!request || this.soldOut || this.cartStatus === 'pending') return;
    this.pressedFor = request.product.id;
    const refusal = this.refusal;
    if (refusal) this.cart.refuse(request, refusal);
    else this.cart.press(request);
  }

  private onAdd(): void {
    this.addToCart();
  }

  private onRetry(): void {
    this.cart.retry();
  }

  private onLinkClick(): void {
    if (!this.product) return;
    this.dispatchEvent(
      new ShoppableProductClickEvent({
        product: this.product,
        currentTime: this.clock?.() ?? 0,
        showId: this.showId,
      }),
    );
  }

  private onPick(option: string, value: string): void {
    if (!this.product) return;
    this.selection = select(this.product, this.selection, option, value);
  }

  private setQuantity(value: number): void {
    const n = Number.isFinite(value) ? Math.round(value) : MIN_QUANTITY;
    this.quantity = Math.min(MAX_QUANTITY, Math.max(MIN_QUANTITY, n));
  }

  private onQuantityInput(e: Event): void {
    const input = e.target as HTMLInputElement;
    this.setQuantity(input.valueAsNumber);
    input.value = String(this.quantity);
  }

  /** The cart status, only when it belongs to the product shown now. */
  private get cartStatus(): AddToCartController['status'] {
    return this.pressedFor === this.product?.id ? this.cart.status : 'idle';
  }

  private renderQuantity(): TemplateResult {
    return renderQuantity({
      quantity: this.quantity,
      min: MIN_QUANTITY,
      max: MAX_QUANTITY,
      strings: this.text,
      step: (delta) => this.setQuantity(this.quantity + delta),
      input: (e) => this.onQuantityInput(e),
    });
  }

  private renderPrice(product: Product): TemplateResult | typeof nothing {
    const currency = this.effectiveCurrency;
    const shown = presentmentPrice(product, this.variant, { currency }, this.rates);
    // An explicit currency other than the market's says nothing about that market's tax.
    const market = this.market;
    const tax = market && (!currency || currency === market.currency) ? taxLabel(market) : undefined;
    return renderPrice(shown, tax, this.effectiveLocale, this.text);
  }

  private renderOption(product: Product, option: ProductOption): TemplateResult {
    const locale = this.effectiveLocale;
    const label = localizedText(option.label ?? option.name, locale);
    return html`<fieldset part="option" class="option">
      <legend lang=${ifDefined(label.lang)}>${label.text}</legend>
      <div class="values">
        ${option.values.map((value, i) => {
          const text = localizedText(option.valueLabels?.[i] ?? value, locale);
          const available = isValueAvailable(product, option.name, value);
          return html`<label part="option-value" class="value" lang=${ifDefined(text.lang)}>
            <input
              type="radio"
              name=${`option-${option.name}`}
              .value=${value}
              .checked=${this.selection[option.name] === value}
              ?disabled=${!available}
              aria-disabled=${available ? 'false' : 'true'}
              @change=${() => this.onPick(option.name, value)}
            /><span>${text.text}</span>
          </label>`;
        })}
      </div>
    </fieldset>`;
  }

  /** Why the product cannot be bought as chosen, as the button's label; '' when it can. */
  private soldOutLabel(): string {
    const product = this.product;
    if (!product || !this.soldOut) return '';
    // An unmatched combination is not "sold out": no such variant exists.
    return product.available && product.variants.length > 0 && !this.variant
      ? this.text.unavailable
      : this.text.soldOut;
  }

  private renderButton(): TemplateResult {
    const t = this.text;
    const status = this.cartStatus;
    const pending = status === 'pending';
    const soldOut = this.soldOutLabel();
    let label = t.addToCart;
    if (soldOut) label = soldOut;
    else if (pending) label = this.cart.message || t.adding;
    else if (status === 'success') label = this.cart.message || t.added;
    // While pending the button stays focusable (aria-disabled, presses ignored): a `disabled`
    // button would drop keyboard focus to the page in the middle of the add.
    const inert = pending || this.refusal !== undefined;
    return html`<button
      part="add-to-cart"
      class="add"
      type="button"
      ?disabled=${soldOut !== ''}
      aria-disabled=${inert ? 'true' : 'false'}
      aria-busy=${pending ? 'true' : 'false'}
      aria-describedby=${ifDefined(this.statusText() ? 'status' : undefined)}
      data-status=${status}
      @click=${this.onAdd}
    >
      ${pending ? html`<span class="spinner" aria-hidden="true"></span>` : nothing}<span
        >${label}</span
      >
    </button>`;
  }

  /** What the visible status line says: why the product cannot be added, or why an add failed. */
  private statusText(): string {
    if (this.cartStatus === 'error') return this.cart.message;
    if (this.unavailableReason) return this.text[`reason.${this.unavailableReason}`];
    if (this.refusal) return this.text.notAvailableInRegion;
    return '';
  }

  /** What the polite live region announces: only the results of a press. */
  private announcement(title: string): string {
    const status = this.cartStatus;
    if (status === 'success') return formatString(this.text.addedAnnouncement, { title });
    if (status === 'error') return this.cart.message;
    return '';
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const locale = this.effectiveLocale;
    const title = localizedText(product.title, locale);
    const description = localizedText(product.description, locale);
    const status = this.statusText();
    const full = !this.compact;
    const retry = this.cartStatus === 'error' && !this.refusal;
    return html`<article part="card" class="card" aria-label=${title.text}>
      ${renderImage(safeUrl(this.variant?.image) ?? safeUrl(product.image), title.text)}
      <div class="body">
        <h3 part="card-title" class="title" lang=${ifDefined(title.lang)}>${title.text}</h3>
        ${this.renderPrice(product)}
        ${full && description.text
          ? html`<p part="card-description" class="description" lang=${ifDefined(description.lang)}>
              ${description.text}
            </p>`
          : nothing}
        ${full && product.options.length
          ? html`<div part="card-options" class="options">
              ${product.options.map((o) => this.renderOption(product, o))}
            </div>`
          : nothing}
        ${status
          ? html`<p part="card-status" id="status" class="status" data-status=${this.cartStatus}>
              ${status}
            </p>`
          : nothing}
        <div class="actions">
          ${full ? this.renderQuantity() : nothing} ${this.renderButton()}
          ${retry
            ? html`<button part="retry" class="retry" type="button" @click=${this.onRetry}>
                ${this.text.retry}
              </button>`
            : nothing}
        </div>
        ${full
          ? renderLink(safeUrl(product.url), this.text.viewProduct, () => this.onLinkClick())
          : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.announcement(title.text)}
      </div>
    </article>`;
  }
}
