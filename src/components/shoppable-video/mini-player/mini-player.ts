/**
 * The mini-player: with the `mini-player` attribute, a playing `<shoppable-video>` scrolled out of
 * view docks to a corner of the viewport (its products, sheet and cart come along: the whole
 * player box moves) and returns when its place scrolls back. This part, in the player's entry, only
 * fetches the dock (`mini-dock.ts`: the decisions, the buttons, the styles) for a player that opted
 * in, so pages without the attribute pay a few hundred bytes.
 * @module
 */
import { nothing, type ReactiveController } from 'lit';
import { once } from '../../lazy-element.js';
import type { MiniPlayerHost, MiniPlayerOptions } from './mini-dock.js';

const loadDock = once(() => import('./mini-dock.js'));

export type { MiniPlayerHost, MiniPlayerOptions } from './mini-dock.js';

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
