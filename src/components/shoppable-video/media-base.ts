/**
 * The media half of `<shoppable-video>`: the inner video, the engine (hls.js or native), the
 * clock, lazy loading and the `<video>`-like API. No UI: the element adds controls on top.
 * @module
 */
import type { PropertyValues } from 'lit';
import { LazyElement } from '../lazy-element.js';
import { property, state } from 'lit/decorators.js';
import type Hls from 'hls.js';
import type { HlsConfig } from 'hls.js';
import { MediaEngineController, type HlsConstructor, type MediaFailure } from '../../controllers/media-engine.js';
import { PlaybackClockController } from '../../controllers/playback-clock.js';
import { VisibilityController } from '../../controllers/visibility.js';
import { safeMediaUrl } from '../../core/url.js';
import { ShoppableErrorEvent } from '../../events.js';
import { clamp } from './format.js';
import { MediaStateController } from './media-state.js';

/** The media API and lifecycle shared by the player; see the module doc. */
export class MediaBase extends LazyElement {
  /** The video URL: HLS (`.m3u8`, live or VOD) or a progressive file (`.mp4`). */
  @property() src = '';
  /** Tried once when `src` cannot be played (for example an MP4 of the same show). */
  @property({ attribute: 'fallback-src' }) fallbackSrc = '';
  /** Play (muted autoplay is the reliable case) once the element comes into view. */
  @property({ type: Boolean }) autoplay = false;
  /** `none`: fetch nothing until play; `metadata`: playlists only (no segment); `auto`: buffer. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'metadata';
  /** Initial position in seconds. */
  @property({ type: Number }) start = 0;
  /** hls.js options, spread last over the library's defaults (`HLS_DEFAULTS`); used on the next load. */
  @property({ attribute: false }) hlsConfig?: Partial<HlsConfig>;
  /** A page's own Hls class; else hls.js is imported lazily. */
  @property({ attribute: false }) hlsConstructor?: HlsConstructor;

  /** Whether the sound is off; the attribute sets the initial state, as on `<video>`. */
  @property({ type: Boolean })
  get muted(): boolean {
    return this.videoEl.muted;
  }
  set muted(value: boolean) {
    this.videoEl.muted = value;
  }

  /** The media time the controls show (updated four times a second while they show). */
  @state() protected position = 0;
  protected readonly videoEl = createVideo();
  protected readonly engine = new MediaEngineController(this, {
    video: () => this.videoEl,
    onError: (failure) => this.onFailure(failure),
    onAttached: () => this.resume(),
  });
  protected readonly media = new MediaStateController(this, this.videoEl, (type) => this.onMediaEvent(type));
  protected readonly clock = new PlaybackClockController(this, {
    video: () => this.videoEl,
    onTime: (t) => this.onClock(t),
    // A seek made before the media loaded stands until it is applied: the video's own time (0)
    // must not unshow the products at the time the viewer asked for.
    time: () => this.currentTime,
    next: (t) => this.nextSample(t),
  });
  protected readonly visibility = new VisibilityController(this);
  private loaded = false;
  private loading: Promise<void> = Promise.resolve();
  /** The viewer wants playback (pressed play, play() was called, autoplay went); cleared by pause(). */
  private intent = false;
  /** Autoplay has started playback of this source (so a re-attach does not autoplay again). */
  private autoplayed = false;
  /** The browser refused autoplay (the player waits, paused, for the viewer). */
  protected autoplayFailed = false;
  private pendingTime: number | undefined;
  /** The source the engine was last started with (to notice a change of `source()`). */
  private startedSrc = '';

  /** The inner `<video>`. */
  get video(): HTMLVideoElement {
    return this.videoEl;
  }
  /** The live hls.js instance, or null (native playback, or not loaded yet). */
  get hls(): Hls | null {
    // The engine knows hls.js through its own structural type (engine/hls-types); the instance is
    // hls.js's, and pages get its full type.
    return this.engine.hls as unknown as Hls | null;
  }
  get currentTime(): number {
    return this.pendingTime ?? this.videoEl.currentTime;
  }
  set currentTime(time: number) {
    this.seekTo(time);
  }
  get volume(): number {
    return this.videoEl.volume;
  }
  set volume(value: number) {
    this.videoEl.volume = clamp(value, 0, 1);
  }
  get playbackRate(): number {
    return this.videoEl.playbackRate;
  }
  set playbackRate(value: number) {
    this.videoEl.playbackRate = value;
  }
  get paused(): boolean {
    return this.videoEl.paused;
  }
  get duration(): number {
    return this.videoEl.duration;
  }
  get ended(): boolean {
    return this.videoEl.ended;
  }
  get buffered(): TimeRanges {
    return this.videoEl.buffered;
  }
  get readyState(): number {
    return this.videoEl.readyState;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loaded = false;
    this.intent = false;
  }

  /** Plays, loading the engine first if needed. Resolves or rejects as `HTMLMediaElement.play()`. */
  async play(): Promise<void> {
    this.intent = true;
    await this.startEngine();
    if (this.engine.failure || !this.engine.currentSrc) {
      throw new DOMException(this.engine.failure?.message ?? 'No source to play.', 'NotSupportedError');
    }
    return this.videoEl.play();
  }

  pause(): void {
    this.intent = false;
    this.videoEl.pause();
  }

  /** Loads the source again from the start, as `HTMLMediaElement.load()`. */
  load(): void {
    this.engine.destroy();
    this.loaded = false;
    this.autoplayed = false;
    this.position = 0;
    if (this.source() && this.isConnected) void this.startEngine();
  }

  /** The source to play: `src` (the element adds the show document's video as a default). */
  protected source(): string {
    return this.src;
  }

  /** The source to try when `source()` fails. */
  protected fallbackSource(): string {
    return this.fallbackSrc;
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    if (this.loaded && this.source() !== this.startedSrc) {
      this.engine.destroy();
      this.loaded = false;
      this.autoplayed = false;
      this.position = 0;
      this.pendingTime = undefined;
    }
    const video = this.videoEl;
    video.preload = this.preload === 'none' || this.preload === 'auto' ? this.preload : 'metadata';
    // The video exists from the constructor, so the engine may start before the first render.
    if (!this.loaded && this.source() && this.isConnected && (this.autoplay || this.preload !== 'none')) {
      // An autoplaying embed in the first viewport starts now rather than a frame later, when the
      // IntersectionObserver first reports: the playlist fetch and the engine import are the start
      // of the first frame's waterfall.
      if (this.visibility.near || (this.autoplay && this.visibility.nearNow())) void this.startEngine();
    }
  }

  /** Moves the playhead (clamped to the media); before the media loads, it becomes the start. */
  protected seekTo(time: number): void {
    const video = this.videoEl;
    const d = video.duration;
    const t = Math.max(0, Number.isFinite(d) ? Math.min(time, d) : time);
    if (video.readyState === 0) {
      this.pendingTime = t;
      this.onClock(t);
    } else {
      video.currentTime = t;
      this.clock.sample();
    }
  }

  /** Called with the media time whenever it changes (every frame while playing). */
  protected onTimeSample(_time: number): void {}

  /** Called after each media event of the inner video (already re-dispatched from the host). */
  protected onMediaEvent(type: string): void {
    const video = this.videoEl;
    if (type === 'loadedmetadata' && this.pendingTime !== undefined) {
      if (Math.abs(video.currentTime - this.pendingTime) > 0.25) video.currentTime = this.pendingTime;
      this.pendingTime = undefined;
    }
  }

  /** True while the viewer waits for media (buffering, or starting after play). */
  protected isLoading(): boolean {
    if (this.engine.failure) return false;
    return this.media.waiting || (this.intent && this.loaded && this.videoEl.readyState < 3 && !this.videoEl.paused);
  }

  /** Starts loading the engine early (pointer down on Play, before the click lands). */
  protected readonly warm = (): void => {
    if (this.source()) void this.startEngine();
  };

  /** The error state's Retry: the source again, from scratch (fallback included). */
  protected readonly retry = (): void => {
    void this.engine.retry();
  };

  private startEngine(): Promise<void> {
    if (this.loaded) return this.loading;
    this.loaded = true;
    this.startedSrc = this.source();
    this.loading = this.engine.load(safeMediaUrl(this.startedSrc) ?? '', {
      fallbackSrc: safeMediaUrl(this.fallbackSource()),
      hlsConfig: this.hlsConfig as Record<string, unknown> | undefined,
      hlsConstructor: this.hlsConstructor,
      startPosition: this.pendingTime ?? (this.start > 0 ? this.start : undefined),
      autoStartLoad: this.preload === 'auto' || this.autoplay || this.intent,
    });
    return this.loading;
  }

  /** Once a source is attached: play if the viewer wants it, or autoplay; a refused autoplay stays paused. */
  private resume(): void {
    if (!this.intent && !(this.autoplay && !this.autoplayed)) return;
    this.videoEl.play().then(
      () => (this.intent = this.autoplayed = true),
      () => {
        this.autoplayFailed = true;
        this.requestUpdate();
      },
    );
  }

  private onFailure(failure: MediaFailure): void {
    const { code, message, cause } = failure;
    this.dispatchEvent(new ShoppableErrorEvent({ code, message, fatal: true, cause }));
  }

  private onClock(time: number): void {
    this.onTimeSample(time);
    // The controls step four times a second, as a `<video>`'s own controls do on `timeupdate`, and
    // not at all while hidden; onTimeSample gets every sample.
    if (this.videoEl.paused || (this.showsPosition() && Math.abs(time - this.position) >= POSITION_STEP)) this.position = time;
  }

  /**
   * The media time the clock must sample next after `time` (`Infinity`: nothing to follow until a
   * media event): the next step of the time display while it shows. The element adds its moments.
   */
  protected nextSample(time: number): number {
    return this.showsPosition() ? time + POSITION_STEP : Infinity;
  }

  /** Whether the time and progress are on screen now (the element hides its controls while playing). */
  protected showsPosition(): boolean {
    return true;
  }
}

/** Media seconds between two updates of the time display and progress bar while playing. */
const POSITION_STEP = 0.25;

/** The inner video, made once so the media API works before the first render. */
function createVideo(): HTMLVideoElement {
  const video = document.createElement('video');
  video.setAttribute('part', 'video');
  video.className = 'video';
  video.playsInline = true;
  video.preload = 'metadata';
  return video;
}
