// JSX typings for Preact 10 and 11: `<shoppable-video>` and the other elements type-check in TSX, with
// typed event details. Opt in once, anywhere in your app: `import type {} from 'shoppable-video/types/preact';`
// Preact sets a prop as a property when the element has one (objects such as `show`), and
// attaches `on<event-name>` props as listeners for that exact event name.
import type { JSX, Ref } from 'preact';
import type { ShoppableElements, ShoppableJsxProps } from '../dist/jsx.js';

// A `<div>`'s attributes, read through the element table that Preact 10 and 11 both have (Preact 10
// names them `JSX.HTMLAttributes`, Preact 11 `HTMLAttributes` at the top), with the element's own ref.
type PreactHTMLAttributes = Omit<JSX.IntrinsicElements['div'], 'ref'>;

type PreactElementProps<Tag extends keyof ShoppableElements> = PreactHTMLAttributes & {
  ref?: Ref<ShoppableElements[Tag]['element']>;
} & ShoppableJsxProps<Tag>;

/** Every element of ShoppableElements, so a new one reaches Preact without an edit here. */
type ShoppablePreactElements = { [Tag in keyof ShoppableElements]: PreactElementProps<Tag> };

declare global {
  // Preact's JSX namespace is reachable as the UMD global `preact.JSX`; merging there reaches
  // `preact` and `preact/jsx-runtime` alike.
  namespace preact.JSX {
    interface IntrinsicElements extends ShoppablePreactElements {}
  }
}
