import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../directives/style-props.js';
import { canonicalText } from '../core/show-values.js';
import type { DraftMoment } from '../core/studio/draft.js';
import { studioFormat, type StudioStrings } from '../core/studio/strings.js';
import type { Product } from '../types.js';
import { momentEdit } from './studio-events.js';

const clamp = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 1000) / 1000;

/**
 * The hotspots of the moments on screen, over the video's frame (the studio sizes this element to
 * the picture, letterbox excluded): drag one onto the frame, or focus it and move it with the arrow
 * keys (Shift: further); Delete takes the hotspot off. A moment without one waits along the top,
 * on the side away from the player's cards.
 * Fires `studio-moment-edit`.
 *
 * @summary Draggable hotspots over the studio's preview.
 * @csspart hotspot - A moment's hotspot handle.
 */
export class StudioHotspots extends LitElement {
  static override styles = css`
    :host { position: absolute; pointer-events: none; }
    .spot { position: absolute; pointer-events: auto; width: 28px; height: 28px; margin: -14px 0 0 -14px; border-radius: 50%;
      background: rgb(255 255 255 / 0.85); border: 3px solid var(--_st-accent, #4a2fd0); color: #1b1b1f; font: 700 12px/22px system-ui, sans-serif;
      text-align: center; cursor: grab; touch-action: none; box-sizing: border-box; }
    .spot.unplaced { border-style: dashed; }
    .spot:focus-visible { outline: 3px solid var(--_st-focus, #1a73e8); outline-offset: 2px; }
  `;

  /** The moments on screen now. */
  @property({ attribute: false }) moments: readonly DraftMoment[] = [];
  /** The show's products, for the hotspots' labels. */
  @property({ attribute: false }) products: readonly Product[] = [];
  /** The studio's UI strings. */
  @property({ attribute: false }) strings!: StudioStrings;
  /** The side where unplaced hotspots wait: away from the player's cards (its start side). */
  @property() waiting: 'left' | 'right' = 'right';

  private drag?: { key: string; group: string };
  private drags = 0;

  private onDown(e: PointerEvent, m: DraftMoment): void {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.drag = { key: m.key, group: `spot-${++this.drags}` };
    e.preventDefault();
  }

  private readonly onMove = (e: PointerEvent) => {
    if (!this.drag) return;
    const r = this.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return;
    const position = { x: clamp((e.clientX - r.left) / r.width), y: clamp((e.clientY - r.top) / r.height) };
    this.dispatchEvent(momentEdit(this.drag.key, { position }, this.drag.group));
  };

  private readonly onUp = () => {
    this.drag = undefined;
  };

  private onKey(e: KeyboardEvent, m: DraftMoment): void {
    const step = e.shiftKey ? 0.1 : 0.01;
    const p = m.position ?? { x: 0.5, y: 0.5 };
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    const move = moves[e.key];
    if (e.key === 'Delete' || e.key === 'Backspace') this.dispatchEvent(momentEdit(m.key, 'unplace'));
    else if (move) this.dispatchEvent(momentEdit(m.key, { position: { x: clamp(p.x + move[0]), y: clamp(p.y + move[1]) } }, `spot-key-${m.key}`));
    else return;
    e.preventDefault();
    e.stopPropagation();
  }

  override render() {
    let waiting = 0;
    return this.moments.map((m) => {
      const index = this.products.findIndex((p) => p.id === m.productId);
      const product = this.products[index];
      if (!product) return null;
      // Unplaced hotspots line up along the top, inside the frame, until dragged.
      const step = 0.06 + 0.09 * waiting++;
      const at = m.position ?? { x: this.waiting === 'left' ? step : 1 - step, y: 0.1 };
      const key = index < 9 ? String(index + 1) : index === 9 ? '0' : '';
      return html`<span class="spot ${m.position ? '' : 'unplaced'}" part="hotspot" tabindex="0" role="button" data-key=${m.key}
        aria-label=${`${key} ${studioFormat(this.strings.hotspot, { name: canonicalText(product.title) })}`.trim()}
        ${styleProps({ left: `${at.x * 100}%`, top: `${at.y * 100}%` })}
        @pointerdown=${(e: PointerEvent) => this.onDown(e, m)} @pointermove=${this.onMove} @pointerup=${this.onUp} @pointercancel=${this.onUp}
        @keydown=${(e: KeyboardEvent) => this.onKey(e, m)}>${key}</span>`;
    });
  }
}

if (!customElements.get('shoppable-studio-hotspots')) customElements.define('shoppable-studio-hotspots', StudioHotspots);

declare global {
  interface HTMLElementTagNameMap {
    'shoppable-studio-hotspots': StudioHotspots;
  }
}
