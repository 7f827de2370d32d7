// Stand-in for @types/react 19's jsx-runtime: its JSX extends React.JSX.
import * as React from './index';

export namespace JSX {
  type ElementType = React.JSX.ElementType;
  interface Element extends React.JSX.Element {}
  interface ElementAttributesProperty extends React.JSX.ElementAttributesProperty {}
  interface ElementChildrenAttribute extends React.JSX.ElementChildrenAttribute {}
  interface IntrinsicAttributes extends React.JSX.IntrinsicAttributes {}
  interface IntrinsicClassAttributes<T> extends React.JSX.IntrinsicClassAttributes<T> {}
  interface IntrinsicElements extends React.JSX.IntrinsicElements {}
}

export function jsx(type: React.JSX.ElementType, props: unknown, key?: React.Key): React.ReactElement;
export function jsxs(type: React.JSX.ElementType, props: unknown, key?: React.Key): React.ReactElement;
export const Fragment: unique symbol;
