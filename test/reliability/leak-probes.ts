// Probes for the lifecycle suite: an Hls subclass that counts live instances, and wrappers that
// record MediaSources, observers, intervals and document/window listeners made while installed.
import Hls from 'hls.js';
import type { HlsConstructor } from '../../src/engine/media-engine.js';

/** The real hls.js, counting instances constructed and destroyed. */
export class CountingHls extends Hls {
  static readonly live = new Set<CountingHls>();
  static made = 0;
  constructor(config?: ConstructorParameters<typeof Hls>[0]) {
    super(config);
    CountingHls.made++;
    CountingHls.live.add(this);
  }
  override destroy(): void {
    CountingHls.live.delete(this);
    super.destroy();
  }
}
export const countingHls = CountingHls as unknown as HlsConstructor;

type Restore = () => void;

/** Installs every probe; `restore()` puts the originals back. */
export function installProbes() {
  const restores: Restore[] = [];
  const patch = <T extends object, K extends keyof T>(target: T, key: K, value: T[K]) => {
    const original = target[key];
    Object.defineProperty(target, key, { value, configurable: true, writable: true });
    restores.push(() => Object.defineProperty(target, key, { value: original, configurable: true, writable: true }));
  };

  const sources: MediaSource[] = [];
  const OriginalMediaSource = window.MediaSource;
  patch(window, 'MediaSource', class extends OriginalMediaSource {
    constructor() {
      super();
      sources.push(this);
    }
  } as typeof MediaSource);

  // Observers that observe() and are never disconnect()ed.
  const observing = new Set<object>();
  for (const Observer of [IntersectionObserver, MutationObserver, ResizeObserver] as const) {
    const proto = Observer.prototype as { observe(...a: unknown[]): void; disconnect(): void };
    const observe = proto.observe;
    const disconnect = proto.disconnect;
    patch(proto, 'observe', function (this: object, ...args: unknown[]) {
      observing.add(this);
      return observe.apply(this, args);
    });
    patch(proto, 'disconnect', function (this: object) {
      observing.delete(this);
      return disconnect.call(this);
    });
  }

  const intervals = new Set<number>();
  const setInterval = window.setInterval;
  const clearInterval = window.clearInterval;
  patch(window, 'setInterval', ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = setInterval(fn, ms, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval);
  patch(window, 'clearInterval', ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval(id);
  }) as typeof window.clearInterval);

  // Listeners added to document and window (fullscreen, resize ...) and never removed.
  const listeners = new Map<string, number>();
  for (const target of [document, window] as EventTarget[]) {
    const add = target.addEventListener;
    const remove = target.removeEventListener;
    const name = target === document ? 'document' : 'window';
    const key = (type: string, fn: unknown) => `${name}:${type}:${listenerId(fn)}`;
    patch(target, 'addEventListener', function (this: EventTarget, type: string, fn: any, opts?: any) {
      if (fn) listeners.set(key(type, fn), 1);
      return add.call(this, type, fn, opts);
    });
    patch(target, 'removeEventListener', function (this: EventTarget, type: string, fn: any, opts?: any) {
      if (fn) listeners.delete(key(type, fn));
      return remove.call(this, type, fn, opts);
    });
  }

  return {
    sources,
    observing,
    intervals,
    listeners,
    restore: () => restores.reverse().forEach((r) => r()),
  };
}

const ids = new WeakMap<object, number>();
let nextId = 0;
function listenerId(fn: unknown): number {
  const o = fn as object;
  if (!ids.has(o)) ids.set(o, nextId++);
  return ids.get(o)!;
}
