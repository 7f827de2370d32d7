import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { VisibilityController } from '../../controllers/visibility.js';
import { readFeed, type FeedEntry } from '../../core/feed-doc.js';
import { parseFeedLink } from '../../core/feed.js';
import { feedStringsFor, type FeedStrings } from '../../core/feed-strings.js';
import { isRtl } from '../../core/locales/index.js';
import { tokens } from '../../styles/tokens.js';
import { LazyElement, once } from '../lazy-element.js';
import { completeEntries, entriesFromChildren, loadFeed, reportFeedIssues } from './feed-source.js';
import { renderThumb } from './feed-thumb.js';
import { styles } from './shoppable-feed.styles.js';
import type { FeedView } from './shoppable-feed.view.js';
import type { ShoppableVideo } from '../shoppable-video/shoppable-video.component.js';

/** The full-screen player: a lazy chunk, fetched when a show is first opened. */
const loadView = once(() => import('./shoppable-feed.view.js'));

/**
 * A row, grid or stories strip of shows that opens into a full-screen vertical player: swipe up
 * and down (or the wheel, ↑ / ↓, PageUp / PageDown and the on-screen buttons) to move between
 * shows, Escape or the browser's Back to close; focus returns to the thumbnail that opened it.
 *
 * The shows come from a feed document (`src`, or the `feed` property; see
 * `schema/feed.schema.json`), or else from child `<shoppable-video>` elements, which are read and
 * not shown. Until a show is opened the feed is only thumbnails (lazy images); the player chunk,
 * hls.js and the shop layer come with the first open. While a show plays, the next one's player
 * is made and preloads; never more than two players are alive. Each player keeps its products,
 * moments and cart: its events (`shoppable-add-to-cart`, ...) bubble out of the feed as from a
 * lone player, with the show's id.
 *
 * With `deep-link`, the feed follows the page's URL hash: `#show=ID&t=SECONDS` opens that show at
 * that time on load, the hash follows the shopper, and the Back button closes the player.
 * The Share button shares that link (Web Share where the browser has it, else it copies it).
 *
 * @summary A swipeable feed of shows: thumbnails that open a full-screen vertical player.
 *
 * @slot - `<shoppable-video>` elements to take the shows from when there is no feed document.
 *
 * @fires shoppable-feed-open - The player opened on a show (`{ showId, index }`).
 * @fires shoppable-feed-change - The shopper moved to another show (`{ showId, index, previousShowId }`).
 * @fires shoppable-feed-close - The player closed (`{ showId, index }` of the last show).
 * @fires shoppable-error - The feed document could not be fetched or read, or had invalid entries.
 * @fires shoppable-add-to-cart - From its players' cards: the shopper pressed Add to cart (cancelable).
 * @fires shoppable-add-to-cart-complete - From its players' cards: the store accepted the add.
 * @fires shoppable-product-click - From its players: a hotspot, card or list entry opened a product.
 * @fires shoppable-product-show - From its players: a product's moment started.
 * @fires shoppable-product-hide - From its players: a product's moment ended.
 * @fires shoppable-seek-request - From its players' product lists: "Watch the moment".
 * @fires shoppable-list-close - From its players: the shopper closed the product sheet.
 *
 * @csspart feed - The list of thumbnails.
 * @csspart thumb - One show's thumbnail (a button).
 * @csspart thumb-image - Its poster.
 * @csspart thumb-title - Its title.
 * @csspart thumb-live - The LIVE badge of a live show.
 * @csspart thumb-products - Its product count.
 * @csspart thumb-duration - Its length.
 * @csspart viewer - The full-screen player (a modal dialog).
 * @csspart stage - The area the shows slide through.
 * @csspart viewer-close - The close button.
 * @csspart viewer-previous - The previous-show button.
 * @csspart viewer-next - The next-show button.
 * @csspart viewer-share - The share button.
 * @csspart viewer-position - "Show 2 of 5".
 *
 * @cssprop [--shoppable-feed-thumb-width=10rem] - Width of a row thumbnail (grid: the least column width).
 * @cssprop [--shoppable-feed-story-size=4.5rem] - Diameter of a story's round thumbnail.
 * @cssprop [--shoppable-feed-gap=0.75rem] - Space between thumbnails.
 * @cssprop [--shoppable-feed-viewer-background=#000] - Behind the full-screen player.
 * @cssprop [--shoppable-feed-viewer-width=min(100vw, 56.25vh)] - Width of the show in the full-screen player (9:16 of the height by default).
 * @cssprop [--shoppable-live-color=#e5253a] - The LIVE badge (and a live story's ring).
 * @cssprop [--shoppable-accent-color=#4a2fd0] - Story rings and focus accents.
 * @cssprop [--shoppable-text-color=#1b1b1f] - Titles (dark: #f2f2f5).
 * @cssprop [--shoppable-muted-color=#5c5c66] - Product count and duration (dark: #b4b4c0).
 * @cssprop [--shoppable-focus-color=#1a73e8] - Focus outlines (dark: #8ab4f8).
 * @cssprop [--shoppable-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--shoppable-font-size=0.9375rem] - Title size.
 * @cssprop [--shoppable-font-size-small=0.8125rem] - Badges, counts, duration.
 * @cssprop [--shoppable-radius=12px] - Thumbnail corners.
 * @cssprop [--shoppable-space=0.75rem] - The base spacing unit.
 * @cssprop [--shoppable-focus-ring-color=#fff] - Focus outline over video and images.
 * @cssprop [--shoppable-surface-color=#ffffff] - Background of panels and cards (dark: #1f1f24).
 * @cssprop [--shoppable-border-color=#d5d5dd] - Borders and dividers (dark: #45454f).
 * @cssprop [--shoppable-on-accent-color=#ffffff] - Text and icons on the accent (dark: #17112f).
 * @cssprop [--shoppable-sale-color=#b3261e] - Sale prices and discount badges (dark: #ffb4ab).
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Text on the sale colour; falls back to the surface colour.
 * @cssprop [--shoppable-error-color=#b3261e] - Failure messages (dark: #ffb4ab).
 * @cssprop [--shoppable-overlay-color=rgb(0 0 0 / 0.8)] - Scrims behind messages and dialogs.
 * @cssprop [--shoppable-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - Shadow of raised panels (sheets, notices).
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of product cards.
 * @cssprop [--shoppable-card-width=20rem] - Width of product cards.
 * @cssprop [--shoppable-control-size=40px] - Size of buttons and steppers (never under 24px).
 * @cssprop [--shoppable-transition-duration=150ms] - Fades and slides; 0s under `prefers-reduced-motion`.
 * @cssprop [--shoppable-card-enter-duration=0s] - Card entrance animation (off by default; 0s under `prefers-reduced-motion`).
 */
export class ShoppableFeed extends LazyElement {
  static override styles = [tokens, styles];

  /** The feed document's URL. */
  @property() src = '';
  /** The feed document (or an array of entries) as an object; wins over `src`. */
  @property({ attribute: false }) feed: unknown;
  /** `row` (a carousel with scroll snap), `grid`, or `stories` (round thumbnails). */
  @property({ reflect: true }) layout: 'row' | 'grid' | 'stories' = 'row';
  /** BCP 47 tag for the UI strings and the players (default: the page's language). */
  @property() locale?: string;
  /** Forces the light or dark palette, for the players too. */
  @property({ reflect: true }) theme?: 'light' | 'dark';
  /** Follow the URL hash (`#show=ID&t=SECONDS`): open from it, keep it up to date, close on Back. */
  @property({ type: Boolean, attribute: 'deep-link' }) deepLink = false;
  /** Passed to every player: the market to sell into. */
  @property() market?: string;
  /** Passed to every player: the shopper's country. */
  @property() country?: string;
  /** Passed to every player: the currency to show. */
  @property() currency?: string;
  /** Passed to every player: the store's cart page. */
  @property({ attribute: 'cart-url' }) cartUrl?: string;
  /** Passed to every player: items in the page's cart. */
  @property({ type: Number, attribute: 'cart-count' }) cartCount?: number;
  /** Overrides for any of the feed's strings. */
  @property({ attribute: false }) strings?: Partial<FeedStrings>;

  /** The shows, as read (invalid entries left out). */
  @state() entries: readonly FeedEntry[] = [];
  /** The index of the open show, or -1 while closed. */
  @state() current = -1;

  private view?: FeedView;
  private readonly visibility = new VisibilityController(this);
  private loadedFrom: unknown;

  /** The id of the show open in the full-screen player, or `undefined` while closed. */
  get openShowId(): string | undefined {
    return this.entries[this.current]?.id;
  }

  /** The players alive now (at most two): the open show's first. */
  get players(): ShoppableVideo[] {
    return this.view?.players() ?? [];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.waitFor(this.visibility.observed);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.view?.disconnect();
  }

  protected override willUpdate(): void {
    const from = this.feed ?? this.src;
    if (from !== this.loadedFrom && (this.feed !== undefined || this.src)) {
      this.loadedFrom = from;
      void this.waitFor(this.readSource());
    }
    // Entries that name only a show's URL get their title and poster from it, once the feed is near.
    // A deep link may name a show by the id its document holds: read them at once then.
    const wanted = this.visibility.near || (this.deepLink && !!parseFeedLink(location.hash));
    if (wanted && this.completed !== this.entries) void this.waitFor(this.complete());
  }

  private completed: readonly FeedEntry[] | undefined;

  private async complete(): Promise<void> {
    const from = (this.completed = this.entries);
    const done = await completeEntries(from);
    if (this.entries !== from) return;
    this.entries = this.completed = done;
    if (this.deepLink) void this.followHash();
  }

  private async readSource(): Promise<void> {
    const from = this.loadedFrom;
    const read = this.feed !== undefined ? readFeed(this.feed) : await loadFeed(this, this.src);
    if (this.feed !== undefined && read) reportFeedIssues(this, read.issues);
    if (!read || from !== this.loadedFrom) return;
    this.entries = read.entries;
    this.view?.entriesChanged();
    if (this.deepLink) void this.followHash();
  }

  private readonly onSlotChange = (): void => {
    if (this.feed !== undefined || this.src) return;
    this.entries = entriesFromChildren(this);
    if (this.deepLink) void this.followHash();
  };

  /** Opens the player at a show (its index or id), at `time` seconds into it. */
  async open(show: number | string, time = 0): Promise<void> {
    const index = typeof show === 'number' ? show : this.entries.findIndex((e) => e.id === show);
    if (!this.entries[index]) return;
    const view = await this.ensureView();
    view?.open(index, time);
  }

  /** Closes the player; focus goes back where it was. */
  close(): void {
    this.view?.close();
  }

  /** Moves the open player by `step` shows (1: next, -1: previous). */
  step(step: number): void {
    this.view?.step(step);
  }

  private async ensureView(): Promise<FeedView | undefined> {
    if (this.view) return this.view;
    const mod = await this.waitFor(loadView());
    if (!mod) return undefined;
    this.adoptLazyStyles(mod.FeedView.styles);
    this.view ??= new mod.FeedView(this);
    return this.view;
  }

  /** Opens the show the URL hash names (deep link), once the entries are known. */
  private async followHash(): Promise<void> {
    const link = parseFeedLink(location.hash);
    if (link && this.entries.some((e) => e.id === link.showId) && this.openShowId !== link.showId) await this.open(link.showId, link.time);
  }

  /** The feed's strings in its locale. */
  get text(): FeedStrings {
    return feedStringsFor(this.uiLocale, this.strings);
  }

  /** The locale of the UI: the element's, else the page's. */
  get uiLocale(): string {
    return this.locale || document.documentElement.lang || navigator.language || 'en';
  }

  private readonly onThumb = (e: Event): void => {
    const index = Number((e.currentTarget as HTMLElement).dataset.index);
    void this.open(index);
  };

  protected override render(): unknown {
    const s = this.text;
    const rtl = isRtl(this.uiLocale);
    return html`<slot hidden @slotchange=${this.onSlotChange}></slot>
      <ul part="feed" class="feed" aria-label=${s.shows} dir=${rtl ? 'rtl' : nothing} lang=${this.locale || nothing}>
        ${repeat(
          this.entries,
          (e) => e.id,
          (e, i) => html`<li class="item">${renderThumb(e, i, s, this.uiLocale, this.onThumb)}</li>`,
        )}
      </ul>
      ${this.view?.render() ?? nothing}`;
  }
}
