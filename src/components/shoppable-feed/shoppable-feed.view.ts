/**
 * The full-screen vertical player of `<shoppable-feed>`, a lazy chunk: a modal dialog whose stage
 * holds at most two `<shoppable-video>` elements (the show on screen and the one preloading next),
 * moved by swipe, wheel, keys and buttons. The element class stays in the feed's entry.
 * @module
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { ref, createRef } from 'lit/directives/ref.js';
import { repeat } from 'lit/directives/repeat.js';
import '../shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../shoppable-video/shoppable-video.component.js';
import { alivePlayers, formatFeedLink, parseFeedLink, sharePlan, stepIndex, swipeStep, wheelStep } from '../../core/feed.js';
import type { FeedEntry } from '../../core/feed-doc.js';
import type { FeedStrings } from '../../core/feed-strings.js';
import { isRtl } from '../../core/locales/index.js';
import { formatInteger } from '../../core/media-time.js';
import { formatString } from '../../core/strings.js';
import { HLS_DEFAULTS } from '../../engine/media-engine.js';
import { ShoppableFeedChangeEvent, ShoppableFeedCloseEvent, ShoppableFeedOpenEvent } from '../../events.js';
import { entryTitle } from './feed-thumb.js';
import { chevron, closeIcon, shareIcon } from './feed-icons.js';
import { viewerStyles } from './feed-viewer.styles.js';

/** What the view reads from `<shoppable-feed>` (declared here so the two do not import each other). */
export interface FeedHost extends ReactiveControllerHost, HTMLElement {
  readonly entries: readonly FeedEntry[];
  current: number;
  readonly deepLink: boolean;
  readonly text: FeedStrings;
  readonly uiLocale: string;
  readonly locale?: string;
  readonly theme?: 'light' | 'dark';
  readonly market?: string;
  readonly country?: string;
  readonly currency?: string;
  readonly cartUrl?: string;
  readonly cartCount?: number;
}

// While the next show waits, it buffers about one segment, not hls.js's default 30 s.
const PRELOAD_CONFIG = { maxBufferLength: 1, maxMaxBufferLength: 2 };
// Keys that belong to the control under focus, not to the feed.
const OWN_KEYS = 'input, textarea, select, [role="slider"], [role="menu"], [role="menuitem"], [role="menuitemradio"]';

/** Renders the dialog and runs its gestures; see the module doc. */
export class FeedView implements ReactiveController {
  /** The dialog's rules, adopted by the feed when this chunk arrives. */
  static readonly styles = [viewerStyles];

  private readonly dialog = createRef<HTMLDialogElement>();
  private readonly stage = createRef<HTMLElement>();
  private direction: -1 | 1 = 1;
  private startTime = 0;
  private returnFocus: HTMLElement | null = null;
  private playing: ShoppableVideo | undefined;
  private pushed = false;
  private drag: { id: number; x: number; y: number; t: number } | undefined;
  private wheelTotal = 0;
  private lastStep = -Infinity;
  private notice = '';
  /** How each alive player was made (its start time, its preload config), kept so re-renders change neither. */
  private made = new Map<string, { start: number; config: object | undefined }>();

  constructor(private readonly host: FeedHost) {
    host.addController(this);
    addEventListener('popstate', this.onPopState);
  }

  /** The players alive now, the current show's first. */
  players(): ShoppableVideo[] {
    const all = [...(this.stage.value?.querySelectorAll<ShoppableVideo>('shoppable-video') ?? [])];
    return all.sort((a, b) => Number(b.dataset.current === '') - Number(a.dataset.current === ''));
  }

  /** Called when the host leaves the page: the dialog closes with it. */
  disconnect(): void {
    removeEventListener('popstate', this.onPopState);
  }

  /** The feed's entries changed: a show that is gone closes the player. */
  entriesChanged(): void {
    if (this.host.current >= this.host.entries.length) this.close();
  }

  open(index: number, time: number): void {
    const was = this.host.current;
    if (was === index) return;
    if (was >= 0) return this.go(index);
    this.returnFocus = deepActive();
    this.direction = 1;
    this.startTime = time;
    this.host.current = index;
    this.notice = '';
    const showId = this.host.entries[index]!.id;
    if (this.host.deepLink) {
      const hash = formatFeedLink({ showId, time }, location.hash);
      // Opened from the hash itself (a deep link): nothing to push, Back leaves the page as usual.
      if (parseFeedLink(location.hash)?.showId !== showId) {
        history.pushState(history.state, '', hash || location.pathname + location.search);
        this.pushed = true;
      }
    }
    this.host.dispatchEvent(new ShoppableFeedOpenEvent({ showId, index }));
  }

  close(): void {
    const index = this.host.current;
    if (index < 0) return;
    this.playing?.pause();
    this.playing = undefined;
    this.dialog.value?.close();
    this.host.current = -1;
    this.made = new Map();
    const showId = this.host.entries[index]?.id ?? '';
    if (this.host.deepLink) {
      if (this.pushed) history.back();
      else history.replaceState(history.state, '', formatFeedLink(undefined, location.hash) || location.pathname + location.search);
    }
    this.pushed = false;
    this.returnFocus?.focus({ preventScroll: true });
    this.returnFocus = null;
    this.host.dispatchEvent(new ShoppableFeedCloseEvent({ showId, index }));
  }

  step(step: number): void {
    if (this.host.current < 0) return;
    this.go(stepIndex(this.host.current, step, this.host.entries.length));
  }

  private go(index: number): void {
    const from = this.host.current;
    if (index === from || !this.host.entries[index]) return;
    this.direction = index > from ? 1 : -1;
    this.startTime = 0;
    this.host.current = index;
    this.notice = '';
    this.lastStep = performance.now();
    const showId = this.host.entries[index]!.id;
    if (this.host.deepLink) history.replaceState(history.state, '', formatFeedLink({ showId, time: 0 }, location.hash));
    this.host.dispatchEvent(new ShoppableFeedChangeEvent({ showId, index, previousShowId: this.host.entries[from]?.id }));
  }

  hostUpdated(): void {
    const dialog = this.dialog.value;
    if (this.host.current < 0 || !dialog) return;
    if (!dialog.open) dialog.showModal();
    const current = this.players()[0];
    if (!current || current === this.playing) return;
    this.playing?.pause();
    this.playing = current;
    // The preloaded player buffers like any other once it is on screen.
    const hls = current.hls;
    if (hls) Object.assign(hls.config, { maxBufferLength: HLS_DEFAULTS.maxBufferLength, maxMaxBufferLength: HLS_DEFAULTS.maxMaxBufferLength });
    else current.hlsConfig = undefined; // not loaded yet: it loads with the defaults
    current.play().catch(() => {
      // No sound without a gesture (a deep link on load, the wheel): start muted rather than not at all.
      current.muted = true;
      current.play().catch(() => {});
    });
  }

  private readonly onCancel = (e: Event): void => {
    e.preventDefault();
    this.close();
  };

  private readonly onPopState = (): void => {
    if (!this.host.deepLink) return;
    const link = parseFeedLink(location.hash);
    if (this.host.current < 0) return;
    this.pushed = false;
    const index = link ? this.host.entries.findIndex((e) => e.id === link.showId) : -1;
    if (index < 0) this.close();
    else this.go(index);
  };

  private readonly onKeydown = (e: KeyboardEvent): void => {
    const step = { ArrowDown: 1, PageDown: 1, ArrowUp: -1, PageUp: -1 }[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    const path = e.composedPath();
    if (path.some((n) => n instanceof Element && n.matches(OWN_KEYS))) return;
    e.preventDefault();
    e.stopPropagation();
    this.step(step);
  };

  private readonly onWheel = (e: WheelEvent): void => {
    if (scrollsItself(e.composedPath())) return;
    e.preventDefault();
    const now = performance.now();
    if (now - this.lastStep > 800) this.wheelTotal = 0;
    this.wheelTotal += e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    const step = wheelStep(this.wheelTotal, now - this.lastStep);
    if (step) {
      this.wheelTotal = 0;
      this.step(step);
      this.lastStep = now;
    }
  };

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (e.pointerType !== 'touch' || this.drag || scrollsItself(e.composedPath())) return;
    this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY, t: performance.now() };
  };

  private readonly onPointerMove = (e: PointerEvent): void => {
    if (this.drag?.id !== e.pointerId) return;
    const dy = e.clientY - this.drag.y;
    this.stage.value?.style.setProperty('--_drag', `${dy}px`);
    this.stage.value?.classList.add('dragging');
  };

  private readonly onPointerUp = (e: PointerEvent): void => {
    const drag = this.drag;
    if (drag?.id !== e.pointerId) return;
    this.drag = undefined;
    const stage = this.stage.value;
    stage?.style.removeProperty('--_drag');
    stage?.classList.remove('dragging');
    if (e.type === 'pointercancel') return;
    const step = swipeStep({ dx: e.clientX - drag.x, dy: e.clientY - drag.y, ms: performance.now() - drag.t, height: stage?.clientHeight ?? innerHeight });
    if (step) this.step(step);
  };

  private readonly onPrevious = (): void => this.step(-1);
  private readonly onNext = (): void => this.step(1);
  private readonly onClose = (): void => this.close();

  private readonly onShare = async (): Promise<void> => {
    const entry = this.host.entries[this.host.current];
    if (!entry) return;
    const url = new URL(location.href);
    url.hash = formatFeedLink({ showId: entry.id, time: this.playing?.currentTime ?? 0 }, url.hash);
    const title = entryTitle(entry, this.host.uiLocale).text;
    const plan = sharePlan(navigator, { title, url: url.href });
    try {
      if (plan.kind === 'share') await navigator.share(plan.data);
      else {
        await navigator.clipboard.writeText(plan.url);
        this.notice = this.host.text.linkCopied;
        this.host.requestUpdate();
      }
    } catch {
      // The shopper dismissed the share sheet, or the clipboard was refused: nothing to report.
    }
  };

  render(): unknown {
    const { entries, current } = this.host;
    if (current < 0 || !entries[current]) return nothing;
    const s = this.host.text;
    const locale = this.host.uiLocale;
    const alive = alivePlayers(current, entries.length, this.direction).map((i) => ({ i, entry: entries[i]! }));
    const made = new Map(alive.map(({ i, entry }) => [entry.id, this.made.get(entry.id) ?? { start: i === current ? this.startTime : 0, config: i === current ? undefined : PRELOAD_CONFIG }]));
    this.made = made;
    const position = formatString(s.showOf, { index: formatInteger(current + 1, locale), count: formatInteger(entries.length, locale) });
    const title = entryTitle(entries[current]!, locale);
    return html`<dialog
      part="viewer"
      class="viewer"
      aria-label=${position}
      dir=${isRtl(locale) ? 'rtl' : nothing}
      ${ref(this.dialog)}
      @cancel=${this.onCancel}
      @keydown=${this.onKeydown}
    >
      <div class="bar">
        <button part="viewer-close" class="button" type="button" aria-label=${s.close} @click=${this.onClose}>${closeIcon}</button>
        <p part="viewer-position" class="position" aria-live="polite">
          <span>${position}</span> <span class="title" lang=${title.lang ?? nothing}>${title.text}</span>
        </p>
        <button part="viewer-share" class="button" type="button" aria-label=${s.share} @click=${this.onShare}>${shareIcon}</button>
        <button part="viewer-previous" class="button" type="button" aria-label=${s.previousShow} ?disabled=${current === 0} @click=${this.onPrevious}>${chevron(-1)}</button>
        <button part="viewer-next" class="button" type="button" aria-label=${s.nextShow} ?disabled=${current === entries.length - 1} @click=${this.onNext}>
          ${chevron(1)}
        </button>
      </div>
      <div
        part="stage"
        class="stage"
        ${ref(this.stage)}
        @wheel=${this.onWheel}
        @pointerdown=${this.onPointerDown}
        @pointermove=${this.onPointerMove}
        @pointerup=${this.onPointerUp}
        @pointercancel=${this.onPointerUp}
      >
        ${repeat(
          alive,
          (a) => a.entry.id,
          ({ i, entry }) => {
            const on = i === current;
            const how = made.get(entry.id)!;
            return html`<shoppable-video
              class="slide"
              data-offset=${Math.sign(i - current)}
              ?data-current=${on}
              ?inert=${!on}
              aria-hidden=${on ? nothing : 'true'}
              data-show-id=${entry.id}
              .show=${typeof entry.show === 'object' ? entry.show : undefined}
              show=${typeof entry.show === 'string' ? entry.show : nothing}
              src=${entry.src ?? nothing}
              poster=${entry.poster ?? nothing}
              start=${how.start}
              preload="auto"
              .hlsConfig=${how.config}
              locale=${this.host.locale ?? nothing}
              theme=${this.host.theme ?? nothing}
              market=${this.host.market ?? nothing}
              country=${this.host.country ?? nothing}
              currency=${this.host.currency ?? nothing}
              cart-url=${this.host.cartUrl ?? nothing}
              cart-count=${this.host.cartCount ?? nothing}
            ></shoppable-video>`;
          },
        )}
      </div>
      <p class="notice" role="status">${this.notice}</p>
    </dialog>`;
  }
}

/** The focused element, through open shadow roots (where focus goes back after closing). */
function deepActive(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/** Whether a gesture began on something that scrolls or slides on its own (the product sheet, a menu, a slider). */
function scrollsItself(path: EventTarget[]): boolean {
  return path.some(
    (n) => n instanceof Element && (n.localName === 'shoppable-product-list' || n.matches('[part~="product-sheet"], [part~="menu"], [role="slider"]')),
  );
}
