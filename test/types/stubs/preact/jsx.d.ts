// Stand-in for preact 10's src/jsx.d.ts.
import * as preact from './index';

export namespace JSXInternal {
  interface IntrinsicAttributes {
    key?: any;
  }
  interface Element extends preact.VNode<any> {}
  interface ElementChildrenAttribute {
    children: any;
  }
  interface HTMLAttributes<RefType extends EventTarget = EventTarget> {
    children?: preact.ComponentChildren;
    class?: string | undefined;
    id?: string | undefined;
    slot?: string | undefined;
    ref?: ((instance: RefType | null) => void) | { current: RefType | null } | null;
    onClick?: ((this: RefType, event: MouseEvent) => void) | undefined;
  }
  interface IntrinsicElements {
    div: HTMLAttributes<HTMLDivElement>;
  }
}
