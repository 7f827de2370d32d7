/**
 * The media half of `<shoppable-video>`, as a controller the element owns: the inner video, the
 * engine (hls.js or native), the media events, the clock, and the `<video>`-like actions (play,
 * pause, load, seek). No UI: the element renders the video and its controls; what follows the
 * time subscribes to `clock`.
 * @module
 */
import { html, nothing, render, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { HlsConfig } from 'hls.js';
import { MediaEngineController, type HlsConstructor, type MediaFailure } from '../../../engine/media-engine.js';
import { PlaybackClockController } from '../../../controllers/playback-clock.js';
import { safeMediaUrl, safeUrl } from '../../../core/url.js';
import { DEFAULT_STALL_TIMEOUT, ShoppableErrorEvent } from '../../../events.js';
import { mediaError } from './media-parity.js';
import { MediaStateController } from './media-state.js';
import type { StallWatchdog } from './watchdog.js';
import type { CaptionSource } from '../chrome/captions.js';

/** The element's media inputs, read once per update (the show's video fills in `src`). */
export interface MediaInputs {
  readonly src: string;
  readonly fallbackSrc: string;
  readonly autoplay: boolean;
  readonly preload: 'none' | 'metadata' | 'auto';
  readonly start: number;
  readonly hlsConfig: Partial<HlsConfig> | undefined;
  readonly hlsConstructor: HlsConstructor | undefined;
  /** Ms without progress, asked to play, before `media-stalled` (see media/watchdog). */
  readonly stallTimeout?: number;
}

/** The media's inputs from the element's own, with the show's video as the default source. */
export function mediaInputs(
  el: Pick<MediaInputs, 'src' | 'fallbackSrc' | 'autoplay' | 'preload' | 'start'> & Partial<Pick<MediaInputs, 'hlsConfig' | 'hlsConstructor' | 'stallTimeout'>>,
  showVideo: { readonly src?: string; readonly fallbackSrc?: string } | undefined,
): MediaInputs {
  const { autoplay, preload, start, hlsConfig, hlsConstructor, stallTimeout } = el;
  return { src: el.src || showVideo?.src || '', fallbackSrc: el.fallbackSrc || showVideo?.fallbackSrc || '', autoplay, preload, start, hlsConfig, hlsConstructor, stallTimeout };
}

/** What the media needs from the element besides its inputs. */
export interface PlayerMediaOptions {
  /** The player is near the viewport (observed) or, for an autoplaying one, in it now (measured). */
  readonly near: (autoplay: boolean) => boolean;
  /** After each media event of the inner video (already re-dispatched from the host). */
  readonly onEvent: (type: string) => void;
}

/** See the module doc. */
export class PlayerMedia implements ReactiveController {
  readonly video = createVideo();
  readonly engine: MediaEngineController;
  readonly state: MediaStateController;
  readonly clock: PlaybackClockController;
  /** The browser refused autoplay (the player waits, paused, for the viewer). */
  autoplayFailed = false;
  private inputs?: MediaInputs;
  private loaded = false;
  /** The engine's load of the current source (named so no `<video>` member is shadowed). */
  private starting: Promise<void> = Promise.resolve();
  /** The viewer wants playback (pressed play, play() was called, autoplay went); cleared by pause(). */
  private intent = false;
  /** Autoplay has started playback of this source (so a re-attach does not autoplay again). */
  private autoplayed = false;
  private pendingTime: number | undefined;
  private failureError?: MediaError;
  /** The source the engine was last started with (to notice a change of `src`). */
  private startedSrc = '';
  private watchdog?: StallWatchdog;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: PlayerMediaOptions,
  ) {
    host.addController(this);
    this.engine = new MediaEngineController(host, {
      video: () => this.video,
      onError: (failure) => this.onFailure(failure),
      onAttached: () => this.resume(),
    });
    this.state = new MediaStateController(host, this.video, (type) => this.onEvent(type));
    // A seek made before the media loaded stands until it is applied: the video's own time (0)
    // must not unshow the products at the time the viewer asked for.
    this.clock = new PlaybackClockController(host, { video: () => this.video, time: () => this.currentTime });
  }

  hostDisconnected(): void {
    this.loaded = false;
    this.intent = false;
    this.watchdog?.stop();
  }

  get currentTime(): number {
    return this.pendingTime ?? this.video.currentTime;
  }

  /** The video's error, or the engine's failure as a `MediaError` until the next load. */
  get error(): MediaError | null {
    return this.engine.failure ? this.failureError! : this.video.error;
  }

  /** True while the viewer waits for media (buffering, or starting after play). */
  get waiting(): boolean {
    if (this.engine.failure) return false;
    return this.state.waiting || (this.intent && this.loaded && this.video.readyState < 3 && !this.video.paused);
  }

  /**
   * Takes the element's inputs (once per update): a new source replaces the engine, and an
   * autoplaying or preloading player near the viewport starts it.
   */
  update(inputs: MediaInputs): void {
    this.inputs = inputs;
    if (this.loaded && inputs.src !== this.startedSrc) {
      this.engine.destroy();
      this.loaded = false;
      this.autoplayed = false;
      this.pendingTime = undefined;
    }
    if (this.loaded) this.engine.fallbackSrc = safeMediaUrl(inputs.fallbackSrc);
    const video = this.video;
    video.preload = inputs.preload === 'none' || inputs.preload === 'auto' ? inputs.preload : 'metadata';
    // The video exists from the constructor, so the engine may start before the first render. An
    // autoplaying embed in the first viewport starts now rather than a frame later, when the
    // IntersectionObserver first reports: the playlist fetch and the engine import are the start
    // of the first frame's waterfall.
    if (!this.loaded && inputs.src && this.host.isConnected && (inputs.autoplay || inputs.preload !== 'none')) {
      if (this.options.near(inputs.autoplay)) void this.start();
    }
  }

  /** Plays, loading the engine first if needed. Resolves or rejects as `HTMLMediaElement.play()`. */
  async play(): Promise<void> {
    this.intent = true;
    const loading = this.start();
    this.guard();
    await loading;
    if (this.engine.failure || !this.engine.currentSrc) {
      throw new DOMException(this.engine.failure?.message ?? 'No source to play.', 'NotSupportedError');
    }
    return this.video.play();
  }

  pause(): void {
    this.intent = false;
    this.video.pause();
  }

  /** Loads the source again from the start, as `HTMLMediaElement.load()`. */
  load(): void {
    this.engine.destroy();
    // As `<video>`'s load(): paused at the start (a seek not yet applied goes too); autoplay plays again.
    this.intent = this.loaded = this.autoplayed = false;
    this.pendingTime = undefined;
    if (this.inputs?.src && this.host.isConnected) void this.start();
  }

  /** Moves the playhead (clamped to the media); before the media loads, it becomes the start. */
  readonly seek = (time: number): void => {
    const video = this.video;
    const d = video.duration;
    const t = Math.max(0, Number.isFinite(d) ? Math.min(time, d) : time);
    if (video.readyState === 0) this.pendingTime = t;
    else video.currentTime = t;
    this.clock.sample();
  };

  /** Caption files as the video's `<track>`s. */
  setTracks(captions: readonly CaptionSource[]): void {
    const tracks = captions.map((c) => {
      const src = safeUrl(c.src);
      return src ? html`<track kind="subtitles" src=${src} srclang=${c.srclang} label=${c.label} ?default=${!!c.default} />` : nothing;
    });
    render(html`${tracks}`, this.video);
  }

  /** Starts loading the engine early (pointer down on Play, before the click lands). */
  readonly prime = (): void => {
    if (this.inputs?.src) void this.start();
  };

  /** The error state's Retry: the source again, from scratch (fallback included). */
  readonly retry = (): void => {
    void this.engine.retry();
    this.guard();
  };

  /**
   * Watches for silence while the viewer waits for playback: no progress for `stallTimeout` ms
   * gives up on the source (fallback, else the error state with Retry). Does nothing until asked.
   */
  private guard(): void {
    if (this.watchdog) return this.watchdog.start();
    import('./watchdog.js').then(({ StallWatchdog }) => {
      this.watchdog ??= new StallWatchdog(this.video, {
        timeout: () => this.inputs?.stallTimeout ?? DEFAULT_STALL_TIMEOUT,
        asked: () => this.loaded && !this.engine.failure && (this.intent || (!!this.inputs?.autoplay && !this.autoplayFailed)),
        stalled: (ms) => {
          this.engine.stall(ms);
          this.guard();
        },
      });
      this.watchdog.start();
    }, () => {});
  }

  private start(): Promise<void> {
    const inputs = this.inputs;
    if (this.loaded || !inputs) return this.starting;
    this.loaded = true;
    this.startedSrc = inputs.src;
    const src = safeMediaUrl(inputs.src);
    const fallbackSrc = safeMediaUrl(inputs.fallbackSrc);
    // An unsafe src (javascript:, data:) is skipped, said, and the fallback plays in its place.
    if (!src && inputs.src) this.host.dispatchEvent(new ShoppableErrorEvent({ code: 'media-unsupported', message: 'Unsafe src', fatal: false }));
    this.starting = this.engine.load(src ?? fallbackSrc ?? '', {
      fallbackSrc,
      hlsConfig: inputs.hlsConfig as Record<string, unknown> | undefined,
      hlsConstructor: inputs.hlsConstructor,
      startPosition: this.pendingTime ?? (inputs.start > 0 ? inputs.start : undefined),
      autoStartLoad: inputs.preload === 'auto' || inputs.autoplay || this.intent,
    });
    if (inputs.autoplay) this.guard();
    return this.starting;
  }

  /** Returns whether the host re-dispatches the event (see `MediaStateController`). */
  private onEvent(type: string): boolean {
    const video = this.video;
    if (type === 'loadedmetadata' && this.pendingTime !== undefined) {
      if (Math.abs(video.currentTime - this.pendingTime) > 0.25) video.currentTime = this.pendingTime;
      this.pendingTime = undefined;
    }
    this.options.onEvent(type);
    // The video's `error` is the engine's to report (it may still try the fallback); the `emptied`
    // of the engine's teardown after a failure is no event of the element's, which stays failed.
    return type !== 'error' && !(type === 'emptied' && this.engine.failure);
  }

  /** Once a source is attached: play if the viewer wants it, or autoplay; a refused autoplay stays paused. */
  private resume(): void {
    if (!this.intent && !(this.inputs?.autoplay && !this.autoplayed)) return;
    this.video.play().then(
      () => (this.intent = this.autoplayed = true),
      (e: DOMException) => {
        // AbortError: the source went away first (a fallback, a stall, a new src), not a refusal.
        if (e.name === 'AbortError') return;
        this.autoplayFailed = true;
        this.host.requestUpdate();
      },
    );
  }

  /**
   * The engine gave up (after the fallback): `error` as a `<video>` fires it once its sources are
   * exhausted (the video's own error events were not re-dispatched), then `shoppable-error`.
   */
  private onFailure(failure: MediaFailure): void {
    const { code, message, cause, fatal = true } = failure;
    if (fatal) {
      this.failureError = mediaError(failure);
      this.host.dispatchEvent(new Event('error'));
    }
    this.host.dispatchEvent(new ShoppableErrorEvent({ code, message, fatal, cause }));
  }
}

/** The inner video, made once so the media API works before the first render. */
function createVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  video.setAttribute('part', 'video');
  video.className = 'video';
  video.playsInline = true;
  video.preload = 'metadata';
  return video;
}
