// Template typings for Svelte 4 and 5 (svelte-check and the Svelte language server):
// `<shoppable-video>` and the other elements type-check, with typed event details.
// Opt in once, anywhere in your app: `import type {} from 'shoppable-video/types/svelte';`
// Svelte 5 listens with `onshoppable-add-to-cart={...}`, Svelte 4 with `on:shoppable-add-to-cart={...}`;
// both are typed. Svelte sets a prop as a property when the element has one (objects such as `show`).
import type { HTMLAttributes } from 'svelte/elements';
import type { EventHandlerProps, ShoppableElements, ShoppableJsxProps } from '../dist/jsx.js';

type SvelteElementProps<Tag extends keyof ShoppableElements> = HTMLAttributes<ShoppableElements[Tag]['element']> &
  ShoppableJsxProps<Tag> &
  EventHandlerProps<ShoppableElements[Tag]['events'], 'on:'>;

/** Every element of ShoppableElements, so a new one reaches Svelte without an edit here. */
type ShoppableSvelteElements = { [Tag in keyof ShoppableElements]: SvelteElementProps<Tag> };

declare module 'svelte/elements' {
  export interface SvelteHTMLElements extends ShoppableSvelteElements {}
}
