/**
 * The rendering of `<shoppable-product-list>`, a lazy chunk: the panel, its entries with full
 * product cards, "Watch the moment" and the market filter. The element class stays in the entry
 * with the public API; it loads this module when the first list is connected.
 * @module
 */
import { html, nothing, type PropertyValues, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml } from 'lit/static-html.js';
import { staticTag } from '../element-tags.js';
import '../product-card/product-card.js';
import { LIST_CLOSE, ShoppableSeekRequestEvent } from '../../events.js';
import { formatString, stringsFor, type Strings } from '../../core/strings.js';
import { isDeliverable, type ResolvedMarket } from '../../core/market.js';
import { resolveText } from '../../core/text.js';
import { validateMoments, validateProducts } from '../../core/show.js';
import { CARD_PARTS } from '../product-card/card-parts.js';
import { reportIssues } from '../data-issues.js';
import type { Moment, Product, Rates, ValidationIssue } from '../../types.js';
import { styles } from './product-list.styles.js';
import { ListWindowing } from './list-windowing.js';
import { styleProps } from '../../directives/style-props.js';

/**
 * What the view reads from its element: `<shoppable-product-list>`'s public properties (declared
 * here, not imported, so the element and its lazy view do not import each other).
 */
export interface ListHost extends ReactiveControllerHost, HTMLElement {
  /** As the page set them: read through the show reader before use (see `ListBehaviour.willUpdate`). */
  readonly products: unknown;
  readonly moments: unknown;
  readonly activeIds: ReadonlySet<string>;
  readonly locale: string | undefined;
  readonly currency: string | undefined;
  readonly market: ResolvedMarket | undefined;
  readonly rates: Rates | undefined;
  readonly hideUnavailable: boolean;
  readonly showId: string | undefined;
  readonly strings: Partial<Strings> | undefined;
  readonly clock: (() => number) | undefined;
  readonly cartTimeout: number;
  readonly heading: string | undefined;
  readonly theme: 'light' | 'dark' | undefined;
}

/**
 * Renders one list element and keeps its derived state (strings, each product's first moment).
 * Lit calls template listeners with `this` bound to the host, so the handlers are arrow fields.
 */
export class ListBehaviour {
  /** The list's rules, adopted by the host when this chunk arrives. */
  static readonly styles = [styles];

  private text: Strings = stringsFor(undefined);
  private locale = 'en';
  private firstMoments: Map<string, Moment> | undefined;
  /** The host's `products` as read: the show's normalised products, invalid entries left out. */
  private products: readonly Product[] | undefined;

  /** Which entries are drawn: those in view and a screen's worth either side. */
  private readonly windowing: ListWindowing;

  constructor(private readonly host: ListHost) {
    this.windowing = new ListWindowing(host);
  }

  /** Called from the host's `willUpdate` with its changes and effective locale. */
  willUpdate(changed: PropertyValues, locale: string): void {
    this.locale = locale;
    // Every update, not only on a change: a built-in strings table may just have arrived.
    this.text = stringsFor(locale, this.host.strings);
    // Read as the player reads a show (its own products and moments pass unread); whatever is
    // wrong is reported once per change, in one error. The view may arrive after the properties
    // were set, so read them on its first update too.
    const issues: ValidationIssue[] = [];
    if (!this.products || changed.has('products')) {
      const read = validateProducts(this.host.products ?? undefined);
      this.products = read.products;
      issues.push(...read.issues);
    }
    if (!this.firstMoments || changed.has('moments')) {
      const read = validateMoments(this.host.moments ?? undefined);
      issues.push(...read.issues);
      const first = new Map<string, Moment>();
      for (const m of read.moments) {
        const seen = first.get(m.productId);
        if (!seen || m.start < seen.start) first.set(m.productId, m);
      }
      this.firstMoments = first;
    }
    reportIssues(this.host, issues);
  }

  /** Scrolls to a product's item and focuses its card's first control (see the element's `focusProduct`). */
  async focusProduct(productId: string): Promise<void> {
    // Drawn first: the list draws only the entries near the view.
    this.windowing.reveal(this.shown.findIndex((p) => p.id === productId));
    await this.host.updateComplete;
    const item = this.host.shadowRoot?.querySelector<HTMLElement>(`[data-product-id="${CSS.escape(productId)}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    // A card drawn just now (it was out of the window) focuses once its own view is drawn.
    const card = item?.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('.card');
    await card?.updateComplete;
    card?.focus();
  }

  private shownMemo?: { products: readonly Product[]; country: string | undefined; shown: readonly Product[] };

  /** The products listed: all, or with `hideUnavailable` only those the market can receive (the same array until that changes). */
  private get shown(): readonly Product[] {
    const { market, hideUnavailable } = this.host;
    const products = this.products ?? [];
    if (!hideUnavailable) return products;
    const memo = this.shownMemo;
    if (memo?.products === products && memo.country === market?.country) return memo.shown;
    const shown = products.filter((p) => isDeliverable(p, market?.country));
    this.shownMemo = { products, country: market?.country, shown };
    return shown;
  }

  private close = (): void => {
    this.host.dispatchEvent(new CustomEvent(LIST_CLOSE, { bubbles: true, composed: true }));
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    // The list is closing: an outer Escape handler (full screen, a dialog) should not act too.
    e.stopPropagation();
    this.close();
  };

  private watch(product: Product, moment: Moment): void {
    this.host.dispatchEvent(new ShoppableSeekRequestEvent({ time: moment.start, productId: product.id }));
  }

  private renderItem(product: Product, index: number, count: number): TemplateResult {
    const t = this.text;
    const host = this.host;
    const active = host.activeIds.has(product.id);
    const moment = this.firstMoments?.get(product.id);
    const title = resolveText(product.title, this.locale).text;
    return staticHtml`<li
      part="list-item"
      class="item"
      ?data-active=${active}
      data-product-id=${product.id}
      data-index=${index}
      aria-posinset=${index + 1}
      aria-setsize=${count}
      aria-current=${active ? 'true' : 'false'}
    >
      ${active ? html`<span part="now-showing" class="now">${t.nowShowingBadge}</span>` : nothing}
      <${staticTag('shoppable-product-card')}
        class="card"
        exportparts=${CARD_PARTS}
        .product=${product}
        .locale=${host.locale}
        .theme=${host.theme}
        .currency=${host.currency}
        .market=${host.market}
        .rates=${host.rates}
        .showId=${host.showId}
        .strings=${host.strings}
        .clock=${host.clock}
        .cartTimeout=${host.cartTimeout}
      ></${staticTag('shoppable-product-card')}>
      ${moment
        ? html`<button
            part="watch-moment"
            class="watch"
            type="button"
            aria-label=${formatString(t.watchMomentOf, { title })}
            @click=${() => this.watch(product, moment)}
          >
            <span aria-hidden="true" class="play"></span>${t.watchMoment}
          </button>`
        : nothing}
    </li>`;
  }

  /** The host's whole shadow content. */
  render(): TemplateResult {
    const t = this.text;
    const products = this.shown;
    const heading = this.host.heading ?? formatString(t.productsCount, { count: products.length });
    return html`<section
      part="product-list"
      class="list"
      aria-labelledby="title"
      @keydown=${this.onKeyDown}
    >
      <header part="list-header" class="header">
        <h2 part="list-title" id="title" class="title">${heading}</h2>
        <button
          part="list-close"
          class="close"
          type="button"
          aria-label=${t.closeProducts}
          @click=${this.close}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      ${products.length ? this.renderItems(products) : html`<div class="empty"><slot name="empty">${t.noProducts}</slot></div>`}
    </section>`;
  }

  /** The entries near the view; the space of the others stands in for them (see list-windowing). */
  private renderItems(products: readonly Product[]): TemplateResult {
    const { start, end, before, after } = this.windowing.range(products);
    return html`<div class="items">
      <ul class="entries" role="list" ${styleProps({ '--_sv-before': `${before}px`, '--_sv-after': `${after}px` })}>
        ${repeat(products.slice(start, end), (p) => p.id, (p, i) => this.renderItem(p, start + i, products.length))}
      </ul>
    </div>`;
  }
}
