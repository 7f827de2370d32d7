/**
 * The playback clock: `timeupdate` fires only every ~250 ms, too coarse for an overlay that must
 * appear on the frame a product is shown. While the video plays, this samples `currentTime` every
 * presented frame (`requestVideoFrameCallback`, else `requestAnimationFrame`); while paused it runs
 * no loop and samples only on media events.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link PlaybackClockController}. */
export interface PlaybackClockOptions {
  /** The video to sample (rendered by the host, so read lazily; re-read after every update). */
  readonly video: () => HTMLVideoElement | undefined;
  /** Called with the media time, only when it changed since the last call. */
  readonly onTime: (time: number) => void;
}

/** Events after which the time may have changed without a frame being presented. */
const SAMPLE_EVENTS = ['seeked', 'seeking', 'timeupdate', 'loadedmetadata', 'ratechange', 'pause', 'emptied'];
const START_EVENTS = ['play', 'playing'];
const STOP_EVENTS = ['pause', 'ended', 'emptied'];

type FrameVideo = HTMLVideoElement & {
  requestVideoFrameCallback?(cb: () => void): number;
  cancelVideoFrameCallback?(handle: number): void;
};

/** Samples a video's time every frame while it plays; see the module doc. */
export class PlaybackClockController implements ReactiveController {
  private bound: FrameVideo | undefined;
  private frame: number | undefined;
  private byVideoFrame = false;
  private last = NaN;
  private connected = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PlaybackClockOptions,
  ) {
    host.addController(this);
  }

  /** True while the per-frame loop runs. */
  get running(): boolean {
    return this.frame !== undefined;
  }

  /** The last sampled time (NaN before the first sample). */
  get time(): number {
    return this.last;
  }

  hostConnected(): void {
    this.connected = true;
    this.bind();
  }

  hostUpdated(): void {
    // A disconnected host may still update (Lit renders regardless): stay unbound then.
    if (this.connected) this.bind();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unbind();
  }

  /** Samples now (for example after the host sets `currentTime` itself). */
  readonly sample = (): void => {
    const video = this.bound;
    if (!video) return;
    const t = video.currentTime;
    if (t === this.last) return;
    this.last = t;
    this.options.onTime(t);
  };

  private bind(): void {
    const video = this.options.video() as FrameVideo | undefined;
    if (video === this.bound) return;
    this.unbind();
    if (!video) return;
    this.bound = video;
    for (const type of SAMPLE_EVENTS) video.addEventListener(type, this.sample);
    for (const type of START_EVENTS) video.addEventListener(type, this.start);
    for (const type of STOP_EVENTS) video.addEventListener(type, this.stop);
    if (!video.paused) this.start();
  }

  private unbind(): void {
    const video = this.bound;
    this.stop();
    if (!video) return;
    for (const type of SAMPLE_EVENTS) video.removeEventListener(type, this.sample);
    for (const type of START_EVENTS) video.removeEventListener(type, this.start);
    for (const type of STOP_EVENTS) video.removeEventListener(type, this.stop);
    this.bound = undefined;
  }

  private readonly start = (): void => {
    const video = this.bound;
    if (!video || this.frame !== undefined || video.paused || video.ended) return;
    this.byVideoFrame = typeof video.requestVideoFrameCallback === 'function';
    this.schedule();
  };

  private readonly stop = (): void => {
    const video = this.bound;
    if (this.frame === undefined) return;
    if (this.byVideoFrame) video?.cancelVideoFrameCallback?.(this.frame);
    else cancelAnimationFrame(this.frame);
    this.frame = undefined;
  };

  private schedule(): void {
    const video = this.bound!;
    this.frame = this.byVideoFrame ? video.requestVideoFrameCallback!(this.tick) : requestAnimationFrame(this.tick);
  }

  private readonly tick = (): void => {
    const video = this.bound;
    this.frame = undefined;
    if (!video || video.paused || video.ended) return;
    this.sample();
    this.schedule();
  };
}
