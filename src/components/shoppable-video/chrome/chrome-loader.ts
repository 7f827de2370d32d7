/**
 * The chrome's place in `<shoppable-video>`, part of the entry: it decides when the chrome's chunk
 * (control bar, menus, captions, keyboard map) is fetched, builds its PlayerUiController once the
 * chunk is in, and renders the bar into the player's template. Before the chunk arrives the player
 * shows its video, poster and big Play button.
 * @module
 */
import { nothing, type CSSResultOrNative, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { once } from '../../lazy-element.js';
import type { PlayerMedia } from '../media/player-media.js';
import type { PlayerView } from '../player-view.js';
import type { CaptionMemory } from './captions.js';
import type { PlayerUiController } from './player-ui.js';
import type { TimelineMarker } from './seek-bar.js';

/** The control bar, menus, captions and keyboard map: a lazy chunk. */
const loadChrome = once(() => import('./chrome.js'));
type Chrome = Awaited<ReturnType<typeof loadChrome>>;

/** See the module doc. */
export class ChromeLoader implements ReactiveController {
  /** The chrome's controller, once its chunk has arrived. */
  ui?: PlayerUiController;
  private chrome?: Chrome;
  private captionMemory?: CaptionMemory;
  private pending?: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly media: PlayerMedia,
    /** Adds the chrome's styles to the player's shadow root. */
    private readonly adopt: (styles: CSSResultOrNative[]) => void,
  ) {
    host.addController(this);
  }

  /**
   * Fetches the chunk once it is wanted (once); returns the load while it is on its way, else
   * undefined. The chrome is wanted once the player is near the viewport, or has played. A muted
   * autoplaying player keeps its controls hidden until the shopper is active on it, so its chrome
   * waits for the first frame: fetched and run while that frame is being prepared, it would only
   * delay it. Paused after starting, or refused autoplay, it needs its controls at once.
   */
  update(when: { near: boolean; silentAutoplay: boolean; framed: boolean }): Promise<void> | undefined {
    if (this.chrome || this.pending) return undefined;
    const { video, state } = this.media;
    const wanted = this.media.autoplayFailed
      ? true
      : when.silentAutoplay
        ? when.framed || (state.started && video.paused)
        : state.started || !video.paused || when.near;
    return wanted ? (this.pending = this.attach()) : undefined;
  }

  /** True while the controls are hidden (never before the chrome, which has none to show). */
  get controlsHidden(): boolean {
    return !!this.ui?.controlsHidden;
  }

  /** The video has caption tracks (hls.js subtitle renditions or `<track>`s). */
  get hasCaptions(): boolean {
    return !!this.chrome && this.chrome.listCaptions(this.media.engine.hls, this.media.video).length > 0;
  }

  /** Keeps the shopper's captions choice on the tracks that are there now. */
  hostUpdated(): void {
    this.captionMemory?.sync(this.media.engine.hls, this.media.video);
  }

  /** The control bar, with the page's and the show's markers and the shop's buttons at its end. */
  controls(view: PlayerView, time: number, markers: readonly TimelineMarker[], end: unknown): unknown {
    const { ui, chrome } = this;
    if (!ui || !chrome) return nothing;
    return chrome.renderControls(ui.context(view.strings, view.locale, time, markers, end));
  }

  private async attach(): Promise<void> {
    const chrome = await loadChrome().finally(() => (this.pending = undefined));
    if (this.ui) return;
    this.chrome = chrome;
    this.adopt([chrome.chromeStyles]);
    this.captionMemory = new chrome.CaptionMemory();
    this.ui = new chrome.PlayerUiController(this.host, this.media);
    // Already playing (an autoplaying player loads its chrome once playback starts): as on
    // `playing`, the controls stay hidden until the shopper is active on the player.
    if (!this.media.video.paused) this.ui.autohide.playing();
  }
}
