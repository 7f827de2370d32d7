// What vue-tsc sees for <shoppable-video ...> in a template, with types/vue.d.ts: the props of the
// GlobalComponents entry (`@shoppable-add-to-cart` is the `onShoppableAddToCart` prop).
import type {} from 'shoppable-video/types/vue';
import type { GlobalComponents } from 'vue';

type Props<C> = C extends new () => { $props: infer P } ? P : never;
type Player = Props<GlobalComponents['shoppable-video']>;

export const player: Player = {
  src: '/media/replay.m3u8',
  show: { version: 1, id: 'spring' },
  'aspect-ratio': '9 / 16',
  class: 'player',
  onShoppableAddToCart: (event) => event.detail.waitUntil(Promise.resolve()),
  onShoppableProductHide: (event) => event.detail.moment.end,
};

export const badPreload: Player = {
  // @ts-expect-error preload is none, metadata or auto
  preload: 'lots',
};

export const badDetail: Props<GlobalComponents['shoppable-product-list']> = {
  onShoppableSeekRequest: (event) => {
    // @ts-expect-error the time is a number
    const time: string = event.detail.time;
    return time;
  },
};

// The element type is the class, so template refs are typed.
export const play = (el: InstanceType<GlobalComponents['shoppable-video']>) => el.play();
