// JSX typings for React 19: `<shoppable-video>` and the other elements type-check in TSX, with
// typed event details. Opt in once, anywhere in your app: `import type {} from 'shoppable-video/types/react';`
// React 19 sets objects as properties and attaches `on<event-name>` props as event listeners on
// custom elements. React 18 does neither: use the `shoppable-video/react` wrappers there.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ShoppableElements, ShoppableJsxProps } from '../dist/jsx.js';

type ReactElementProps<Tag extends keyof ShoppableElements> = DetailedHTMLProps<
  HTMLAttributes<ShoppableElements[Tag]['element']>,
  ShoppableElements[Tag]['element']
> &
  ShoppableJsxProps<Tag> & { class?: string };

/** Every element of ShoppableElements, so a new one reaches React without an edit here. */
type ShoppableReactElements = { [Tag in keyof ShoppableElements]: ReactElementProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ShoppableReactElements {}
  }
}
