/**
 * Loads, validates and plays back a show document: the one place where the show's data meets the
 * media clock. Sources, latest wins: the `.show` property (object), the `show` attribute (URL), or a
 * `<script type="application/json">` child. Invalid parts are skipped and reported once through a
 * non-fatal `shoppable-error`; the host page never sees an exception.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { emptyShow, formatIssues, validateShow, validateShowSteps } from '../core/show.js';
import { runInSlices } from '../core/slices.js';
import { markNormalised } from '../core/show-reader.js';
import { CueTimeline, TimelineCursor } from '../core/timeline.js';
import { fetchShow, yieldToBrowser } from './show-fetch.js';
import {
  ErrorCode,
  ShoppableErrorEvent,
  ShoppableProductHideEvent,
  ShoppableProductShowEvent,
} from '../events.js';
import type { Moment, Product, Show, ValidationIssue } from '../types.js';

/** The most distinct unknown pin products reported per show; past it, one report says there are more. */
export const MAX_PIN_REPORTS = 20;
/** The most characters of a product id quoted in a message (ids may be as long as the data allows). */
const MAX_ID_IN_MESSAGE = 64;

/** `id` cut to {@link MAX_ID_IN_MESSAGE} characters, with an ellipsis when cut. */
function shorten(id: string): string {
  return id.length > MAX_ID_IN_MESSAGE ? `${id.slice(0, MAX_ID_IN_MESSAGE)}…` : id;
}

/** The element a ShowController serves. */
export type ShowHost = ReactiveControllerHost & HTMLElement;

/** Answers which products are on screen, and tells the page as moments start and end. */
export class ShowController implements ReactiveController {
  /** The validated show (empty until one loads). */
  show: Show = emptyShow();
  /** Moments that contain the last sampled time, ordered by start. */
  active: readonly Moment[] = [];
  /**
   * Called when the active moments change, instead of re-rendering the host: the player's shop
   * re-renders only when what it draws changed (see core/density). `exited`: the moments that
   * just ended.
   */
  onChange?: (exited: readonly Moment[]) => void;

  private readonly host: ShowHost;
  private products = new Map<string, Product>();
  // Products of the previous show, so moments that end because the show changed still say which.
  private retired = new Map<string, Product>();
  private extraMoments: readonly Moment[] = [];
  private reportedUnknown = new Set<string>();
  private timeline = new CueTimeline<Moment>([]);
  private cursor = new TimelineCursor<Moment>(this.timeline);
  private load?: AbortController;
  private lastTime = 0;

  constructor(host: ShowHost) {
    this.host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.load?.abort();
    this.load = undefined;
  }

  /** Products whose moments contain the current time, each once, in order of appearance. */
  get activeProducts(): Product[] {
    const seen = new Set<string>();
    const out: Product[] = [];
    for (const m of this.active) {
      const p = this.products.get(m.productId);
      if (p && !seen.has(p.id)) {
        seen.add(p.id);
        out.push(p);
      }
    }
    return out;
  }

  /** Every moment in play: the show document's and the stream's, sorted by start. */
  get moments(): readonly Moment[] {
    return this.timeline.moments;
  }

  /** The product with this id, if the show has it. */
  product(id: string): Product | undefined {
    return this.products.get(id);
  }

  /** Takes a show document object (e.g. from the `.show` property or a JSON child). */
  setDocument(input: unknown, baseUrl?: string): void {
    this.load?.abort();
    this.load = undefined;
    this.apply(input, baseUrl);
  }

  /**
   * Fetches a show document from `url` (one request per URL for the whole page, see `show-fetch.ts`);
   * HTTP failures, timeouts and bad JSON become `shoppable-error`s. Its relative URLs resolve against
   * the URL it finally came from (after redirects).
   */
  async fetchDocument(url: string): Promise<void> {
    this.load?.abort();
    const load = (this.load = new AbortController());
    const absolute = new URL(url, document.baseURI).href;
    let text: string;
    let base: string;
    try {
      ({ text, url: base } = await fetchShow(absolute));
    } catch (cause) {
      if (load.signal.aborted) return;
      this.fail(ErrorCode.ShowFetch, `Could not load the show document ${absolute}: ${messageOf(cause)}`, cause);
      return;
    }
    if (load.signal.aborted) return;
    const since = performance.now();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      this.reportParseError(cause, absolute);
      return;
    }
    // A show at the limits (docs/limits.md) takes longer to read than to parse: read in slices that
    // let the page breathe (a small show is read at once, in this task).
    const read = await runInSlices(validateShowSteps(json, { baseUrl: base }), { pause: yieldToBrowser, since, signal: load.signal });
    if (read && !load.signal.aborted) this.use(read);
  }

  /** Reports a show document that is not JSON (`where`: its URL, or which element held it). */
  reportParseError(cause: unknown, where: string): void {
    this.fail(ErrorCode.ShowParse, `The show document ${where} is not valid JSON: ${messageOf(cause)}`, cause);
  }

  /**
   * Adds moments that came from elsewhere (in-band stream pins); they merge with the show's.
   * A pin naming a product the show does not have is reported once and ignored.
   */
  setExtraMoments(moments: readonly Moment[]): void {
    // Our own pin parser made them: the product list (given `moments`) need not read them again.
    for (const m of moments) markNormalised(m);
    this.extraMoments = moments;
    for (const m of moments) {
      const id = m.productId;
      if (this.products.has(id) || this.reportedUnknown.has(id)) continue;
      // A pin flood must not become an event flood: each id once, and at most MAX_PIN_REPORTS ids
      // per show, then one last report for all the rest.
      const count = this.reportedUnknown.add(id).size;
      if (count > MAX_PIN_REPORTS + 1) continue;
      const message =
        count > MAX_PIN_REPORTS
          ? `More stream pins name products the show does not have; they are ignored and no longer reported.`
          : `A stream pin names product "${shorten(id)}", which the show does not have; it is ignored.`;
      this.fail(ErrorCode.PinUnknownProduct, message, m);
    }
    this.rebuild();
  }

  /** The media time of the next moment start or end after `time` (`Infinity` when none). */
  nextChange(time: number): number {
    return this.timeline.nextBoundary(time);
  }

  /** Feeds the media clock: fires show/hide events and re-renders only when the active set changes. */
  sample(time: number): void {
    this.lastTime = time;
    const { active, entered, exited, changed } = this.cursor.update(time);
    if (!changed) return;
    this.active = active;
    for (const m of exited) this.announce(m, false);
    for (const m of entered) this.announce(m, true);
    if (this.onChange) this.onChange(exited);
    else this.host.requestUpdate();
  }

  private apply(input: unknown, baseUrl?: string): void {
    this.use(validateShow(input, { baseUrl }));
  }

  private use({ show, issues }: { show: Show; issues: ValidationIssue[] }): void {
    // Another show: its unknown pins are reported afresh (the same show again keeps the count).
    if (show.id !== this.show.id) this.reportedUnknown.clear();
    this.show = show;
    this.retired = this.products;
    this.products = new Map(show.products.map((p) => [p.id, p]));
    if (issues.length > 0) this.fail(ErrorCode.ShowInvalid, formatIssues(issues), issues, false);
    this.rebuild();
  }

  private rebuild(): void {
    const known = this.extraMoments.filter((m) => this.products.has(m.productId));
    this.timeline = new CueTimeline<Moment>([...this.show.moments, ...known]);
    this.cursor.setTimeline(this.timeline);
    const { active, entered, exited } = this.cursor.update(this.lastTime);
    this.active = active;
    // A live refresh re-makes the stream's moments: a pin still on screen (same pin id) is not a
    // hide and a new show, even when its end or a millisecond of its start moved.
    const stayed = (a: readonly Moment[]) => new Set(a.map(pinKey).filter((k) => k !== undefined));
    const wasOn = stayed(exited);
    const isOn = stayed(entered);
    for (const m of exited) if (!isOn.has(pinKey(m) as string)) this.announce(m, false);
    for (const m of entered) if (!wasOn.has(pinKey(m) as string)) this.announce(m, true);
    this.host.requestUpdate();
  }

  private announce(moment: Moment, shown: boolean): void {
    const product = this.products.get(moment.productId) ?? this.retired.get(moment.productId);
    if (!product) return;
    const detail = { product, moment, currentTime: this.lastTime, showId: this.show.id || undefined };
    this.host.dispatchEvent(shown ? new ShoppableProductShowEvent(detail) : new ShoppableProductHideEvent(detail));
  }

  private fail(code: ErrorCode, message: string, cause: unknown, fatal = false): void {
    this.host.dispatchEvent(new ShoppableErrorEvent({ code, message, fatal, cause }));
  }
}

/**
 * What makes two moments the same stream pin (the id of an `EXT-X-DATERANGE` and its product), or
 * undefined for a show's own moment. Compared through sets: a refresh may swap thousands at once.
 */
function pinKey(m: Moment): string | undefined {
  const pin = m as { source?: string; id?: string };
  return pin.source === 'stream' && pin.id !== undefined ? `${pin.id}\u0000${m.productId}` : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
