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

/**
 * Vue's template checker reads `:cart-count` on a component as the prop `cartCount` (and Vue binds
 * either spelling to the element at run time), so the props are typed by their camelCase names:
 * both spellings are checked, under `strictTemplates` as without it.
 */
type CamelProps<Props> = { [K in keyof Props as K extends string ? Camelize<K> : K]: Props[K] };

type VueCustomElement<Tag extends keyof ShoppableElements> = new () => ShoppableElements[Tag]['element'] & {
  /** @deprecated For template type checking only; not a property of the element. */
  $props: HTMLAttributes & CamelProps<ShoppableElements[Tag]['props']> & VueEventProps<ShoppableElements[Tag]['events']> & PublicProps;
  /** @deprecated For template type checking only; not a property of the element. */
  $emit: EmitFn<{ [K in keyof ShoppableElements[Tag]['events']]: (event: ShoppableElements[Tag]['events'][K]) => void }>;
};

/** Every element of ShoppableElements, so a new one reaches Vue without an edit here. */
type ShoppableVueComponents = { [Tag in keyof ShoppableElements]: VueCustomElement<Tag> };

declare module 'vue' {
  interface GlobalComponents extends ShoppableVueComponents {}
}
