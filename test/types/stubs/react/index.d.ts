// Stand-in for @types/react 19: the shape of the React namespace the typings touch.
export = React;
export as namespace React;

declare namespace React {
  type Key = string | number | bigint;
  interface Attributes {
    key?: Key | null | undefined;
  }
  interface RefObject<T> {
    current: T;
  }
  type Ref<T> = ((instance: T | null) => void) | RefObject<T | null> | null;
  interface RefAttributes<T> extends Attributes {
    ref?: Ref<T> | undefined;
  }
  interface ClassAttributes<T> extends RefAttributes<T> {}
  type ReactNode = string | number | boolean | ReactElement | null | undefined | Iterable<ReactNode>;
  interface ReactElement<P = any, T = any> {
    type: T;
    props: P;
    key: string | null;
  }
  interface SyntheticEvent<T = Element> {
    currentTarget: T;
  }
  interface DOMAttributes<T> {
    children?: ReactNode | undefined;
    onClick?: ((event: SyntheticEvent<T>) => void) | undefined;
  }
  interface HTMLAttributes<T> extends DOMAttributes<T> {
    className?: string | undefined;
    id?: string | undefined;
    slot?: string | undefined;
    hidden?: boolean | undefined;
    style?: Record<string, string | number> | undefined;
  }
  type DetailedHTMLProps<E extends HTMLAttributes<T>, T> = ClassAttributes<T> & E;
  type JSXElementConstructor<P> = (props: P) => ReactNode;

  namespace JSX {
    type ElementType = string | JSXElementConstructor<any>;
    interface Element extends React.ReactElement<any, any> {}
    interface ElementAttributesProperty {
      props: {};
    }
    interface ElementChildrenAttribute {
      children: {};
    }
    interface IntrinsicAttributes extends React.Attributes {}
    interface IntrinsicClassAttributes<T> extends React.RefAttributes<T> {}
    interface IntrinsicElements {
      div: React.DetailedHTMLProps<React.HTMLAttributes<HTMLDivElement>, HTMLDivElement>;
    }
  }
}
