// JSX typings for Preact 10: `<shoppable-video>` and the other elements type-check in TSX, with
// typed event details. Opt in once, anywhere in your app: `import type {} from 'shoppable-video/types/preact';`
// Preact sets a prop as a property when the element has one (objects such as `show`), and
// attaches `on<event-name>` props as listeners for that exact event name.
import type { JSX } from 'preact';
import type { ShoppableElements, ShoppableJsxProps } from '../dist/jsx.js';

type PreactElementProps<Tag extends keyof ShoppableElements> = JSX.HTMLAttributes<ShoppableElements[Tag]['element']> &
  ShoppableJsxProps<Tag>;

declare global {
  // Preact's JSX namespace is reachable as the UMD global `preact.JSX`; merging there reaches
  // `preact` and `preact/jsx-runtime` alike.
  namespace preact.JSX {
    interface IntrinsicElements {
      'shoppable-video': PreactElementProps<'shoppable-video'>;
      'shoppable-product-card': PreactElementProps<'shoppable-product-card'>;
      'shoppable-product-list': PreactElementProps<'shoppable-product-list'>;
      'shoppable-feed': PreactElementProps<'shoppable-feed'>;
    }
  }
}
