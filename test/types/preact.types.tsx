// <shoppable-video> in Preact TSX (jsxImportSource: preact), with types/preact.d.ts.
import type {} from 'shoppable-video/types/preact';

export const player = (
  <shoppable-video
    src="/media/replay.m3u8"
    show={{ version: 1, id: 'spring' }}
    class="player"
    muted
    onshoppable-add-to-cart={(event) => event.detail.waitUntil(Promise.resolve())}
    onshoppable-product-show={(event) => event.detail.moment.start}
  />
);

// @ts-expect-error preload is none, metadata or auto
export const badPreload = <shoppable-video preload="lots" />;

export const badDetail = (
  <shoppable-product-list
    onshoppable-seek-request={(event) => {
      // @ts-expect-error the time is a number
      const time: string = event.detail.time;
      return time;
    }}
  />
);
