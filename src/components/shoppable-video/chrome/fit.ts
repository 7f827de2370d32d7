/**
 * Keeps the control bar inside the player: a ResizeObserver on the bar gives its width; when the
 * width, the set of controls or their text changes, the bar's items are measured once and
 * {@link fitBar} says which leave it (into the overflow menu, or out of sight). Nothing is measured
 * on the renders in between (the bar renders every frame while playing), so there is no layout
 * thrash: the check per render is one string comparison.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fitBar } from '../../../core/bar-fit.js';
import { LEAVING } from './controls.js';

/** See the module doc. */
export class BarFitController implements ReactiveController {
  /** The names of the controls that left the bar. */
  away: ReadonlySet<string> = new Set();
  private observer?: ResizeObserver;
  private bar?: HTMLElement;
  private width = 0;
  private key = '';
  // Widths (gap included) of the controls as last measured in the bar: a control in the overflow
  // menu cannot be measured, and comes back only where its last width fits.
  private readonly widths = new Map<string, number>();

  /**
   * `key` describes what the bar holds (which controls, their text); `present` lists the names of
   * {@link LEAVING} on offer now.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly state: () => { key: string; present: readonly string[] },
  ) {
    host.addController(this);
  }

  /** The bar's width (CSS px) as last measured; 0 before. */
  get barWidth(): number {
    return this.width;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.bar = undefined;
    this.key = '';
  }

  hostUpdated(): void {
    // An update can land after the player left the page: it must not start observing again.
    if (!this.host.isConnected) return;
    // The bar stays the same element while the controls show: looked up again only when it went.
    const bar = this.bar?.isConnected ? this.bar : (this.host.shadowRoot?.querySelector<HTMLElement>('.bar') ?? undefined);
    if (bar !== this.bar) {
      this.bar = bar;
      this.observer?.disconnect();
      if (!bar) return;
      this.observer ??= new ResizeObserver(this.onResize);
      this.observer.observe(bar); // answers once at once, with the first width
      return;
    }
    if (!bar || !this.width) return;
    const { key, present } = this.state();
    const next = `${this.width}|${bar.childElementCount}|${key}`;
    if (next === this.key) return;
    this.key = next;
    this.fit(bar, present);
  }

  private readonly onResize = (entries: ResizeObserverEntry[]): void => {
    const width = entries[entries.length - 1]?.contentRect.width ?? 0;
    if (width === this.width) return;
    this.width = width;
    this.host.requestUpdate();
  };

  private fit(bar: HTMLElement, present: readonly string[]): void {
    const gap = parseFloat(getComputedStyle(bar).columnGap) || 0;
    const children = [...bar.children] as HTMLElement[];
    let content = gap * Math.max(0, children.length - 1);
    for (const child of children) if (!child.classList.contains('spacer')) content += child.getBoundingClientRect().width;
    let leaving = 0;
    for (const el of bar.querySelectorAll<HTMLElement>('[data-fit]')) {
      const width = el.getBoundingClientRect().width + (el.parentElement === bar ? gap : 0);
      this.widths.set(el.dataset.fit!, width);
      leaving += width;
    }
    // A control never measured (it left at once) is taken to be as wide as Play.
    const guess = (bar.querySelector('[part~="play-button"]')?.getBoundingClientRect().width ?? 40) + gap;
    const items = LEAVING.filter((i) => present.includes(i.name)).map((i) => ({ ...i, width: this.widths.get(i.name) ?? guess }));
    const away = fitBar(content - leaving, items, this.width, this.widths.get('more') ?? guess);
    if (away.join() === [...this.away].join()) return;
    this.away = new Set(away);
    this.host.requestUpdate();
  }
}
