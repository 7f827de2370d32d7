/**
 * The mini-player: with the `mini-player` attribute, a playing `<shoppable-video>` scrolled out of
 * view docks to a corner of the viewport (its products, sheet and cart come along: the whole
 * player box moves) and returns when its place scrolls back. This controller only decides; the
 * docked chrome (close, drag, pop-out) and its styles are a lazy chunk (`mini-dock.ts`), fetched
 * the first time a player docks, so a page that never scrolls a player away pays a few hundred bytes.
 * @module
 */
import { nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { VisibilityController } from '../../controllers/visibility.js';
import { once } from '../lazy-element.js';
import type { MiniDock } from './mini-dock.js';

const loadDock = once(() => import('./mini-dock.js'));

/** What the controller asks of the player. */
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

/** See the module doc. */
export class MiniPlayerController implements ReactiveController {
  /** Where the player is docked, or `undefined` while in its place. */
  corner: string | undefined;
  private seen: VisibilityController | undefined;
  private answered = false;
  private dismissed = false;
  private dock: MiniDock | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { readonly video: HTMLVideoElement },
    private readonly options: MiniPlayerOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    const { options } = this;
    if (options.enabled() && !this.seen) {
      // Its own observer with no margin: "out of view" is the player's whole box off-screen, not the
      // lazy loader's "near" (200 px). Made only for players that opted in.
      const seen = (this.seen = new VisibilityController(this.host, {
        margin: 0,
        onChange: (near) => {
          if (near) this.dismissed = false;
        },
      }));
      void seen.observed.then(() => {
        this.answered = true;
        this.host.requestUpdate();
      });
    }
    const want = !!this.seen && this.answered && options.enabled() && !this.seen.near && !this.dismissed && (!!this.corner || options.playing());
    if (want && !this.dock) {
      void loadDock().then(({ MiniDock }) => {
        this.options.adopt(MiniDock.styles);
        this.dock ??= new MiniDock(this.host, { locale: options.locale, close: () => this.close(), moved: (c) => this.place(c) });
        this.host.requestUpdate();
      });
      return;
    }
    if (want && !this.corner) this.place(this.dock?.lastCorner ?? 'bottom-end');
    else if (!want && this.corner) this.place(undefined);
  }

  hostDisconnected(): void {
    if (this.corner) this.place(undefined);
  }

  /** Docks to `corner`, or returns the player to its place; the host keeps its height meanwhile. */
  private place(corner: string | undefined): void {
    const host = this.host;
    if (corner && !this.corner) {
      host.style.setProperty('--_sv-mini-hold', `${host.getBoundingClientRect().height}px`);
      this.dock?.measure();
    }
    if (!corner) host.style.removeProperty('--_sv-mini-hold');
    this.corner = corner;
    if (corner) host.setAttribute('docked', corner);
    else host.removeAttribute('docked');
    host.requestUpdate();
  }

  private close(): void {
    this.dismissed = true;
    this.options.pause();
    this.place(undefined);
  }

  /** The dock's buttons, rendered inside the player box while docked. */
  render(): unknown {
    return this.corner && this.dock ? this.dock.render() : nothing;
  }
}
