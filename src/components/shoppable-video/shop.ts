/**
 * The shop layer of `<shoppable-video>`: the overlay of on-screen products (compact cards and
 * hotspots), the "Products" button with its count badge, and the product sheet. Render helpers
 * only: state lives in the element and its ShowController.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { formatString, type Strings } from '../../core/strings.js';
import { resolveText } from '../../core/text.js';
import type { Moment, Product } from '../../types.js';
import '../product-card/product-card.js';
import '../product-list/product-list.js';

/** What the shop layer needs from the player. */
export interface ShopContext {
  readonly products: readonly Product[];
  readonly moments: readonly Moment[];
  readonly active: readonly Moment[];
  readonly activeProducts: readonly Product[];
  readonly locale: string;
  readonly currency: string | undefined;
  readonly showId: string | undefined;
  readonly strings: Strings;
  readonly userStrings: Partial<Strings> | undefined;
  readonly cartTimeout: number | undefined;
  readonly clock: () => number;
  readonly listOpen: boolean;
  readonly onHotspot: (product: Product) => void;
  readonly onToggleList: () => void;
  readonly onCloseList: () => void;
}

const CARD_PARTS =
  'card, card-image, card-title, card-price, card-compare-price, card-discount, card-status, card-options, option, quantity, add-to-cart, card-link';

/** Compact cards for the products on screen, plus a hotspot for each moment with a position. */
export function renderOverlay(ctx: ShopContext): TemplateResult {
  const hotspots = ctx.active.filter((m) => m.position);
  return html`
    ${repeat(
      hotspots,
      (m) => `${m.productId}@${m.start}`,
      (m) => {
        const product = ctx.products.find((p) => p.id === m.productId);
        if (!product) return nothing;
        const title = resolveText(product.title, ctx.locale).text;
        const place = { insetInlineStart: `${m.position!.x * 100}%`, insetBlockStart: `${m.position!.y * 100}%` };
        return html`<button
          class="hotspot"
          part="hotspot"
          style=${styleMap(place)}
          aria-label=${title}
          @click=${() => ctx.onHotspot(product)}
        ></button>`;
      },
    )}
    <div class="cards" part="overlay-cards" role="list" aria-label=${ctx.strings.products}>
      ${repeat(
        ctx.activeProducts,
        (p) => p.id,
        (p) => html`<div class="card-slot" role="listitem">
          <shoppable-product-card
            compact
            exportparts=${CARD_PARTS}
            .product=${p}
            .locale=${ctx.locale}
            .currency=${ctx.currency}
            .showId=${ctx.showId}
            .strings=${ctx.userStrings}
            .clock=${ctx.clock}
            .cartTimeout=${ctx.cartTimeout ?? 15000}
          ></shoppable-product-card>
        </div>`,
      )}
    </div>
  `;
}

/** The "Products" button with the product count, for the end of the control bar. */
export function renderProductsButton(ctx: ShopContext): TemplateResult | typeof nothing {
  const count = ctx.products.length;
  if (count === 0) return nothing;
  return html`<button
    class="control products-button"
    part="products-button"
    aria-haspopup="dialog"
    aria-expanded=${ctx.listOpen ? 'true' : 'false'}
    aria-label=${formatString(ctx.strings.productsCount, { count })}
    @click=${ctx.onToggleList}
  >
    <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
      <path fill="currentColor" d="M7 7V6a5 5 0 0 1 10 0v1h3l-1 14H5L4 7h3Zm2 0h6V6a3 3 0 0 0-6 0v1Z" />
    </svg>
    <span class="badge" part="badge">${count}</span>
  </button>`;
}

/** The product sheet: a bottom sheet on narrow players, a side panel on wide ones. */
export function renderProductSheet(ctx: ShopContext): TemplateResult | typeof nothing {
  if (!ctx.listOpen) return nothing;
  const activeIds = new Set(ctx.activeProducts.map((p) => p.id));
  return html`<div
    class="sheet"
    part="product-sheet"
    role="dialog"
    aria-label=${ctx.strings.products}
    @shoppable-list-close=${ctx.onCloseList}
  >
    <shoppable-product-list
      part="product-list"
      exportparts="list-header, list-title, list-close, list-item, watch-moment, ${CARD_PARTS}"
      .products=${ctx.products}
      .moments=${ctx.moments}
      .activeIds=${activeIds}
      .locale=${ctx.locale}
      .currency=${ctx.currency}
      .showId=${ctx.showId}
      .strings=${ctx.userStrings}
      .clock=${ctx.clock}
      .cartTimeout=${ctx.cartTimeout ?? 15000}
    ></shoppable-product-list>
  </div>`;
}

/** Timeline markers: one per moment, labelled with the product title and time. */
export function markersFor(ctx: Pick<ShopContext, 'moments' | 'products' | 'locale'>) {
  const byId = new Map(ctx.products.map((p) => [p.id, p]));
  return ctx.moments.map((m) => ({
    id: `${m.productId}@${m.start}`,
    time: m.start,
    label: resolveText(byId.get(m.productId)?.title, ctx.locale).text,
  }));
}
