// Stand-in for vue: re-exports the runtime (GlobalComponents lives in @vue/runtime-core).
export * from './runtime-core/index';

export interface HTMLAttributes {
  class?: unknown;
  style?: unknown;
  id?: string;
  slot?: string;
  onClick?: (payload: MouseEvent) => void;
}
