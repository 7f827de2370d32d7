/**
 * Visibility for lazy loading: tells whether the host is in or near the viewport, so an embed far
 * off-screen fetches nothing. Shaped after Lit's `IntersectionController` (@lit-labs/observers).
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Whether `el` is within `margin` px of the viewport now, by its box (a layout read). */
export function nearViewport(el: Element, margin = 200): boolean {
  // No boxes: display none (or not rendered), which an IntersectionObserver never reports as near.
  if (el.getClientRects().length === 0) return false;
  const r = el.getBoundingClientRect();
  return r.bottom >= -margin && r.top <= innerHeight + margin && r.right >= -margin && r.left <= innerWidth + margin;
}

/** Options of {@link VisibilityController}. */
export interface VisibilityOptions {
  /** How far outside the viewport counts as near, in CSS pixels (default 200). */
  readonly margin?: number;
  /** Called when `near` changes. */
  readonly onChange?: (near: boolean) => void;
}

/** Observes the host element against the viewport; see the module doc. */
export class VisibilityController implements ReactiveController {
  private observer: IntersectionObserver | undefined;
  private _near = false;
  private answered!: () => void;
  private _observed = this.reset();

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: VisibilityOptions = {},
  ) {
    host.addController(this);
  }

  /** Settles once the observer has answered for the current connection (near or not). */
  get observed(): Promise<void> {
    return this._observed;
  }

  /**
   * Whether the host is near the viewport now, measured synchronously (a layout read): for a
   * decision that cannot wait for the observer's first answer. Same margin as `near`.
   */
  nearNow(): boolean {
    return this._near || nearViewport(this.host, this.margin);
  }

  private get margin(): number {
    return this.options.margin ?? 200;
  }

  /** True while the host is within `margin` (default 200 px) of the viewport. */
  get near(): boolean {
    return this._near;
  }

  hostConnected(): void {
    if (typeof IntersectionObserver === 'undefined') {
      // No observer (very old browsers): treat the element as visible rather than never loading.
      this.set(true);
      this.answered();
      return;
    }
    this.observer = new IntersectionObserver(
      (entries) => {
        const last = entries[entries.length - 1];
        if (last) this.set(last.isIntersecting);
        this.answered();
      },
      { rootMargin: `${this.margin}px` },
    );
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this._near = false;
    this.answered();
    this._observed = this.reset();
  }

  private reset(): Promise<void> {
    return new Promise((resolve) => (this.answered = resolve));
  }

  private set(near: boolean): void {
    if (near === this._near) return;
    this._near = near;
    this.options.onChange?.(near);
    this.host.requestUpdate();
  }
}
