/**
 * The product list's windowing: which entries to draw as the shopper scrolls (see
 * core/list-window), measured with one ResizeObserver. A show of 1,000 products with 10 options
 * of 100 values each once made the sheet build millions of nodes; it now draws the entries in view
 * and a screen's worth either side. Tab moves through the entries drawn, and focusing one scrolls
 * it into view, which draws the next; each entry carries `aria-posinset` and `aria-setsize`, so
 * the list still reads as all of its products. (An entry scrolled a screen away is dropped, focus
 * with it, as in any virtualised list: keeping it would mean drawing every entry in between.)
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ListWindow, type ListRange } from '../../core/list-window.js';

/** The least overscan (px) either side of the view. */
const FIRST_VIEW = 800;
/**
 * An entry shorter than this has not drawn its card yet (the card's view is a lazy chunk): it is
 * measured again when it has, and until then does not lower the estimate, which would draw dozens.
 */
const LEAST_ENTRY = 64;
/** What a shopper does to scroll a list: the view stops holding an entry asked for (`reveal`). */
const TAKE_OVER = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;

/** See the module doc. Follows the `.items` scroller of its host's shadow root and the list in it. */
export class ListWindowing implements ReactiveController {
  private window = new ListWindow(0);
  private keys: readonly unknown[] = [];
  private scroller?: HTMLElement;
  private observer?: ResizeObserver;
  private readonly observed = new Set<Element>();
  private frame = 0;
  private pending?: number;
  private last: ListRange = { start: 0, end: 0, before: 0, after: 0 };

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.attach(this.host.shadowRoot?.querySelector<HTMLElement>('.items'));
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** The entries to draw of `items` now (a new array of items starts a new window). */
  range(items: readonly unknown[]): ListRange {
    if (items !== this.keys) {
      this.keys = items;
      this.window = new ListWindow(items.length, this.window.gap);
    }
    this.last = this.next();
    return this.last;
  }

  /**
   * What is in view: the part of the scroller inside the window, in the list's own coordinates. A
   * list in a sheet scrolls itself; a list without a set height grows in the page, which scrolls
   * instead; either way the window's height bounds what is drawn.
   */
  private next(): ListRange {
    const box = this.scroller?.getBoundingClientRect();
    const scrolled = this.pending !== undefined ? this.window.offsetOf(this.pending) : (this.scroller?.scrollTop ?? 0);
    const top = scrolled + Math.max(0, -(box?.top ?? 0));
    const height = box ? Math.min(box.bottom, innerHeight) - Math.max(box.top, 0) : 0;
    // The overscan is at least a window's height: a short first measurement (cards not drawn yet)
    // must not narrow the view to one entry.
    const overscan = Math.max(innerHeight, FIRST_VIEW);
    return this.window.range(top, Math.max(0, height), overscan);
  }

  /**
   * Scrolls so that entry `index` is drawn (the sheet opens at a product), now or as soon as the
   * scroller exists, and holds it there until the shopper scrolls: the caller focuses it after the
   * next update.
   */
  reveal(index: number): void {
    if (!(index >= 0 && index < this.window.count)) return;
    this.pending = index;
    if (this.scroller) this.scroller.scrollTop = this.window.offsetOf(index);
    this.host.requestUpdate();
  }

  /**
   * The shopper takes over (wheel, touch, pointer, keys): the view follows the scroller again.
   * Until then the entry asked for stays at the top, while the entries drawn round it are measured
   * and the space above it (estimated) changes.
   */
  private readonly release = (): void => {
    this.pending = undefined;
  };

  /** After each render: follows the scroller and measures the entries drawn (`data-index`). */
  private attach(scroller: HTMLElement | null | undefined): void {
    if (!scroller) return;
    this.observer ??= new ResizeObserver(this.onResize);
    if (scroller !== this.scroller) {
      this.scroller?.removeEventListener('scroll', this.onScroll);
      for (const type of TAKE_OVER) this.scroller?.removeEventListener(type, this.release);
      this.scroller = scroller;
      scroller.addEventListener('scroll', this.onScroll, { passive: true });
      for (const type of TAKE_OVER) scroller.addEventListener(type, this.release, { passive: true });
      // The page, or a box round the list, scrolling moves the list in the window too.
      document.addEventListener('scroll', this.onScroll, { passive: true, capture: true });
      this.observer.observe(scroller);
    }
    if (this.pending !== undefined) scroller.scrollTop = this.window.offsetOf(this.pending);
    const list = scroller.firstElementChild;
    for (const el of this.observed) {
      if (el.parentNode !== list) {
        this.observer.unobserve(el);
        this.observed.delete(el);
      }
    }
    if (!list) return;
    this.window.gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    for (const el of list.children) {
      if (!this.observed.has(el) && (el as HTMLElement).dataset.index) {
        this.observed.add(el);
        this.observer.observe(el);
      }
    }
  }

  private detach(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed.clear();
    this.scroller?.removeEventListener('scroll', this.onScroll);
    for (const type of TAKE_OVER) this.scroller?.removeEventListener(type, this.release);
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    this.scroller = undefined;
  }

  /** Draws again when what should be drawn is not what was. */
  private check(): void {
    const next = this.next();
    const last = this.last;
    if (next.start !== last.start || next.end !== last.end || next.before !== last.before || next.after !== last.after) this.host.requestUpdate();
  }

  private readonly onScroll = (): void => this.check();

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    for (const entry of entries) {
      const el = entry.target as HTMLElement;
      if (el !== this.scroller) {
        const height = entry.borderBoxSize[0]?.blockSize ?? el.offsetHeight;
        if (height >= LEAST_ENTRY) this.window.measure(Number(el.dataset.index), height);
      }
    }
    // Drawn in the next frame: new entries drawn now would be observed within this frame's
    // ResizeObserver pass, which the browser reports as an error ("loop completed with undelivered
    // notifications").
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.check());
  };
}
