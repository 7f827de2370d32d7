// Stand-in for svelte/elements (Svelte 4 and 5).
export type EventHandler<E extends Event = Event, T extends EventTarget = Element> = (event: E & { currentTarget: EventTarget & T }) => any;

export interface DOMAttributes<T extends EventTarget> {
  'on:click'?: EventHandler<MouseEvent, T> | undefined | null;
  onclick?: EventHandler<MouseEvent, T> | undefined | null;
}

export interface HTMLAttributes<T extends EventTarget> extends DOMAttributes<T> {
  class?: string | undefined | null;
  id?: string | undefined | null;
  slot?: string | undefined | null;
  hidden?: boolean | undefined | null;
  [key: `data-${string}`]: any;
}

export interface SvelteHTMLElements {
  div: HTMLAttributes<HTMLDivElement>;
  [name: string]: { [name: string]: any };
}
