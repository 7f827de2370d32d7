import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleProps } from '../directives/style-props.js';
import { canonicalText } from '../core/show-values.js';
import type { DraftMoment } from '../core/studio/draft.js';
import { markKey, type OpenMarks } from '../core/studio/marking.js';
import { fractionToTime, panView, snapTime, timeToFraction, zoomView, type TimelineView } from '../core/studio/snap.js';
import { studioFormat, type StudioStrings } from '../core/studio/strings.js';
import type { Product } from '../types.js';
import { momentEdit, studioSeek, type MomentPatch } from './studio-events.js';

type Edge = 'start' | 'end' | 'move';

/** Snapping reaches this many pixels. */
const SNAP_PX = 8;

/**
 * The studio's zoomable timeline: a row per product, its moments as bars whose edges drag (mouse,
 * finger or pen), each edge a slider for the keyboard (arrows ±0.1 s, Shift ±1 s), Delete removes a
 * moment; a click on the ruler seeks; Ctrl + wheel zooms, Shift + wheel pans. Times snap to `boundaries` (segment starts) when `snap` is on.
 * Fires `studio-moment-edit` and `studio-seek`; it changes nothing itself.
 *
 * @summary The studio's timeline of moments.
 * @csspart ruler - The time ruler (click to seek).
 * @csspart moment - A moment's bar.
 * @csspart handle - A moment's start or end handle.
 */
export class StudioTimeline extends LitElement {
  static override styles = css`
    :host { display: block; direction: ltr; font: inherit; }
    .tools { display: flex; gap: 0.5rem; align-items: center; margin-block-end: 0.25rem; }
    .ruler { position: relative; height: 1.5rem; background: var(--_st-soft, #eee); cursor: pointer; border-radius: 4px; touch-action: none; }
    .tick { position: absolute; top: 0; bottom: 0; border-inline-start: 1px solid var(--_st-line, #bbb); font-size: 0.7rem; padding-inline-start: 2px; color: var(--_st-muted, #555); pointer-events: none; }
    .row.head { border: none; }
    .row { display: grid; grid-template-columns: 9rem 1fr; align-items: center; min-height: 2rem; border-block-end: 1px solid var(--_st-line, #ddd); }
    .label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-size: 0.85rem; padding-inline-end: 0.5rem; }
    .track { position: relative; height: 1.75rem; overflow: hidden; }
    .bar { position: absolute; top: 0.2rem; bottom: 0.2rem; background: var(--_st-accent, #4a2fd0); border-radius: 4px; cursor: grab; touch-action: none; min-width: 4px; }
    .bar.open { opacity: 0.45; pointer-events: none; background: var(--_st-error, #b3261e); }
    .bar.bad { background: var(--_st-error, #b3261e); }
    .bar:focus-visible, .handle:focus-visible { outline: 3px solid var(--_st-focus, #1a73e8); outline-offset: 1px; }
    .handle { position: absolute; top: 0; bottom: 0; width: 12px; cursor: ew-resize; background: rgb(255 255 255 / 0.35); touch-action: none; }
    .handle.start { left: 0; } .handle.end { right: 0; }
    .playhead { position: absolute; top: 0; bottom: 0; width: 2px; background: var(--_st-error, #b3261e); pointer-events: none; }
    .lanes { position: relative; }
    .lanes .playhead { left: calc(9rem + var(--_x) * (100% - 9rem)); }
    button { font: inherit; min-height: 2rem; min-width: 2rem; }
  `;

  /** The moments drawn as bars. */
  @property({ attribute: false }) moments: readonly DraftMoment[] = [];
  /** The show's products: one row each. */
  @property({ attribute: false }) products: readonly Product[] = [];
  /** The studio's UI strings. */
  @property({ attribute: false }) strings!: StudioStrings;
  /** Segment starts (seconds) that times snap to. */
  @property({ attribute: false }) boundaries: readonly number[] = [];
  /** Keys of moments with a problem, drawn as such. */
  @property({ attribute: false }) badMoments: ReadonlySet<string> = new Set();
  /** The media's length in seconds. */
  @property({ type: Number }) duration = 0;
  /** The playhead, in seconds. */
  @property({ type: Number }) time = 0;
  /** Snap dragged times to `boundaries`. */
  @property({ type: Boolean }) snap = true;
  /** Moments being marked (product id → start): drawn growing up to the playhead. */
  @property({ attribute: false }) open: OpenMarks = {};
  @state() private view: TimelineView = { start: 0, end: 0 };

  private drag?: { key: string; edge: Edge; x: number; start: number; end: number; width: number; group: string };
  private drags = 0;

  override willUpdate(): void {
    // A new duration (a new video) shows it all; zoom keeps its view otherwise.
    if (this.duration > 0 && (this.view.end === 0 || this.view.end > this.duration)) this.view = { start: 0, end: this.duration };
  }

  /** Zooms by `factor` around the playhead (below 1 zooms in). */
  zoom(factor: number): void {
    if (this.duration > 0) this.view = zoomView(this.view, factor, Math.min(Math.max(this.time, this.view.start), this.view.end), this.duration);
  }

  private snapped(t: number, width: number): number {
    if (!this.snap || !this.boundaries.length) return t;
    return snapTime(t, this.boundaries, (SNAP_PX / width) * (this.view.end - this.view.start));
  }

  // Ctrl (⌘) + wheel zooms around the time under the pointer, as in video editors; Shift + wheel pans.
  private readonly onWheel = (e: WheelEvent) => {
    const ruler = this.renderRoot.querySelector('.ruler');
    if (!ruler || this.duration <= 0 || !(e.ctrlKey || e.metaKey || e.shiftKey)) return;
    e.preventDefault();
    const rect = ruler.getBoundingClientRect();
    const span = this.view.end - this.view.start;
    const delta = e.deltaY || e.deltaX;
    if (e.shiftKey) this.view = panView(this.view, Math.sign(delta) * span * 0.1, this.duration);
    else this.view = zoomView(this.view, delta > 0 ? 1.25 : 0.8, fractionToTime((e.clientX - rect.left) / rect.width, this.view), this.duration);
  };

  private readonly onRulerDown = (e: PointerEvent) => {
    const rect = (e.currentTarget as HTMLElement).getBoundingClientRect();
    this.dispatchEvent(studioSeek(fractionToTime((e.clientX - rect.left) / rect.width, this.view)));
  };

  private onDown(e: PointerEvent, m: DraftMoment, edge: Edge): void {
    e.stopPropagation();
    const track = (e.currentTarget as HTMLElement).closest('.track')!;
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drag = { key: m.key, edge, x: e.clientX, start: m.start, end: m.end, width: track.getBoundingClientRect().width, group: `drag-${++this.drags}` };
  }

  private readonly onMove = (e: PointerEvent) => {
    const d = this.drag;
    if (!d || d.width <= 0) return;
    const delta = ((e.clientX - d.x) / d.width) * (this.view.end - this.view.start);
    let patch: MomentPatch;
    if (d.edge === 'start') patch = { start: this.snapped(d.start + delta, d.width) };
    else if (d.edge === 'end') patch = { end: this.snapped(d.end + delta, d.width) };
    else {
      const start = this.snapped(d.start + delta, d.width);
      patch = { start, end: start + (d.end - d.start) };
    }
    this.dispatchEvent(momentEdit(d.key, patch, d.group));
  };

  private readonly onUp = () => {
    this.drag = undefined;
  };

  private onKey(e: KeyboardEvent, m: DraftMoment, edge: Edge): void {
    const step = (e.shiftKey ? 1 : 0.1) * (e.key === 'ArrowLeft' ? -1 : 1);
    if (e.key === 'Delete' || e.key === 'Backspace') this.dispatchEvent(momentEdit(m.key, 'remove'));
    else if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    else if (edge === 'start') this.dispatchEvent(momentEdit(m.key, { start: m.start + step }, `key-${m.key}-start`));
    else if (edge === 'end') this.dispatchEvent(momentEdit(m.key, { end: m.end + step }, `key-${m.key}-end`));
    else this.dispatchEvent(momentEdit(m.key, { start: m.start + step, end: m.end + step }, `key-${m.key}-move`));
    e.preventDefault();
    e.stopPropagation();
  }

  private renderMoment(m: DraftMoment, name: string) {
    const left = timeToFraction(m.start, this.view);
    const right = timeToFraction(m.end, this.view);
    if (right < 0 || left > 1) return nothing;
    const s = this.strings;
    const label = studioFormat(s.moment, { name, start: m.start.toFixed(1), end: m.end.toFixed(1) });
    const handle = (edge: 'start' | 'end', value: number) =>
      html`<span class="handle ${edge}" part="handle" role="slider" tabindex="0" aria-orientation="horizontal"
        aria-label=${studioFormat(edge === 'start' ? s.momentStart : s.momentEnd, { name })}
        aria-valuemin="0" aria-valuemax=${this.duration} aria-valuenow=${value} aria-valuetext=${`${value.toFixed(1)} s`}
        @pointerdown=${(e: PointerEvent) => this.onDown(e, m, edge)} @pointermove=${this.onMove} @pointerup=${this.onUp} @pointercancel=${this.onUp}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, m, edge)}></span>`;
    return html`<div class="bar ${this.badMoments.has(m.key) ? 'bad' : ''}" part="moment" tabindex="0" role="group" aria-label=${label} data-key=${m.key}
      ${styleProps({ left: `${left * 100}%`, width: `${(right - left) * 100}%` })}
      @pointerdown=${(e: PointerEvent) => this.onDown(e, m, 'move')} @pointermove=${this.onMove} @pointerup=${this.onUp} @pointercancel=${this.onUp}
      @keydown=${(e: KeyboardEvent) => this.onKey(e, m, 'move')}>${handle('start', m.start)}${handle('end', m.end)}</div>`;
  }

  private renderOpen(productId: string) {
    const start = Object.hasOwn(this.open, productId) ? this.open[productId] : undefined;
    if (start === undefined) return nothing;
    const left = Math.max(0, timeToFraction(Math.min(start, this.time), this.view));
    const right = Math.min(1, timeToFraction(Math.max(start, this.time), this.view));
    return html`<div class="bar open" aria-hidden="true" ${styleProps({ left: `${left * 100}%`, width: `${Math.max(0, right - left) * 100}%` })}></div>`;
  }

  private renderTicks() {
    const span = this.view.end - this.view.start;
    if (span <= 0) return nothing;
    const step = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600].find((s) => span / s <= 6) ?? 1200;
    const ticks: number[] = [];
    for (let t = Math.ceil(this.view.start / step) * step; t < this.view.end; t += step) ticks.push(t);
    return ticks.map((t) => html`<span class="tick" ${styleProps({ left: `${timeToFraction(t, this.view) * 100}%` })}>${t}s</span>`);
  }

  override render() {
    const s = this.strings;
    const at = timeToFraction(this.time, this.view);
    return html`
      <div class="tools">
        <button type="button" aria-label=${s.zoomOut} @click=${() => this.zoom(2)}>−</button>
        <button type="button" aria-label=${s.zoomIn} @click=${() => this.zoom(0.5)}>+</button>
        <label><input type="checkbox" .checked=${this.snap} @change=${(e: Event) => (this.snap = (e.target as HTMLInputElement).checked)} /> ${s.snap}</label>
      </div>
      <div class="row head" @wheel=${this.onWheel}>
        <span class="label"></span>
        <div class="ruler" part="ruler" @pointerdown=${this.onRulerDown}>
          ${this.renderTicks()}${at >= 0 && at <= 1 ? html`<span class="playhead" ${styleProps({ left: `${at * 100}%` })}></span>` : nothing}
        </div>
      </div>
      <div class="lanes" role="list" aria-label=${s.timeline} @wheel=${this.onWheel}>
        ${at >= 0 && at <= 1 ? html`<span class="playhead" ${styleProps({ '--_x': at })}></span>` : nothing}
        ${this.products.map((p, i) => {
          const name = canonicalText(p.title);
          const key = markKey(i);
          return html`<div class="row" role="listitem">
            <span class="label">${key ? `${key} · ` : ''}${name}</span>
            <div class="track">${this.moments.filter((m) => m.productId === p.id).map((m) => this.renderMoment(m, name))}${this.renderOpen(p.id)}</div>
          </div>`;
        })}
      </div>
    `;
  }
}

if (!customElements.get('shoppable-studio-timeline')) customElements.define('shoppable-studio-timeline', StudioTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-studio-timeline': StudioTimeline;
  }
}
