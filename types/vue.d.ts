// Template typings for Vue 3 (vue-tsc and the Vue language tools): `<shoppable-video>` and the
// other elements type-check in templates, with typed event details for `@shoppable-add-to-cart`.
// Opt in once, anywhere in your app: `import type {} from 'shoppable-video/types/vue';`
// Also tell the compiler these are custom elements:
// `compilerOptions: { isCustomElement: (tag) => tag.startsWith('shoppable-') }`.
// Follows the "Web Components and TypeScript" recipe of the Vue guide.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ShoppableElements } from '../dist/jsx.js';

type Camelize<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camelize<Tail>>}` : S;

/** `@shoppable-add-to-cart` in a template is the `onShoppableAddToCart` prop. */
type VueEventProps<Events> = {
  [K in keyof Events & string as `on${Capitalize<Camelize<K>>}`]?: (event: Events[K]) => void;
};

type VueCustomElement<Tag extends keyof ShoppableElements> = new () => ShoppableElements[Tag]['element'] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & ShoppableElements[Tag]['props'] & VueEventProps<ShoppableElements[Tag]['events']> & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof ShoppableElements[Tag]['events']]: (event: ShoppableElements[Tag]['events'][K]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'shoppable-video': VueCustomElement<'shoppable-video'>;
    'shoppable-product-card': VueCustomElement<'shoppable-product-card'>;
    'shoppable-product-list': VueCustomElement<'shoppable-product-list'>;
    'shoppable-feed': VueCustomElement<'shoppable-feed'>;
  }
}
