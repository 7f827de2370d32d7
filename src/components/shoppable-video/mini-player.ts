/**
 * The mini-player: with the `mini-player` attribute, a playing `<shoppable-video>` scrolled out of
 * view docks to a corner of the viewport (its products, sheet and cart come along: the whole
 * player box moves) and returns when its place scrolls back. This part, in the player's entry, only
 * fetches the dock (`mini-dock.ts`: the decisions, the buttons, the styles) for a player that opted
 * in, so pages without the attribute pay a few hundred bytes.
 * @module
 */
import { nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { once } from '../lazy-element.js';

const loadDock = once(() => import('./mini-dock.js'));

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

/** See the module doc. */
export class MiniPlayerController implements ReactiveController {
  private dock: { render(): unknown } | undefined;
  private loading = false;

  constructor(
    private readonly host: MiniPlayerHost,
    private readonly options: MiniPlayerOptions,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.dock || this.loading || !this.options.enabled()) return;
    this.loading = true;
    void loadDock().then(
      ({ MiniDock }) => {
        this.options.adopt(MiniDock.styles);
        this.dock = new MiniDock(this.host, this.options);
        this.host.requestUpdate();
      },
      () => (this.loading = false),
    );
  }

  /** The dock's buttons, rendered inside the player box while docked. */
  render(): unknown {
    return this.dock?.render() ?? nothing;
  }
}
