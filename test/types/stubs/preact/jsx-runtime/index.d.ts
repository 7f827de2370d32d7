// Stand-in for preact/jsx-runtime: re-exports JSXInternal as JSX.
import type { ComponentChildren, VNode } from '../index';
import { JSXInternal } from '../jsx';

export { JSXInternal as JSX };
export { Fragment } from '../index';
export function jsx(type: string, props: Record<string, unknown> & { children?: ComponentChildren }, key?: string): VNode<any>;
export function jsxs(type: string, props: Record<string, unknown> & { children?: ComponentChildren }, key?: string): VNode<any>;
