// Every documented attribute and event of the elements in TSX, checked twice: as React 19 TSX with
// types/react.d.ts against react and @types/react 19 (tsconfig.react.json, with react.env.tsx), and as
// Preact TSX with types/preact.d.ts against preact (tsconfig.preact.json, with preact.env.tsx). The
// lines after @ts-expect-error must fail in both.
import type { ShoppableVideo } from 'shoppable-video';
import type { ShoppableStudio } from 'shoppable-video/studio';

const ref = { current: null as ShoppableVideo | null };
const studioRef = { current: null as ShoppableStudio | null };
const show = { version: 1, id: 'spring' };

export const player = (
  <shoppable-video
    ref={ref}
    src="/media/replay.m3u8"
    fallback-src="/media/replay.mp4"
    show={show}
    poster="/media/poster.jpg"
    market="uk"
    country="GB"
    currency="GBP"
    locale="en-GB"
    theme="dark"
    cart-url="/cart"
    checkout-url="/checkout"
    cart-count={3}
    cart-timeout={8000}
    stall-timeout={15000}
    start={12}
    aspect-ratio="9 / 16"
    max-cards={2}
    max-hotspots="4"
    autoplay
    muted
    loop
    playsinline
    preload="none"
    mini-player
    nocontrols
    hlsConfig={{ maxBufferLength: 30 }}
    strings={{ addToCart: 'Buy' }}
    class="player"
    onshoppable-add-to-cart={(event) => {
      const id: string = event.detail.product.id;
      event.detail.waitUntil(Promise.resolve({ quantity: event.detail.quantity, cartCount: id.length }));
    }}
    onshoppable-add-to-cart-complete={(event) => event.detail.result?.cartCount}
    onshoppable-product-click={(event) => event.detail.product.url}
    onshoppable-product-show={(event) => event.detail.moment.start}
    onshoppable-product-hide={(event) => event.detail.moment.end}
    onshoppable-seek-request={(event) => event.detail.time.toFixed(1)}
    onshoppable-list-close={(event) => event.type}
    onshoppable-error={(event) => {
      const fatal: boolean = event.detail.fatal;
      return fatal;
    }}
  />
);

export const card = (
  <shoppable-product-card
    locale="en-GB"
    currency="GBP"
    theme="light"
    show-id="spring"
    compact
    chip
    cart-timeout="8000"
    onshoppable-add-to-cart={(event) => event.detail.requestId}
    onshoppable-add-to-cart-complete={(event) => event.detail.quantity}
    onshoppable-product-click={(event) => event.detail.product.url}
    onshoppable-error={(event) => event.detail.code}
  />
);
export const list = (
  <shoppable-product-list
    locale="en-GB"
    currency="GBP"
    theme="dark"
    hide-unavailable
    show-id="spring"
    heading="Products"
    cart-timeout={8000}
    onshoppable-seek-request={(event) => event.detail.time.toFixed(1)}
    onshoppable-list-close={(event) => event.type}
  />
);
export const feed = (
  <shoppable-feed
    src="/feeds/home.json"
    layout="stories"
    locale="en"
    theme="dark"
    deep-link
    market="uk"
    country="GB"
    currency="GBP"
    cart-url="/cart"
    cart-count={2}
    onshoppable-feed-open={(event) => event.detail.showId}
    onshoppable-feed-change={(event) => event.detail.showId.toUpperCase()}
    onshoppable-feed-close={(event) => event.detail.index}
  />
);
export const studio = <shoppable-studio ref={studioRef} locale="fr" storage-key="my-studio" onshoppable-error={(event) => event.detail.message} />;

// @ts-expect-error theme is light or dark
export const badTheme = <shoppable-video theme="sepia" />;
// @ts-expect-error the layouts are row, grid and stories
export const badLayout = <shoppable-feed layout="carousel" />;
// @ts-expect-error preload is none, metadata or auto
export const badPreload = <shoppable-video preload="lots" />;
// @ts-expect-error an unknown property
export const badProp = <shoppable-video sorce="/media/replay.m3u8" />;
// @ts-expect-error the count is a number (or its attribute text)
export const badCount = <shoppable-video cart-count={{ count: 3 }} />;

export const badDetail = (
  <shoppable-video
    onshoppable-error={(event) => {
      // @ts-expect-error the code is a string union
      const code: number = event.detail.code;
      return code;
    }}
  />
);

// @ts-expect-error a card has no seek requests
export const badEvent = <shoppable-product-card onshoppable-seek-request={(event: Event) => event} src="x" />;
