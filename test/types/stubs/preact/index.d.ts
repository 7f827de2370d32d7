// Stand-in for preact 10's src/index.d.ts: a UMD namespace whose JSX is an alias of JSXInternal.
export as namespace preact;

import { JSXInternal } from './jsx';

export import JSX = JSXInternal;

export interface VNode<P = {}> {
  type: unknown;
  props: P & { children?: ComponentChildren };
  key: unknown;
}
export type ComponentChild = VNode<any> | object | string | number | bigint | boolean | null | undefined;
export type ComponentChildren = ComponentChild[] | ComponentChild;
export function h(type: string, props: Record<string, unknown> | null, ...children: ComponentChildren[]): VNode<any>;
export const Fragment: unknown;
