/**
 * The docked mini-player's chrome, a lazy chunk of `mini-player.ts`: a drag handle (also moved
 * with the arrow keys: it is a button), a pop-out button (`pop-out.ts`), a close button, and the
 * styles that pin the player box to a corner of the viewport. Dragging lets go into the nearest corner.
 * @module
 */
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { clampBox, dockWidth, nearestCorner, type Corner } from '../../core/feed.js';
import { feedStringsFor } from '../../core/feed-strings.js';
import { isRtl } from '../../core/locales/index.js';
import { closeIcon } from '../shoppable-feed/feed-icons.js';
import { pipIcon } from './icons.js';
import { popOut, popOutKind } from './pop-out.js';

/** What the dock needs from its controller. */
export interface MiniDockOptions {
  locale(): string;
  close(): void;
  moved(corner: Corner): void;
}

const KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** See the module doc. */
export class MiniDock {
  /** Adopted into the player's shadow root when this chunk arrives. */
  static readonly styles = [
    css`
      :host([docked]) {
        min-height: var(--_sv-mini-hold, auto);
      }
      :host([docked]) .player {
        --_mini-inset: var(--shoppable-mini-player-inset, 16px);
        position: fixed;
        z-index: var(--shoppable-mini-player-z-index, 2147483000);
        width: var(--shoppable-mini-player-width, var(--_sv-mini-w, 320px));
        height: auto;
        aspect-ratio: var(--_aspect, var(--shoppable-aspect-ratio, 16 / 9));
        box-shadow: var(--_sv-shadow);
      }
      :host([docked^='top']) .player {
        top: var(--_mini-inset);
      }
      :host([docked^='bottom']) .player {
        bottom: var(--_mini-inset);
      }
      :host([docked$='start']) .player {
        inset-inline-start: var(--_mini-inset);
      }
      :host([docked$='end']) .player {
        inset-inline-end: var(--_mini-inset);
      }
      :host([popped-out]) .player {
        position: fixed;
        inset: 0;
        width: 100%;
        height: 100%;
        aspect-ratio: auto;
        border-radius: 0;
      }
      :host([popped-out]) .mini-bar {
        display: none;
      }
      /* Too small for a spot on the picture beside the cards: the cards carry the products. */
      :host([docked]) [part~='hotspot'] {
        display: none;
      }
      .mini-bar {
        position: absolute;
        z-index: 6;
        inset-block-start: 4px;
        inset-inline: 4px;
        display: flex;
        justify-content: space-between;
        pointer-events: none;
      }
      .mini-end {
        display: flex;
        gap: 4px;
      }
      .mini-button {
        pointer-events: auto;
        display: grid;
        place-items: center;
        width: max(32px, var(--_sv-control-size));
        height: max(32px, var(--_sv-control-size));
        margin: 0;
        padding: 0;
        border: 0;
        border-radius: 50%;
        background: rgb(0 0 0 / 0.55);
        color: #fff;
        cursor: pointer;
      }
      .mini-drag {
        cursor: grab;
        touch-action: none;
      }
      .mini-button:focus-visible {
        outline: 3px solid var(--shoppable-focus-ring-color, #fff);
      }
      .mini-button .icon {
        width: 20px;
        height: 20px;
        fill: currentColor;
      }
    `,
  ];

  /** Where the shopper last put the player (the next dock goes there too). */
  lastCorner: Corner = 'bottom-end';
  private drag: { id: number; x: number; y: number } | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly video: HTMLVideoElement },
    private readonly options: MiniDockOptions,
  ) {}

  /** Sizes the dock from the player's shape in its place, just before it docks. */
  measure(): void {
    const r = this.host.getBoundingClientRect();
    this.host.style.setProperty('--_sv-mini-w', `${dockWidth(r.width / r.height, innerWidth, innerHeight)}px`);
  }

  private box(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.player') ?? null;
  }

  private rtl(): boolean {
    return isRtl(this.options.locale());
  }

  private put(corner: Corner): void {
    this.lastCorner = corner;
    this.options.moved(corner);
  }

  private readonly onDown = (e: PointerEvent): void => {
    (e.currentTarget as Element).setPointerCapture(e.pointerId);
    this.drag = { id: e.pointerId, x: e.clientX, y: e.clientY };
  };

  private readonly onMove = (e: PointerEvent): void => {
    if (this.drag?.id !== e.pointerId) return;
    this.box()?.style.setProperty('translate', `${e.clientX - this.drag.x}px ${e.clientY - this.drag.y}px`);
  };

  private readonly onUp = (e: PointerEvent): void => {
    if (this.drag?.id !== e.pointerId) return;
    this.drag = undefined;
    const box = this.box();
    if (!box) return;
    const r = box.getBoundingClientRect();
    box.style.removeProperty('translate');
    const placed = clampBox({ x: r.left, y: r.top, width: r.width, height: r.height }, innerWidth, innerHeight);
    this.put(nearestCorner(placed, innerWidth, innerHeight, this.rtl()));
  };

  private readonly onKey = (e: KeyboardEvent): void => {
    const move = KEYS[e.key];
    if (!move) return;
    e.preventDefault();
    e.stopPropagation();
    const [dx, dy] = move;
    const [v, side] = this.lastCorner.split('-') as ['top' | 'bottom', 'start' | 'end'];
    // Left and right are on screen; start and end follow the direction.
    const right = dx > 0 !== this.rtl();
    const newSide = dx === 0 ? side : right ? 'end' : 'start';
    const newV = dy === 0 ? v : dy > 0 ? 'bottom' : 'top';
    this.put(`${newV}-${newSide}`);
  };

  private readonly onClose = (): void => this.options.close();

  private readonly onPopOut = (): void => {
    popOut(this.host).catch(() => {
      // Refused (no gesture, a policy): the player stays docked, which still plays.
    });
  };

  render(): unknown {
    const s = feedStringsFor(this.options.locale());
    return html`<div class="mini-bar">
      <button
        part="mini-drag"
        class="mini-button mini-drag"
        type="button"
        aria-label=${s.moveMini}
        @pointerdown=${this.onDown}
        @pointermove=${this.onMove}
        @pointerup=${this.onUp}
        @pointercancel=${this.onUp}
        @keydown=${this.onKey}
      >
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2 8.5 5.5h2.5V11H5.5V8.5L2 12l3.5 3.5V13H11v5.5H8.5L12 22l3.5-3.5H13V13h5.5v2.5L22 12l-3.5-3.5V11H13V5.5h2.5z"/></svg>
      </button>
      <span class="mini-end">
      ${popOutKind()
        ? html`<button part="mini-pop-out" class="mini-button" type="button" aria-label=${s.popOut} @click=${this.onPopOut}>${pipIcon}</button>`
        : nothing}
      <button part="mini-close" class="mini-button" type="button" aria-label=${s.closeMini} @click=${this.onClose}>
        ${closeIcon}
      </button>
      </span>
    </div>`;
  }
}
