// <shoppable-video> in React 19 TSX, with types/react.d.ts.
import type {} from 'shoppable-video/types/react';
import type { ShoppableVideo } from '../../dist/components/shoppable-video/shoppable-video.component.js';

const ref = { current: null as ShoppableVideo | null };

export const player = (
  <shoppable-video
    ref={ref}
    src="/media/replay.m3u8"
    show={{ version: 1, id: 'spring' }}
    aspect-ratio="9 / 16"
    muted
    playsinline
    preload="none"
    className="player"
    onshoppable-add-to-cart={(event) => {
      const id: string = event.detail.product.id;
      event.detail.waitUntil(Promise.resolve({ quantity: event.detail.quantity, cartCount: id.length }));
    }}
    onshoppable-error={(event) => {
      const fatal: boolean = event.detail.fatal;
      return fatal;
    }}
  />
);

export const card = <shoppable-product-card compact show-id="spring" onshoppable-product-click={(event) => event.detail.product.url} />;
export const feed = (
  <shoppable-feed src="/feeds/home.json" layout="stories" deep-link onshoppable-feed-change={(event) => event.detail.showId.toUpperCase()} />
);
export const mini = <shoppable-video mini-player show="/shows/a.json" />;
export const skinned = <shoppable-video slot="media" nocontrols show="/shows/a.json" />;
// @ts-expect-error the layouts are row, grid and stories
export const badLayout = <shoppable-feed layout="carousel" />;
export const list = <shoppable-product-list hide-unavailable onshoppable-seek-request={(event) => event.detail.time.toFixed(1)} />;

// @ts-expect-error preload is none, metadata or auto
export const badPreload = <shoppable-video preload="lots" />;

// @ts-expect-error an unknown property
export const badProp = <shoppable-video sorce="/media/replay.m3u8" />;

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
