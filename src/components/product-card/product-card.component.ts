import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AddToCartController, type AddToCartRequest } from '../../controllers/add-to-cart.js';
import { ShoppableProductClickEvent, type CartFailureReason } from '../../events.js';
import { discountPercent, formatMoney, productPrice } from '../../core/money.js';
import { formatString, stringsFor, type Strings } from '../../core/strings.js';
import { resolveText } from '../../core/text.js';
import { safeUrl } from '../../core/url.js';
import {
  defaultSelection,
  findVariant,
  isValueAvailable,
  select,
  type Selection,
} from '../../core/variants.js';
import type { Product, ProductOption, ProductVariant } from '../../types.js';
import { styles } from './product-card.styles.js';

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
 * @csspart card-price - The current price.
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
 * @cssprop [--shoppable-card-width=20rem] - Width of the full card (compact cards size to their content).
 * @cssprop [--shoppable-card-background=#ffffff] - Card background (dark: #1f1f24); falls back to
 *   `--shoppable-surface-color`.
 * @cssprop [--shoppable-card-color=#1b1b1f] - Card text colour (dark: #f2f2f5); falls back to
 *   `--shoppable-text-color`.
 * @cssprop [--shoppable-muted-color=#5c5c66] - Secondary text: compare-at price, status.
 * @cssprop [--shoppable-border-color=#d5d5dd] - Borders of the card, options and stepper.
 * @cssprop [--shoppable-accent-color=#4a2fd0] - Add to cart button and selected option.
 * @cssprop [--shoppable-on-accent-color=#ffffff] - Text on the accent colour.
 * @cssprop [--shoppable-sale-color=#b3261e] - Discount badge background.
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Discount badge text.
 * @cssprop [--shoppable-error-color=#b3261e] - Failure messages.
 * @cssprop [--shoppable-focus-color=#1a73e8] - Focus outline.
 * @cssprop [--shoppable-radius=12px] - Corner radius of the card (controls use half).
 * @cssprop [--shoppable-space=0.75rem] - The base spacing unit.
 * @cssprop [--shoppable-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Card shadow.
 */
export class ShoppableProductCard extends LitElement {
  static override styles = styles;

  /** The product to show (property only). */
  @property({ attribute: false }) product: Product | undefined;

  /** BCP 47 locale for text and prices; defaults to `navigator.language`. */
  @property() locale: string | undefined;

  /** ISO 4217 currency to show; the merchant's own price in it, else the product's own price. */
  @property() currency: string | undefined;

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
    if (!this.hasUpdated || changed.has('locale') || changed.has('strings')) {
      this.text = stringsFor(this.effectiveLocale, this.strings);
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
    return this.locale || globalThis.navigator?.language || 'en';
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
    return {
      product,
      variant: this.variant,
      quantity: this.quantity,
      currentTime: this.clock?.() ?? 0,
      showId: this.showId,
    };
  }

  private onAdd(): void {
    const request = this.request();
    if (!request || this.soldOut || this.cartStatus === 'pending') return;
    this.pressedFor = request.product.id;
    if (this.unavailableReason) this.cart.refuse(request, this.unavailableReason);
    else this.cart.press(request);
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

  private renderPrice(product: Product): TemplateResult | typeof nothing {
    const price = productPrice(product, this.variant, this.currency);
    if (!price) return nothing;
    const locale = this.effectiveLocale;
    const compareAt = product.compareAtPrice;
    const percent = discountPercent(price, compareAt);
    const t = this.text;
    return html`<p class="price">
      <span part="card-price" class="current">${formatMoney(price, locale)}</span>
      ${percent !== undefined && compareAt
        ? html`<s part="card-compare-price" class="compare"
              ><span class="visually-hidden"
                >${formatString(t.compareAtPrice, { price: formatMoney(compareAt, locale) })}</span
              ><span aria-hidden="true">${formatMoney(compareAt, locale)}</span></s
            >
            <span part="card-discount" class="discount"
              >${formatString(t.discount, { percent })}</span
            >`
        : nothing}
    </p>`;
  }

  private renderOption(product: Product, option: ProductOption): TemplateResult {
    const locale = this.effectiveLocale;
    const label = resolveText(option.label ?? option.name, locale);
    return html`<fieldset part="option" class="option">
      <legend lang=${ifDefined(label.lang)}>${label.text}</legend>
      <div class="values">
        ${option.values.map((value, i) => {
          const text = resolveText(option.valueLabels?.[i] ?? value, locale);
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

  private renderQuantity(): TemplateResult {
    const t = this.text;
    return html`<div part="quantity" class="quantity" role="group" aria-label=${t.quantity}>
      <button
        type="button"
        class="step"
        aria-label=${t.decrease}
        ?disabled=${this.quantity <= MIN_QUANTITY}
        @click=${() => this.setQuantity(this.quantity - 1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        type="number"
        inputmode="numeric"
        min=${MIN_QUANTITY}
        max=${MAX_QUANTITY}
        .value=${String(this.quantity)}
        aria-label=${t.quantity}
        @change=${this.onQuantityInput}
      />
      <button
        type="button"
        class="step"
        aria-label=${t.increase}
        ?disabled=${this.quantity >= MAX_QUANTITY}
        @click=${() => this.setQuantity(this.quantity + 1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>`;
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
    const inert = pending || this.unavailableReason !== undefined;
    return html`<button
      part="add-to-cart"
      class="add"
      type="button"
      ?disabled=${soldOut !== ''}
      aria-disabled=${inert ? 'true' : 'false'}
      aria-busy=${pending ? 'true' : 'false'}
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
    return '';
  }

  /** What the polite live region announces: only the results of a press. */
  private announcement(title: string): string {
    const status = this.cartStatus;
    if (status === 'success') return formatString(this.text.addedAnnouncement, { title });
    if (status === 'error') return this.cart.message;
    return '';
  }

  private renderImage(product: Product, alt: string): TemplateResult | typeof nothing {
    const src = safeUrl(this.variant?.image) ?? safeUrl(product.image);
    if (!src) return nothing;
    // Explicit size reserves the box before the image loads, so the card does not shift.
    return html`<img
      part="card-image"
      class="image"
      src=${src}
      alt=${alt}
      loading="lazy"
      decoding="async"
      width="320"
      height="320"
    />`;
  }

  private renderLink(product: Product): TemplateResult | typeof nothing {
    const href = safeUrl(product.url);
    if (!href) return nothing;
    return html`<a
      part="card-link"
      class="link"
      href=${href}
      target="_blank"
      rel="noopener"
      @click=${this.onLinkClick}
      >${this.text.viewProduct}</a
    >`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const title = resolveText(product.title, this.effectiveLocale);
    const status = this.statusText();
    const full = !this.compact;
    const retry = this.cartStatus === 'error' && !this.unavailableReason;
    return html`<article part="card" class="card" aria-label=${title.text}>
      ${this.renderImage(product, title.text)}
      <div class="body">
        <h3 part="card-title" class="title" lang=${ifDefined(title.lang)}>${title.text}</h3>
        ${this.renderPrice(product)}
        ${full && product.options.length
          ? html`<div part="card-options" class="options">
              ${product.options.map((o) => this.renderOption(product, o))}
            </div>`
          : nothing}
        ${status
          ? html`<p part="card-status" class="status" data-status=${this.cartStatus}>${status}</p>`
          : nothing}
        <div class="actions">
          ${full ? this.renderQuantity() : nothing} ${this.renderButton()}
          ${retry
            ? html`<button part="retry" class="retry" type="button" @click=${this.onRetry}>
                ${this.text.retry}
              </button>`
            : nothing}
        </div>
        ${full ? this.renderLink(product) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.announcement(title.text)}
      </div>
    </article>`;
  }
}
