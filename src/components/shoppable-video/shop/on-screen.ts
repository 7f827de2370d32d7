/**
 * What of the show is over the video now, under the density policy (core/density): at most a few
 * cards and hotspots, the rest behind "+ K more"; and the polite announcements of products coming
 * on screen, coalesced into one message at most once a second. The shop re-renders the player only
 * when this changes, not on every moment edge of a busy show.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { defaultLimits, parseLimit, pickVisible, samePick, type DensityLimits, type DensityPick } from '../../../core/density.js';
import { overlayForm } from '../../../core/overlay-layout.js';
import { formatString, type Strings } from '../../../core/strings.js';
import type { Moment } from '../../../types.js';

/** What the pick is made from: the shop's state. */
export interface OnScreenSource {
  /** The moments containing the current time. */
  readonly active: readonly Moment[];
  /** The overlay's box, px. */
  readonly size: { readonly width: number; readonly height: number };
  /** The products that may appear here (in the show, and not hidden from this market): a new set when that changes. */
  readonly visible: ReadonlySet<string>;
}

/** The fewest milliseconds between two "now showing" announcements. */
const ANNOUNCE_INTERVAL = 1000;
const ATTRIBUTES = ['max-cards', 'max-hotspots'];

/** See the module doc. */
export class OnScreen implements ReactiveController {
  /** The polite announcement for screen readers. */
  announcement = '';
  private last?: { active: readonly Moment[]; visible: ReadonlySet<string>; key: string; pick: DensityPick };
  private css: { cards?: number; hotspots?: number } = {};
  private watch?: MutationObserver;
  private titles: string[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  private announcedAt = -Infinity;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: OnScreenSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.watch = new MutationObserver(() => this.host.requestUpdate());
    this.watch.observe(this.host, { attributes: true, attributeFilter: ATTRIBUTES });
  }

  hostDisconnected(): void {
    this.watch?.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.titles = [];
  }

  /**
   * The limits in force: the `max-cards` / `max-hotspots` attributes, else the
   * `--shoppable-max-cards` / `--shoppable-max-hotspots` custom properties (read when the player's
   * size changes, so a media query can set them), else one card on a phone-sized player and three
   * elsewhere.
   */
  get limits(): DensityLimits {
    const { width, height } = this.source.size;
    const fallback = defaultLimits(width, height, overlayForm(width, height) === 'chip');
    return {
      cards: parseLimit(this.host.getAttribute('max-cards')) ?? this.css.cards ?? fallback.cards,
      hotspots: parseLimit(this.host.getAttribute('max-hotspots')) ?? this.css.hotspots ?? fallback.hotspots,
    };
  }

  /** Reads the custom properties again (the player's size changed, and media queries with it). */
  readStyles(): void {
    const style = getComputedStyle(this.host);
    this.css = {
      cards: parseLimit(style.getPropertyValue('--shoppable-max-cards')),
      hotspots: parseLimit(style.getPropertyValue('--shoppable-max-hotspots')),
    };
  }

  /** The last pick made, as drawn (not picked again from the moments now). */
  get drawn(): DensityPick | undefined {
    return this.last?.pick;
  }

  /**
   * Whether `drawn` still holds with `exited` gone: every card and hotspot slot is taken and none
   * of them belonged to a moment that ended, so no newcomer can take a slot (cards and hotspots
   * stay while their moments last).
   */
  holds(drawn: DensityPick, exited: readonly Moment[]): boolean {
    const { cards, hotspots } = this.limits;
    if (drawn.cards.length < cards || drawn.hotspots.length < hotspots) return false;
    return exited.every((m) => !drawn.hotspots.includes(m) && !drawn.cards.includes(m.productId));
  }

  /** The cards, hotspots and "+ K more" for now; the same object while nothing it depends on changed. */
  get pick(): DensityPick {
    const { active, visible } = this.source;
    const limits = this.limits;
    const key = `${limits.cards}/${limits.hotspots}`;
    const last = this.last;
    if (last && last.active === active && last.visible === visible && last.key === key) return last.pick;
    const pick = pickVisible(active, limits, (id) => visible.has(id), last?.pick);
    // An unchanged pick keeps its identity: the templates then see nothing new.
    this.last = { active, visible, key, pick: last && samePick(last.pick, pick) ? last.pick : pick };
    return this.last.pick;
  }

  /** Queues a product's title for the next "now showing" announcement. */
  announce(title: string, strings: Strings | undefined): void {
    this.titles.push(title);
    if (this.timer !== undefined) return;
    const wait = Math.max(0, this.announcedAt + ANNOUNCE_INTERVAL - performance.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // The newest product is named: it is the one the host is presenting.
      const title = this.titles[this.titles.length - 1];
      const count = this.titles.length - 1;
      this.titles = [];
      if (title === undefined || !strings) return;
      this.announcedAt = performance.now();
      this.announcement = count ? formatString(strings.nowShowingMore, { title, count }) : formatString(strings.nowShowing, { title });
      this.host.requestUpdate();
    }, wait);
  }

  /** Says something at once (an add succeeded), in place of any queued announcement. */
  say(text: string): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.titles = [];
    this.announcement = text;
  }
}
