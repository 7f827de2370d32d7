/**
 * Hides the controls after a spell without pointer or keyboard activity (while the element says
 * they may hide: playing, no menu open, no keyboard focus inside them). Playback that starts on its
 * own (autoplay, or the page calling `play()`) before any activity keeps them hidden from the start,
 * as a muted autoplaying embed should: they show on the first pointer move, tap or focus.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Shows the controls on activity and hides them after `delay` ms of none. */
export class AutoHideController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private _hidden = false;
  /** The shopper has moved the pointer over, tapped or focused the player. */
  private active = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly canHide: () => boolean,
    private readonly delay = 2500,
  ) {
    host.addController(this);
  }

  /** True while the controls are hidden. */
  get hidden(): boolean {
    return this._hidden;
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this._hidden = false;
  }

  /** Activity: show the controls and start the countdown again. */
  readonly poke = (): void => {
    this.active = true;
    this.show();
    clearTimeout(this.timer);
    this.timer = setTimeout(this.expire, this.delay);
  };

  /**
   * Playback started: after the shopper's own activity the controls show for a spell; playback
   * that started on its own hides them at once.
   */
  playing(): void {
    if (this.active) this.poke();
    else this.expire();
  }

  /** Shows the controls now (no countdown: e.g. on pause). */
  show(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (!this._hidden) return;
    this._hidden = false;
    this.host.requestUpdate();
  }

  private readonly expire = (): void => {
    this.timer = undefined;
    if (!this.canHide()) return;
    this._hidden = true;
    this.host.requestUpdate();
  };
}
