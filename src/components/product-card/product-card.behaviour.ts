/**
 * The product card's behaviour, a lazy chunk: `<shoppable-product-card>` (in the entry) loads it the
 * first time it has a product to show. It holds what used to be the element's private state (the
 * selection, the quantity, the add-to-cart protocol) and renders into the host's shadow root.
 * @module
 */
import { html, nothing, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { AddToCartController, type AddToCartRequest } from '../../controllers/add-to-cart.js';
import { isRetryable } from '../../cart/errors.js';
import { ShoppableProductClickEvent, type CartFailureReason } from '../../events.js';
import { cartPrice, isDeliverable } from '../../core/market.js';
import { resolveText } from '../../core/text.js';
import { isRtl } from '../../core/locales/index.js';
import { formatString, stringsFor, type Strings } from '../../core/strings.js';
import { safeUrl } from '../../core/url.js';
import { defaultSelection, findVariant, needsChoice, select, type Selection } from '../../core/variants.js';
import type { Product, ProductVariant, Rates } from '../../types.js';
import type { ResolvedMarket } from '../../core/market.js';
import { validateProduct } from '../../core/show.js';
import { reportIssues } from '../data-issues.js';
import { renderAddButton, renderImage, renderLink, renderOption, renderQuantity, renderTitle } from './product-card.templates.js';
import { ProductOpenRequest } from '../../events.js';
import { renderCardPrice } from './product-card.price.js';

export { styles } from './product-card.styles.js';

const MIN_QUANTITY = 1;
// What `CardBehaviour.raw` holds before the first reading: no value a page can set.
const UNREAD = Symbol('unread');
const MAX_QUANTITY = 99;

/**
 * What the view reads from its element: `<shoppable-product-card>`'s public properties (declared
 * here, not imported, so the element and its lazy view do not import each other).
 */
export interface CardHost extends ReactiveControllerHost, HTMLElement {
  /** As the page set it: read through the show reader before use (see `CardBehaviour.sync`). */
  readonly product: unknown;
  readonly locale: string | undefined;
  readonly currency: string | undefined;
  readonly market: ResolvedMarket | undefined;
  readonly rates: Rates | undefined;
  readonly showId: string | undefined;
  readonly compact: boolean;
  readonly chip: boolean;
  readonly strings: Partial<Strings> | undefined;
  readonly cartTimeout: number;
  readonly clock: (() => number) | undefined;
  readonly unavailableReason: CartFailureReason | undefined;
}

/**
 * Everything a card does beyond holding its properties. Its state changes ask the host to render
 * again; its handlers are arrow functions because Lit calls template listeners with `this` bound to
 * the host element.
 */
export class CardBehaviour {
  private readonly host: CardHost;
  private readonly cart: AddToCartController;
  private selection: Selection;
  private quantity = MIN_QUANTITY;
  private text: Strings;
  /** The product id the cart status belongs to, so a reused card does not show another's "Added". */
  private pressedFor: string | undefined;
  /** A standalone overlay-form card opened itself: its options show inline (see `onOpen`). */
  private expanded = false;
  private rtlMemo: { locale: string; rtl: boolean } | undefined;
  /** The host's `product` as last read, and what the reader made of it. */
  private raw: unknown = UNREAD;
  private product: Product | undefined;

  constructor(host: CardHost) {
    this.host = host;
    // Added after connect: Lit calls hostConnected at once for a controller added to a live host.
    this.cart = new AddToCartController(host, {
      timeout: () => this.host.cartTimeout,
      strings: () => this.text,
      locale: () => this.locale,
    });
    this.text = stringsFor(this.locale, host.strings);
    this.selection = {};
    this.sync();
  }

  /** The variant the current selection names. */
  get variant(): ProductVariant | undefined {
    const product = this.product;
    return product ? findVariant(product, this.selection) : undefined;
  }

  /**
   * Reads the host's `product` when it changed: show-shaped JSON is normalised as the player's show
   * is (a product the reader made passes through unread), and bad data is reported once and shown
   * as nothing, never thrown. `null` and `undefined` mean no product.
   */
  private sync(): void {
    const raw = this.host.product;
    if (raw === this.raw) return;
    const previous = this.product;
    this.raw = raw;
    let product: Product | undefined;
    if (raw != null) {
      const read = validateProduct(raw);
      product = read.product;
      reportIssues(this.host, read.issues);
    }
    this.product = product;
    // Same product again (fresh data): keep the shopper's choice when it still names a variant.
    const keep = product && previous?.id === product.id && findVariant(product, this.selection) !== undefined;
    if (!keep) {
      this.selection = product ? defaultSelection(product) : {};
      this.quantity = MIN_QUANTITY;
    }
    if (previous?.id !== product?.id) this.expanded = false;
  }

  /** The host's `willUpdate`: reacts to property changes before they render. */
  willUpdate(changed: PropertyValues<CardHost>): void {
    // Every update, not only on a locale change: a built-in table may have arrived since the last.
    this.text = stringsFor(this.locale, this.host.strings);
    // A refusal or failure from another market says nothing about this one: start afresh.
    if ((changed.has('market') || changed.has('unavailableReason')) && this.cart.status === 'error') {
      this.pressedFor = undefined;
    }
    this.sync();
  }

  /** The host's `addToCart()`, with the same checks. */
  addToCart(): void {
    const request = this.request();
    // One press, one add: presses while an add is pending or its "Added" shows are ignored.
    const status = this.cartStatus;
    if (!request || this.soldOut || status === 'pending' || status === 'success') return;
    this.pressedFor = request.product.id;
    const refusal = this.refusal;
    if (refusal) this.cart.refuse(request, refusal);
    else this.cart.press(request);
  }

  private get locale(): string {
    const host = this.host;
    return host.locale || host.market?.locale || globalThis.navigator?.language || 'en';
  }

  private get currency(): string | undefined {
    return this.host.currency || this.host.market?.currency;
  }

  /** Why an add is refused before any event: the page's reason, else delivery to the market. */
  private get refusal(): CartFailureReason | undefined {
    const { market, unavailableReason } = this.host;
    const product = this.product;
    if (unavailableReason) return unavailableReason;
    return product && !isDeliverable(product, market?.country) ? 'region-unavailable' : undefined;
  }

  private get soldOut(): boolean {
    const product = this.product;
    if (!product || !product.available) return true;
    const variant = this.variant;
    return product.variants.length > 0 && (!variant || !variant.available);
  }

  /** The cart status, only when it belongs to the product shown now. */
  private get cartStatus(): AddToCartController['status'] {
    return this.pressedFor === this.product?.id ? this.cart.status : 'idle';
  }

  private request(): AddToCartRequest | undefined {
    const { clock, showId } = this.host;
    const product = this.product;
    if (!product) return undefined;
    const variant = this.variant;
    // The exact figure the shopper saw (never an approximate one), so a store can refuse with
    // `price-changed`; left out when the card shows no price.
    const price = cartPrice(product, variant, { currency: this.currency });
    const quantity = this.quantity;
    return { product, variant, quantity, ...(price ? { price } : {}), currentTime: clock?.() ?? 0, showId };
  }

  private readonly onAdd = (): void => this.addToCart();

  /** The overlay forms (compact, chip): the card offers to open the product rather than show it all. */
  private get overlay(): boolean {
    return this.host.compact || this.host.chip;
  }

  /** Adding needs a choice the overlay form does not show: the button is "Choose options". */
  private get choosing(): boolean {
    const product = this.product;
    return this.overlay && !this.expanded && !!product && needsChoice(product);
  }

  /**
   * A tap on the image, the title (`options: false`) or "Choose options" (`options: true`): asks the
   * player to open the product in its sheet (see `product-open.ts`). Nobody did (a standalone card):
   * the card expands its options inline, and a tap on the image or title tells the page.
   */
  private open(options: boolean): void {
    const { clock, showId } = this.host;
    const product = this.product;
    if (!product) return;
    if (!this.host.dispatchEvent(new ProductOpenRequest({ product, options }))) return;
    this.expanded = true;
    this.host.requestUpdate();
    if (!options) {
      this.host.dispatchEvent(new ShoppableProductClickEvent({ product, currentTime: clock?.() ?? 0, showId }));
    }
  }

  private readonly onOpen = (): void => this.open(false);

  private readonly onChoose = (): void => this.open(true);

  private readonly onRetry = (): void => this.cart.retry();

  private readonly onLinkClick = (): void => {
    const { clock, showId } = this.host;
    const product = this.product;
    if (!product) return;
    this.host.dispatchEvent(new ShoppableProductClickEvent({ product, currentTime: clock?.() ?? 0, showId }));
  };

  private readonly onPick = (option: string, value: string): void => {
    const product = this.product;
    if (!product) return;
    this.selection = select(product, this.selection, option, value);
    this.host.requestUpdate();
  };

  private setQuantity(value: number): void {
    const n = Number.isFinite(value) ? Math.round(value) : MIN_QUANTITY;
    this.quantity = Math.min(MAX_QUANTITY, Math.max(MIN_QUANTITY, n));
    this.host.requestUpdate();
  }

  private readonly onQuantityInput = (e: Event): void => {
    const input = e.target as HTMLInputElement;
    this.setQuantity(input.valueAsNumber);
    input.value = String(this.quantity);
  };

  /** Why the product cannot be bought as chosen, as the button's label; '' when it can. */
  private soldOutLabel(): string {
    const product = this.product;
    if (!product || !this.soldOut) return '';
    // An unmatched combination is not "sold out": no such variant exists.
    return product.available && product.variants.length > 0 && !this.variant
      ? this.text.unavailable
      : this.text.soldOut;
  }

  /** What the visible status line says: why the product cannot be added, or why an add failed. */
  private statusText(): string {
    if (this.cartStatus === 'error') return this.cart.message;
    const reason = this.host.unavailableReason;
    if (reason) return this.text[`reason.${reason}`];
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

  /** The button's label: why it cannot be bought, else where the add stands. */
  private buttonLabel(): string {
    const t = this.text;
    const status = this.cartStatus;
    const soldOut = this.soldOutLabel();
    if (soldOut) return soldOut;
    if (status === 'pending') return this.cart.message || t.adding;
    if (status === 'success') return this.cart.message || t.added;
    return t.addToCart;
  }

  /** Whether `locale` is written right to left (asked once per locale: Intl.Locale is slow). */
  private rtl(locale: string): boolean {
    if (this.rtlMemo?.locale !== locale) this.rtlMemo = { locale, rtl: isRtl(locale) };
    return this.rtlMemo.rtl;
  }

  /** The host's `render()`. */
  /** Focuses the card's first control; false when it has none (the host then takes focus itself). */
  focus(options?: FocusOptions): boolean {
    const control = this.host.shadowRoot?.querySelector<HTMLElement>('button:not([disabled]), a[href], input');
    control?.focus(options);
    return !!control;
  }

  render(): TemplateResult | typeof nothing {
    const product = this.product;
    if (!product) return nothing;
    const locale = this.locale;
    const t = this.text;
    const title = resolveText(product.title, locale);
    const description = resolveText(product.description, locale);
    const status = this.statusText();
    const overlay = this.overlay;
    const full = !overlay;
    const retry = this.cartStatus === 'error' && !this.refusal && isRetryable(this.cart.reason);
    const { market, rates } = this.host;
    // The card's own direction, for a standalone card in another language than its page.
    return html`<article part="card" class="card" aria-label=${title.text} dir=${this.rtl(locale) ? 'rtl' : nothing}>
      ${renderImage(safeUrl(this.variant?.image) ?? safeUrl(product.image), title.text, overlay ? this.onOpen : undefined)}
      <div class="body">
        ${renderTitle(title, overlay ? this.onOpen : undefined)}
        ${renderCardPrice({ product, variant: this.variant, currency: this.currency, market, rates, locale }, t)}
        ${full && description.text
          ? html`<p part="card-description" class="description" lang=${ifDefined(description.lang)}>
              ${description.text}
            </p>`
          : nothing}
        ${(full || this.expanded) && product.options.length
          ? html`<div part="card-options" class="options">
              ${product.options.map((o) => renderOption(product, o, locale, this.selection, this.onPick))}
            </div>`
          : nothing}
        ${status
          ? // The store's own words may be in another language and direction than the card's.
            html`<p part="card-status" id="status" class="status" dir="auto" data-status=${this.cartStatus}>
              ${status}
            </p>`
          : nothing}
        <div class="actions">
          ${full ? this.renderQuantity() : nothing}
          ${this.renderButton(status)}
          ${retry
            ? html`<button part="retry" class="retry" type="button" @click=${this.onRetry}>
                ${t.retry}
              </button>`
            : nothing}
        </div>
        ${full ? renderLink(safeUrl(product.url), t.viewProduct, this.onLinkClick) : nothing}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${this.announcement(title.text)}
      </div>
    </article>`;
  }

  /** "Choose options" while the overlay form hides a choice to make, else Add to cart. */
  private renderButton(status: string): TemplateResult {
    if (this.choosing) {
      return html`<button part="choose-options" class="add" type="button" @click=${this.onChoose}>
        ${this.text.chooseOptions}
      </button>`;
    }
    return renderAddButton({
      label: this.buttonLabel(),
      status: this.cartStatus,
      soldOut: this.soldOut,
      refused: this.refusal !== undefined,
      describedBy: status ? 'status' : undefined,
      add: this.onAdd,
    });
  }

  private renderQuantity(): TemplateResult {
    return renderQuantity({
      quantity: this.quantity,
      min: MIN_QUANTITY,
      max: MAX_QUANTITY,
      strings: this.text,
      step: (delta) => this.setQuantity(this.quantity + delta),
      input: this.onQuantityInput,
    });
  }
}
