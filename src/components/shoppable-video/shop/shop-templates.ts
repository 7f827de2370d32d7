/**
 * The shop layer of `<shoppable-video>`: the overlay of on-screen products (compact cards and
 * hotspots), the "Products" button with its count badge, the cart link, the product sheet and the
 * polite announcer. Render helpers only: state lives in the ShopController.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { ref } from 'lit/directives/ref.js';
import { html as staticHtml } from 'lit/static-html.js';
import { staticTag } from '../../element-tags.js';
import { styleProps } from '../../../directives/style-props.js';
import { cardsSide, chipBox, overlayForm } from '../../../core/overlay-layout.js';
import { formatString } from '../../../core/strings.js';
import { resolveText } from '../../../core/text.js';
import { safeUrl } from '../../../core/url.js';
import type { Moment, Product } from '../../../types.js';
import '../../product-card/product-card.js';
import { CARD_PARTS } from '../../product-card/card-parts.js';
import '../../product-list/product-list.js';
import type { ShopController } from './shop-controller.js';
import type { PlayerView } from '../player-view.js';
import { countdown } from './countdown.js';

function momentKey(m: Moment): string {
  return `${m.productId}@${m.start}`;
}


/** The big Play button's box, px (1.75 × the 40 px control size), centred in the player. */
const BIG_PLAY = { width: 70, height: 70 } as const;

/**
 * Where the cards go: on a short player (a phone's 16:9 embed) one chip's box, placed clear of the
 * hotspots on screen (`chipBox`); else the column's side
 * (`cardsSide`), in CSS.
 */
function cardsPlace(
  shop: ShopController,
  v: PlayerView,
  hotspots: readonly Moment[],
): { chip: boolean; corner?: string; side?: string; box: Record<string, string>; rect?: { top: number; left: number; height: number; corner?: string } } {
  const { width, height } = shop.size;
  const input = { width, height, rtl: v.rtl, hotspots: hotspots.map((m) => m.position!) };
  if (overlayForm(width, height) !== 'chip') return { chip: false, side: cardsSide(input), box: {} };
  const box = chipBox({ ...input, keepClear: v.bigPlay ? BIG_PLAY : undefined });
  const px = (n: number) => `${Math.round(n)}px`;
  return {
    chip: true,
    corner: box.corner,
    box: { left: px(box.left), top: px(box.top), width: px(box.width), height: px(box.height) },
    rect: { top: box.top, left: box.left, height: box.height, corner: box.corner },
  };
}

/**
 * "+ K more": the products on screen without a card, one tap from the sheet (opened at the most
 * recent of them). In the column it is the column's last row; beside a chip, a pill above it (below
 * it in a top corner).
 */
function renderMore(shop: ShopController, v: PlayerView, more: readonly string[], chip?: { top: number; left: number; height: number; corner?: string }) {
  if (!more.length) return nothing;
  const text = formatString(v.strings.moreProducts, { count: more.length });
  const at = chip && { left: `${chip.left}px`, top: `${chip.corner?.startsWith('top') ? chip.top + chip.height + 4 : chip.top - 32}px` };
  return html`<button class="more-products" part="more-products" ?data-chip=${!!chip} ${styleProps(at ?? {})} @click=${() => shop.openListAt(more[0]!)}>
    ${text}
  </button>`;
}

/** Compact cards and hotspots for what the density policy puts on the video, "+ K more", and the announcer. */
export function renderShopOverlay(shop: ShopController, v: PlayerView): TemplateResult {
  const market = shop.market;
  const locale = market.locale;
  const rates = shop.showController.show.rates;
  const flash = shop.flashSales;
  const pick = shop.onScreen.pick;
  const hotspots = pick.hotspots;
  const place = cardsPlace(shop, v, hotspots);
  const card = staticTag('shoppable-product-card');
  return html`
    ${repeat(hotspots, momentKey, (m) => {
      const product = shop.showController.product(m.productId);
      if (!product) return nothing;
      const title = resolveText(product.title, locale).text;
      // A point of the picture, which a right-to-left UI does not mirror; its disc kept inside the
      // picture, and a 24 px target round its centre above the control bar's reach.
      const at = {
        left: `clamp(14px, ${m.position!.x * 100}%, 100% - 14px)`,
        top: `clamp(14px, ${m.position!.y * 100}%, 100% - var(--_sv-bar-reach) - 12px)`,
      };
      return html`<button
        class="hotspot"
        part="hotspot"
        ${styleProps(at)}
        aria-label=${title}
        @click=${() => shop.openListAt(product.id)}
      ></button>`;
    })}
    <div
      class="cards"
      part="overlay-cards"
      role="list"
      aria-label=${v.strings.products}
      data-corner=${ifDefined(place.corner)}
      data-side=${ifDefined(place.side)}
      ${styleProps(place.box)}
      @shoppable-product-open=${shop.onOpenRequest}
    >
      ${repeat(
        shop.cardProducts,
        (p) => p.id,
        (p: Product) => staticHtml`<div class="card-slot" role="listitem">
          ${flash.has(p.id) ? countdown(flash.get(p.id)!, v.wallClock, v.strings) : nothing}
          <${card}
            compact
            ?chip=${place.chip}
            exportparts=${CARD_PARTS}
            .theme=${v.theme}
            .product=${p}
            .market=${market}
            .rates=${rates}
            .showId=${shop.showController.show.id || undefined}
            .strings=${v.userStrings}
            .clock=${v.clock}
            .cartTimeout=${v.cartTimeout}
          ></${card}>
        </div>`,
      )}
      ${place.chip || !pick.more.length ? nothing : html`<div class="card-slot" role="listitem">${renderMore(shop, v, pick.more)}</div>`}
    </div>
    ${place.chip ? renderMore(shop, v, pick.more, place.rect) : nothing}
    ${shop.listOpen ? nothing : renderCartNotice(shop, v)}
    <div class="visually-hidden" role="status" aria-live="polite" part="announcer">${shop.onScreen.announcement}</div>
  `;
}

/** "Added to cart" with View cart / Checkout, for a few seconds after an add (in the sheet while it is open). */
function renderCartNotice(shop: ShopController, v: PlayerView): TemplateResult | typeof nothing {
  if (!shop.justAdded || !(v.cartUrl || v.checkoutUrl)) return nothing;
  const cart = safeUrl(v.cartUrl);
  const checkout = safeUrl(v.checkoutUrl);
  return html`<div class="cart-notice" part="cart-notice">
    <span>${v.strings.added}</span>
    ${cart ? html`<a part="view-cart" href=${cart}>${v.strings.viewCart}</a>` : nothing}
    ${checkout ? html`<a part="checkout" href=${checkout}>${v.strings.checkout}</a>` : nothing}
  </div>`;
}

/** The "Products" button (with the product count) and the cart link, for the control bar. */
export function renderShopControls(shop: ShopController, v: PlayerView): TemplateResult {
  const count = shop.products.length;
  const cart = safeUrl(v.cartUrl);
  const cartLabel = formatString(v.strings.cartCount, { count: v.cartCount ?? 0 });
  return html`${count > 0
    ? html`<button
        class="control products-button"
        part="control products-button"
        aria-haspopup="dialog"
        aria-expanded=${shop.listOpen ? 'true' : 'false'}
        @click=${shop.toggleList}
      >
        <span class="visually-hidden">${formatString(v.strings.productsCount, { count })}</span>
        <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
          <path fill="currentColor" d="M7 7V6a5 5 0 0 1 10 0v1h3l-1 14H5L4 7h3Zm2 0h6V6a3 3 0 0 0-6 0v1Z" />
        </svg>
        <span class="badge" part="badge" aria-hidden="true">${count}</span>
      </button>`
    : nothing}
  ${v.cartCount !== undefined || cart
    ? html`<a class="control cart-button" part="control cart-button" href=${cart ?? '#'}>
        <span class="visually-hidden">${cartLabel}</span>
        <svg viewBox="0 0 24 24" aria-hidden="true" width="20" height="20">
          <path fill="currentColor" d="M3 4h2l2.4 10.2A2 2 0 0 0 9.3 16H18v-2H9.3l-.3-1H18l2-7H6.2L5.6 4H3Zm6 14a2 2 0 1 0 0 4 2 2 0 0 0 0-4Zm8 0a2 2 0 1 0 0 4 2 2 0 0 0 0-4Z" />
        </svg>
        ${v.cartCount !== undefined ? html`<span class="badge" part="cart-badge" aria-hidden="true">${v.cartCount}</span>` : nothing}
      </a>`
    : nothing}`;
}

/** Puts a page sheet in the top layer (a tap outside or Escape closes it, as a bottom sheet does). */
function showOnPage(el: Element | undefined): void {
  const sheet = el as HTMLElement | undefined;
  // Lit calls a ref while it builds a new template, before the template is in the page.
  if (sheet) queueMicrotask(() => sheet.isConnected && !sheet.matches(':popover-open') && sheet.showPopover());
}

/**
 * The product sheet: a side panel on wide players, a bottom sheet on narrow ones, and a bottom
 * sheet over the page when the player is too short to hold one (see core/sheet-placement).
 */
export function renderShopSheet(shop: ShopController, v: PlayerView): TemplateResult | typeof nothing {
  if (!shop.listOpen) return nothing;
  const activeIds = new Set(shop.activeProducts.map((p) => p.id));
  const onPage = shop.sheetPlacement === 'page';
  const list = staticTag('shoppable-product-list');
  return staticHtml`<div
    class="sheet"
    part="product-sheet"
    role="dialog"
    aria-label=${v.strings.products}
    popover=${onPage ? 'auto' : nothing}
    ${ref(onPage ? showOnPage : undefined)}
    @toggle=${onPage ? shop.onSheetToggle : nothing}
    @shoppable-list-close=${shop.closeList}
  >
    ${renderCartNotice(shop, v)}
    <${list}
      class="product-list"
      part="product-list"
      exportparts="product-list: list, list-header, list-title, list-close, list-item, now-showing, watch-moment, ${CARD_PARTS}"
      .theme=${v.theme}
      .products=${shop.products}
      .moments=${shop.showController.moments}
      .activeIds=${activeIds}
      .market=${shop.market}
      .rates=${shop.showController.show.rates}
      .showId=${shop.showController.show.id || undefined}
      .strings=${v.userStrings}
      .clock=${v.clock}
      .cartTimeout=${v.cartTimeout}
    ></${list}>
  </div>`;
}

/** A marker on the seek bar. */
type Marker = { id: string; time: number; label: string };
// The markers only change with the moments or the language: keep them between renders (a show of
// thousands of moments would otherwise rebuild them every frame the controls update).
const markerCache = new WeakMap<object, { locale: string; markers: Marker[] }>();

/** Timeline markers: one per moment, labelled with the product's title. */
function showMarkers(shop: ShopController): Marker[] {
  const locale = shop.market.locale;
  const moments = shop.showController.moments;
  const cached = markerCache.get(moments);
  if (cached && cached.locale === locale) return cached.markers;
  const markers = moments
    .filter((m) => Number.isFinite(m.start))
    .map((m) => ({
      id: momentKey(m),
      time: m.start,
      label: resolveText(shop.showController.product(m.productId)?.title, locale).text,
    }));
  markerCache.set(moments, { locale, markers });
  return markers;
}

const merged = new WeakMap<ShopController, { page: readonly Marker[]; shop: readonly Marker[]; all: readonly Marker[] }>();

/** The page's markers then the show's: the same array while neither changes (the seek bar's guard). */
export function shopMarkers(shop: ShopController, page: readonly Marker[]): readonly Marker[] {
  const own = showMarkers(shop);
  const m = merged.get(shop);
  if (m && m.page === page && m.shop === own) return m.all;
  const all = page.length ? [...page, ...own] : own;
  merged.set(shop, { page, shop: own, all });
  return all;
}
