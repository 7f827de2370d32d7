/**
 * The mini-player's dock, a lazy chunk of `mini-player.ts` fetched for players with the
 * `mini-player` attribute: it decides when to dock (a playing player whose whole box is out of
 * view), pins the player box to a corner of the viewport while its place keeps its height, and
 * renders a drag handle (also moved with the arrow keys: it is a button), a pop-out button
 * (`pop-out.ts`) and a close button. Dragging lets go into the nearest corner.
 * @module
 */
import { css, html, nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { VisibilityController } from '../../../controllers/visibility.js';
import { clampBox, dockWidth, nearestCorner, type Corner } from '../../../core/feed.js';
import { feedStringsFor } from '../../../core/feed-strings.js';
import { isRtl } from '../../../core/locales/index.js';
import { closeIcon } from '../../shoppable-feed/feed-icons.js';
import { pipIcon } from '../icons.js';
import { popOut, popOutKind } from './pop-out.js';

// Declared here (and re-exported by mini-player.ts) so the entry and this chunk do not import each other.
/** What the mini-player asks of the player. */
export interface MiniPlayerOptions {
  /** The `mini-player` attribute. */
  enabled(): boolean;
  /** The video is playing. */
  playing(): boolean;
  /** The UI locale (for the dock's button names). */
  locale(): string;
  /** Pauses the player (the dock's close button). */
  pause(): void;
  /** Adds the dock's styles to the player's shadow root. */
  adopt(styles: CSSResultOrNative[]): void;
}

/** The player a mini-player docks. */
export type MiniPlayerHost = ReactiveControllerHost & HTMLElement & { readonly video: HTMLVideoElement };

const KEYS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** See the module doc. */
export class MiniDock implements ReactiveController {
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

  /** Where the player is docked, or `undefined` while in its place. */
  corner: Corner | undefined;
  /** Where the shopper last put the player (the next dock goes there too). */
  lastCorner: Corner = 'bottom-end';
  private drag: { id: number; x: number; y: number } | undefined;
  private answered = false;
  private dismissed = false;
  // Its own observer with no margin: "out of view" is the player's whole box off-screen, not the
  // lazy loader's "near" (200 px).
  private readonly seen: VisibilityController;

  constructor(
    private readonly host: MiniPlayerHost,
    private readonly options: MiniPlayerOptions,
  ) {
    this.seen = new VisibilityController(host, {
      margin: 0,
      onChange: (near) => {
        if (near) this.dismissed = false;
      },
    });
    host.addController(this);
    void this.seen.observed.then(() => {
      this.answered = true;
      host.requestUpdate();
    });
  }

  hostUpdate(): void {
    const { options } = this;
    const want = this.answered && options.enabled() && !this.seen.near && !this.dismissed && (!!this.corner || options.playing());
    if (want && !this.corner) this.place(this.lastCorner);
    else if (!want && this.corner) this.place(undefined);
  }

  hostDisconnected(): void {
    if (this.corner) this.place(undefined);
  }

  /** Docks to `corner`, or returns the player to its place; the host keeps its height meanwhile. */
  private place(corner: Corner | undefined): void {
    const host = this.host;
    if (corner && !this.corner) {
      const r = host.getBoundingClientRect();
      host.style.setProperty('--_sv-mini-hold', `${r.height}px`);
      host.style.setProperty('--_sv-mini-w', `${dockWidth(r.width / r.height, innerWidth, innerHeight)}px`);
    }
    if (!corner) host.style.removeProperty('--_sv-mini-hold');
    this.corner = corner;
    if (corner) host.setAttribute('docked', corner);
    else host.removeAttribute('docked');
    host.requestUpdate();
  }

  private box(): HTMLElement | null {
    return this.host.shadowRoot?.querySelector<HTMLElement>('.player') ?? null;
  }

  private rtl(): boolean {
    return isRtl(this.options.locale());
  }

  private put(corner: Corner): void {
    this.lastCorner = corner;
    this.place(corner);
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

  private readonly onClose = (): void => {
    this.dismissed = true;
    this.options.pause();
    this.place(undefined);
  };

  private readonly onPopOut = (): void => {
    popOut(this.host).catch(() => {
      // Refused (no gesture, a policy): the player stays docked, which still plays.
    });
  };

  render(): unknown {
    if (!this.corner) return nothing;
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
