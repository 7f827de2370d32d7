// What svelte-check sees for <shoppable-video ...> attributes, with types/svelte.d.ts.
import type {} from 'shoppable-video/types/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

type Player = SvelteHTMLElements['shoppable-video'];

export const player: Player = {
  src: '/media/replay.m3u8',
  show: { version: 1, id: 'spring' },
  class: 'player',
  'aspect-ratio': '9 / 16',
  // Svelte 5
  'onshoppable-add-to-cart': (event) => event.detail.waitUntil(Promise.resolve()),
  // Svelte 4
  'on:shoppable-product-click': (event) => event.detail.product.title,
};

export const badPreload: Player = {
  // @ts-expect-error preload is none, metadata or auto
  preload: 'lots',
};

export const badDetail: SvelteHTMLElements['shoppable-product-card'] = {
  'onshoppable-error': (event) => {
    // @ts-expect-error fatal is a boolean
    const fatal: string = event.detail.fatal;
    return fatal;
  },
};
