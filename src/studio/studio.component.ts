import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { styleProps } from '../directives/style-props.js';
import { tokens } from '../styles/tokens.js';
import { canonicalText } from '../core/show-values.js';
import { emptyDraft, reduceDraft, type DraftAction, type ShowDraft } from '../core/studio/draft.js';
import { checkDraft, draftToShow, type PlacedIssue } from '../core/studio/export.js';
import { commit, redo, startHistory, undo, type History } from '../core/studio/history.js';
import { closeMarks, productForKey, toggleMark, type OpenMarks } from '../core/studio/marking.js';
import { studioFormat } from '../core/studio/strings.js';
import { studioDir, studioStrings, STUDIO_LOCALES } from '../core/studio/strings-intl.js';
import type { ShoppableVideo } from '../components/shoppable-video/shoppable-video.component.js';
import { autosave, pickShow, readShowText, restore, saveShow, type SaveTarget } from './files.js';
import { marketsPanel, productsPanel, type PanelContext } from './panels.js';
import { publishPanel, type SnippetKind } from './publish.js';
import { catalogEdit, issueText, pinsEdits, readReplay, type StoreSettings } from './sources.js';
import type { MomentEditDetail } from './studio-events.js';
import { styles } from './studio.styles.js';
import { renderHeader, renderPreviewTools } from './studio.view.js';

type Tab = 'products' | 'markets' | 'publish';

/**
 * The show studio: from a replay and a product catalogue to a show document and its embed code.
 * Open a replay (an HLS URL, or a local video file played from a `blob:` URL), import products (a
 * Shopify CSV or `products.json`, a Merchant Center feed) or type them in, then play and press a
 * product's key (1–9, 0) to start its moment and again to end it; drag the moments' edges on the
 * timeline and their hotspots onto the frame. The preview is the real `<shoppable-video>`, at
 * desktop or phone size, in any market and language. Problems are shown where they are; the Publish
 * tab gives the show document and snippets for a page, React and a Shopify theme.
 *
 * Every edit can be undone (Ctrl+Z; Ctrl+Shift+Z or Ctrl+Y redoes) and is saved to `localStorage`.
 * Ctrl+S saves the show to a file (File System Access, else a download). Space or K plays and pauses.
 *
 * @summary An editor for show documents, with a live preview.
 *
 * @csspart stage - The preview and the timeline.
 * @csspart panel - The side panel (products, markets, publish).
 *
 * @fires shoppable-add-to-cart - From the preview's cards: the shopper pressed Add to cart (cancelable).
 * @fires shoppable-add-to-cart-complete - From the preview's cards: the store accepted the add.
 * @fires shoppable-product-click - From the preview: a hotspot, card or list entry opened a product.
 * @fires shoppable-product-show - From the preview: a product's moment started.
 * @fires shoppable-product-hide - From the preview: a product's moment ended.
 * @fires shoppable-seek-request - From the preview's product lists: "Watch the moment".
 * @fires shoppable-list-close - From the preview: the shopper closed the product sheet.
 * @fires shoppable-error - From the preview: a media, show or cart problem.
 *
 * @cssprop [--shoppable-surface-color=#ffffff] - Background of panels and cards (dark: #1f1f24).
 * @cssprop [--shoppable-text-color=#1b1b1f] - Text on the surface (dark: #f2f2f5).
 * @cssprop [--shoppable-muted-color=#5c5c66] - Secondary text (dark: #b4b4c0).
 * @cssprop [--shoppable-border-color=#d5d5dd] - Borders and dividers (dark: #45454f).
 * @cssprop [--shoppable-accent-color=#4a2fd0] - The accent (dark: #b7a8ff).
 * @cssprop [--shoppable-on-accent-color=#ffffff] - Text and icons on the accent (dark: #17112f).
 * @cssprop [--shoppable-sale-color=#b3261e] - Sale prices and discount badges (dark: #ffb4ab).
 * @cssprop [--shoppable-on-sale-color=#ffffff] - Text on the sale colour; falls back to the surface colour.
 * @cssprop [--shoppable-error-color=#b3261e] - Failure messages (dark: #ffb4ab).
 * @cssprop [--shoppable-focus-color=#1a73e8] - Focus outlines on the surface (dark: #8ab4f8).
 * @cssprop [--shoppable-overlay-color=rgb(0 0 0 / 0.8)] - Scrims behind messages and dialogs.
 * @cssprop [--shoppable-font-family=system-ui, sans-serif] - Font.
 * @cssprop [--shoppable-font-size=0.9375rem] - Base text size.
 * @cssprop [--shoppable-font-size-small=0.8125rem] - Small text: notes, statuses, times.
 * @cssprop [--shoppable-radius=12px] - Corner radius.
 * @cssprop [--shoppable-space=0.75rem] - The base spacing unit.
 * @cssprop [--shoppable-shadow=0 8px 24px rgb(0 0 0 / 0.35)] - Shadow of raised panels (sheets, notices).
 * @cssprop [--shoppable-card-shadow=0 1px 3px rgb(0 0 0 / 0.12)] - Shadow of product cards.
 * @cssprop [--shoppable-card-width=20rem] - Width of product cards.
 * @cssprop [--shoppable-control-size=40px] - Size of buttons and steppers (never under 24px).
 * @cssprop [--shoppable-transition-duration=150ms] - Fades and slides; 0s under `prefers-reduced-motion`.
 * @cssprop [--shoppable-card-enter-duration=0s] - Card entrance animation (off by default; 0s under `prefers-reduced-motion`).
 */
export class ShoppableStudio extends LitElement {
  static override styles = [tokens, styles];

  /** The studio's own language (en, fr, de, es, ja, zh-Hans, ar); default the browser's. */
  @property({ reflect: true }) locale?: string;
  /** The `localStorage` key of the autosave; an empty string turns the autosave off. */
  @property({ attribute: 'storage-key' }) storageKey = 'shoppable-studio';

  @state() private history: History<ShowDraft> = startHistory(emptyDraft());
  @state() private marks: OpenMarks = {};
  @state() private media = '';
  @state() private time = 0;
  @state() private duration = 0;
  @state() private boundaries: number[] = [];
  @state() private playlist?: string;
  @state() private tab: Tab = 'products';
  @state() private size: 'desktop' | 'phone' = 'desktop';
  @state() private previewMarket = '';
  @state() private previewLocale = '';
  @state() private snippet: SnippetKind = 'json';
  @state() private copied = false;
  @state() private status = '';
  @state() private picture = { left: 0, top: 0, width: 0, height: 0 };

  @query('shoppable-video') private player?: ShoppableVideo;
  @query('.frame') private frameEl?: HTMLElement;

  private target: SaveTarget;
  private resizer?: ResizeObserver;
  private checked?: { draft: ShowDraft; issues: PlacedIssue[]; doc: Record<string, unknown> };
  private loading?: AbortController;

  /** The show being edited. */
  get draft(): ShowDraft {
    return this.history.present;
  }

  /** The show document as it would be exported now. */
  get showDocument(): Record<string, unknown> {
    return this.check().doc;
  }

  /** The problems of the show as it is now: the player's validation, placed on their rows. */
  get issues(): readonly PlacedIssue[] {
    return this.check().issues;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    const saved = this.storageKey ? restore(this.storageKey) : undefined;
    if (saved && this.history.past.length === 0) {
      this.history = startHistory(saved.draft);
      if (saved.media) this.openMedia(saved.media, false);
      this.status = 'restored';
    }
    this.resizer = new ResizeObserver(this.measure);
    // Back in the page after a move: the frame is already rendered, firstUpdated will not run again.
    if (this.hasUpdated && this.frameEl) this.resizer.observe(this.frameEl);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.resizer?.disconnect();
    this.loading?.abort();
    if (this.media.startsWith('blob:')) URL.revokeObjectURL(this.media);
  }

  override firstUpdated(): void {
    if (this.frameEl) this.resizer?.observe(this.frameEl);
  }

  /** Applies edits as one undo step (a `group` merges a gesture's edits into one). */
  edit(actions: DraftAction | readonly DraftAction[], group?: string): void {
    const next = ([] as DraftAction[]).concat(actions).reduce(reduceDraft, this.draft);
    this.history = commit(this.history, next, group);
    if (this.storageKey) autosave(this.storageKey, this.draft, this.media);
  }

  /** Takes back the last step. */
  undo(): void {
    this.history = undo(this.history);
    if (this.storageKey) autosave(this.storageKey, this.draft, this.media);
  }

  /** Puts back the step undo took. */
  redo(): void {
    this.history = redo(this.history);
    if (this.storageKey) autosave(this.storageKey, this.draft, this.media);
  }

  /** Plays `src` (a URL, or a `blob:` URL of a local file); `publish` also makes a URL the show's video. */
  openMedia(src: string, publish = true): void {
    if (this.media.startsWith('blob:') && this.media !== src) URL.revokeObjectURL(this.media);
    this.media = src;
    this.marks = {};
    this.boundaries = [];
    this.playlist = undefined;
    if (publish && !src.startsWith('blob:')) this.edit({ type: 'video', src });
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    void readReplay(src, loading.signal).then((info) => {
      if (loading.signal.aborted) return;
      this.boundaries = info.boundaries;
      this.playlist = info.playlist;
    });
  }

  /** Imports a product catalogue (Shopify CSV or products.json, Merchant Center XML or TSV). */
  async importCatalogText(text: string, fileName: string, store: StoreSettings = { currency: this.draft.currency ?? '', url: '' }): Promise<void> {
    const { actions, count, issues } = await catalogEdit(this.draft, text, fileName, store);
    this.edit(actions);
    this.say(studioFormat(this.strings.importedProducts, { count }) + (issues.length ? ` · ${studioFormat(this.strings.importProblems, { count: issues.length })}: ${issueText(issues)}` : ''));
  }

  /** Imports the product pins of a live recording's playlist as moments. */
  importPinsText(playlist: string): void {
    const { actions, count, issues } = pinsEdits(this.draft, playlist);
    this.edit(actions);
    this.say(studioFormat(this.strings.importedPins, { count }) + (issues.length ? ` · ${issueText(issues)}` : ''));
  }

  private get strings() {
    return studioStrings(this.uiLocale);
  }

  private get uiLocale(): string {
    return this.locale || globalThis.navigator?.language || 'en';
  }

  private check() {
    if (this.checked?.draft !== this.draft) this.checked = { draft: this.draft, issues: checkDraft(this.draft), doc: draftToShow(this.draft) };
    return this.checked;
  }

  private say(message: string): void {
    this.status = message;
  }

  private readonly onKeydown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented) return;
    const target = (e.composedPath()[0] ?? this) as HTMLElement;
    const typing = !!target.closest?.('input:not([type="checkbox"]):not([type="radio"]):not([type="range"]), textarea, select, [contenteditable]');
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (mod && key === 's') void this.save();
    else if (typing || e.altKey) return;
    else if (mod && ((key === 'z' && e.shiftKey) || key === 'y')) this.redo();
    else if (mod && key === 'z') this.undo();
    else if (mod) return;
    else if ((key === ' ' || key === 'k') && !target.closest?.('button, summary, [role="slider"], [role="button"]')) this.togglePlay();
    else if (!this.mark(key)) return;
    e.preventDefault();
  };

  private togglePlay(): void {
    const p = this.player;
    if (!p) return;
    if (p.paused) void p.play().catch(() => undefined);
    else p.pause();
  }

  /** A product key: starts or ends that product's moment at the playhead. */
  private mark(key: string): boolean {
    const product = productForKey(this.draft.products, key);
    if (!product) return false;
    const time = this.player?.currentTime ?? this.time;
    const { open, moment } = toggleMark(this.marks, product.id, time);
    this.marks = open;
    if (moment) this.edit({ type: 'add-moments', moments: [moment] });
    // Isolated, so an Arabic or Hebrew title does not reorder the times around it.
    const name = `\u2068${canonicalText(product.title)}\u2069`;
    this.say(moment ? studioFormat(this.strings.moment, { name, start: moment.start.toFixed(1), end: moment.end.toFixed(1) }) : studioFormat(this.strings.marking, { name, time: time.toFixed(1) }));
    return true;
  }

  private async save(): Promise<void> {
    try {
      this.target = await saveShow(this.draft, this.target);
      this.say(this.strings.saved);
    } catch {
      // The person closed the picker: nothing was saved, nothing to say.
    }
  }

  /** Opens a show file: the File System Access picker, else the file input. */
  private async openShow(input: HTMLInputElement): Promise<void> {
    try {
      const picked = await pickShow();
      if (!picked) return input.click();
      this.loadShow(picked.text);
      this.target = picked.target;
    } catch {
      // Cancelled.
    }
  }

  private loadShow(text: string): void {
    const { draft, issues } = readShowText(text);
    if (draft) this.edit({ type: 'load', draft });
    this.say(issues.length ? `${this.strings.opened} · ${issues.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}` : this.strings.opened);
  }

  private readonly onMomentEdit = (e: CustomEvent<MomentEditDetail>) => {
    const { key, patch, group } = e.detail;
    if (!this.draft.moments.some((m) => m.key === key)) return;
    if (patch === 'remove') this.edit({ type: 'remove-moment', key });
    else if (patch === 'unplace') this.edit({ type: 'update-moment', key, patch: { position: undefined } });
    else this.edit({ type: 'update-moment', key, patch }, group);
  };

  private readonly onTime = () => {
    const p = this.player;
    if (!p) return;
    this.time = p.currentTime;
    if (Number.isFinite(p.duration) && p.duration > 0) this.duration = p.duration;
  };

  private readonly onEnded = () => {
    const moments = closeMarks(this.marks, this.player?.duration ?? this.time);
    this.marks = {};
    this.edit({ type: 'add-moments', moments });
  };

  /** Places the hotspot layer over the picture itself, inside the letterbox. */
  private readonly measure = () => {
    const video = this.player?.video;
    const frame = this.frameEl;
    if (!video || !frame) return;
    const box = video.getBoundingClientRect();
    const f = frame.getBoundingClientRect();
    const scale = video.videoWidth && video.videoHeight ? Math.min(box.width / video.videoWidth, box.height / video.videoHeight) : 0;
    const width = scale ? video.videoWidth * scale : box.width;
    const height = scale ? video.videoHeight * scale : box.height;
    this.picture = { left: box.left - f.left + (box.width - width) / 2, top: box.top - f.top + (box.height - height) / 2, width, height };
  };

  private context(): PanelContext {
    return {
      draft: this.draft,
      strings: this.strings,
      locale: this.uiLocale,
      issues: this.issues,
      open: this.marks,
      edit: (a) => this.edit(a),
      importCatalog: (file, store) => void file.text().then((t) => this.importCatalogText(t, file.name, store)),
    };
  }

  private renderPanel() {
    const c = this.context();
    if (this.tab === 'products') return productsPanel(c, this.renderRoot);
    if (this.tab === 'markets') return marketsPanel(c);
    return publishPanel({
      ...c,
      snippet: this.snippet,
      copied: this.copied,
      pick: (kind) => ((this.snippet = kind), (this.copied = false)),
      copy: (text) => void navigator.clipboard?.writeText(text).then(() => (this.copied = true), () => undefined),
      reveal: (n) => {
        const issue = this.issues[n];
        const moment = this.draft.moments.find((m) => m.key === issue?.momentKey);
        if (moment && this.player) this.player.currentTime = moment.start;
        else if (issue?.productId) this.tab = 'products';
        else if (issue?.market !== undefined) this.tab = 'markets';
      },
    });
  }

  override render() {
    const s = this.strings;
    const active = this.draft.moments.filter((m) => m.start <= this.time && this.time < m.end);
    const tabs: Array<[Tab, string]> = [['products', s.products], ['markets', s.markets], ['publish', s.publish]];
    const bad = new Set(this.issues.flatMap((i) => i.momentKey ?? []));
    const status = this.status === 'restored' ? s.restored : this.status;
    return html`
      <div dir=${studioDir(this.uiLocale)} lang=${this.uiLocale}>
        ${renderHeader({
          openUrl: (url) => this.openMedia(url),
          openFile: (file) => this.openMedia(URL.createObjectURL(file), false),
          importPins: (file) => void file.text().then((t) => this.importPinsText(t)),
          openShow: (input) => void this.openShow(input),
          loadShow: (file) => void file.text().then((t) => this.loadShow(t)),
          save: () => void this.save(),
          newShow: () => this.edit({ type: 'load', draft: emptyDraft() }),
          setLocale: (l) => (this.locale = l),
          canUndo: this.history.past.length > 0,
          canRedo: this.history.future.length > 0,
          uiLocale: this.uiLocale,
          undo: () => this.undo(),
          redo: () => this.redo(),
        }, s, STUDIO_LOCALES)}
        <main>
          <section class="stage" part="stage" tabindex="-1" aria-labelledby="stage-title">
            <h2 id="stage-title" class="visually-hidden">${s.preview}</h2>
            ${renderPreviewTools(s, this.draft, {
              size: this.size,
              market: this.previewMarket,
              locale: this.previewLocale,
              pinsInReplay: this.playlist?.includes('com.shoppable.product') ?? false,
              setSize: (size) => ((this.size = size), void this.updateComplete.then(this.measure)),
              setMarket: (m) => (this.previewMarket = m),
              setLocale: (l) => (this.previewLocale = l),
              importReplayPins: () => this.playlist && this.importPinsText(this.playlist),
            }, STUDIO_LOCALES)}
            <div class="frame ${this.size}">
              <shoppable-video src=${this.media || nothing} .show=${this.showDocument} market=${this.previewMarket || nothing}
                locale=${this.previewLocale || nothing} preload="auto" playsinline
                @timeupdate=${this.onTime} @seeked=${this.onTime} @durationchange=${this.onTime} @loadedmetadata=${this.measure} @loadeddata=${this.measure} @ended=${this.onEnded}></shoppable-video>
              <shoppable-studio-hotspots .moments=${active} .products=${this.draft.products} .strings=${s}
                waiting=${studioDir(this.previewLocale || this.draft.locale || this.uiLocale) === 'rtl' ? 'left' : 'right'} @studio-moment-edit=${this.onMomentEdit}
                ${styleProps({ left: `${this.picture.left}px`, top: `${this.picture.top}px`, width: `${this.picture.width}px`, height: `${this.picture.height}px` })}></shoppable-studio-hotspots>
            </div>
            <p class="status" role="status">${Object.keys(this.marks).length ? html`<span class="rec" aria-hidden="true">● </span>` : nothing}${status || s.shortcuts}</p>
            <shoppable-studio-timeline .moments=${this.draft.moments} .products=${this.draft.products} .strings=${s} .boundaries=${this.boundaries}
              .badMoments=${bad} .open=${this.marks} duration=${this.duration} time=${this.time}
              @studio-moment-edit=${this.onMomentEdit} @studio-seek=${(e: CustomEvent<{ time: number }>) => this.player && (this.player.currentTime = e.detail.time)}></shoppable-studio-timeline>
          </section>
          <aside part="panel" aria-labelledby="panel-title">
            <h2 id="panel-title" class="visually-hidden">${tabs.find(([t]) => t === this.tab)![1]}</h2>
            <div role="tablist">${tabs.map(([tab, label]) => html`<button type="button" role="tab" aria-selected=${this.tab === tab} @click=${() => (this.tab = tab)}>${label}${tab === 'publish' && this.issues.length ? ` ⚠ ${this.issues.length}` : ''}</button>`)}</div>
            ${this.renderPanel()}
          </aside>
        </main>
      </div>
    `;
  }
}
