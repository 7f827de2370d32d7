/**
 * The playback clock: `timeupdate` fires only every ~250 ms, too coarse for an overlay that must
 * appear with the frame a product is shown on. What follows the time registers itself with
 * `subscribe({ sample, next })` (the shop's cue timeline, the control bar's time display) and is
 * called with each new media time.
 *
 * A frame callback is not free: each one makes the browser run a rendering pass on the main thread
 * even when nothing changed. So while every subscriber says when it next needs a sample (`next`),
 * the clock follows no frames at all: it sleeps on a timer until the earliest of those times (a
 * moment's start or end, the next step of the time display), samples, and if the media clock is a
 * little behind the wall clock, waits the rest. A timer lands within a few milliseconds, well
 * inside one video frame. Seeks, rate changes and a `timeupdate` while nothing is ahead re-plan
 * the wait. A subscriber without `next` makes the clock sample on presented frames
 * (`requestVideoFrameCallback`, else `requestAnimationFrame`) while the video plays; while paused
 * it runs no loop and samples only on media events.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Options of {@link PlaybackClockController}. */
export interface PlaybackClockOptions {
  /** The video to sample (rendered by the host, so read lazily; re-read after every update). */
  readonly video: () => HTMLVideoElement | undefined;
  /**
   * The media time to report (default: the video's `currentTime`); a host gives its own when a
   * seek made before the media loaded is still pending.
   */
  readonly time?: () => number;
}

/** What follows the media time: registered with {@link PlaybackClockController.subscribe}. */
export interface ClockSubscriber {
  /** Called with the media time, only when it changed since the last sample. */
  sample(time: number): void;
  /**
   * The media time of the next sample this subscriber needs after `time` (`Infinity`: none until
   * a media event). Without it the clock samples every frame.
   */
  next?(time: number): number;
}

/** How far past a change (media seconds) the timer aims, so the sample lands after it. */
const OVERSHOOT = 0.002;
/** The shortest wait (seconds) when the media clock has not reached a change yet. */
const MIN_WAIT = 0.004;
/** The longest timer the clock sets, so a drifting media clock is corrected regularly. */
const MAX_WAIT = 2;

/** Events after which the time may have changed without a frame being presented. */
const SAMPLE_EVENTS = ['seeked', 'seeking', 'timeupdate', 'loadedmetadata', 'ratechange', 'pause', 'emptied'];
/** Events after which a planned wait is wrong: the time jumped or runs at another rate. */
const REPLAN_EVENTS = new Set(['seeked', 'ratechange']);
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
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Sleeping with nothing ahead: no timer, no frame; the next media event plans again. */
  private waiting = false;
  private byVideoFrame = false;
  private last = NaN;
  private connected = false;
  private readonly subscribers = new Set<ClockSubscriber>();

  constructor(
    host: ReactiveControllerHost,
    private readonly options: PlaybackClockOptions,
  ) {
    host.addController(this);
  }

  /** True while the clock follows the playing video (on frames, or on a timer until the next change). */
  get running(): boolean {
    return this.frame !== undefined || this.timer !== undefined || this.waiting;
  }

  /**
   * Adds what follows the time; it is sampled from the next change on and the wait is planned
   * again. Returns the function that removes it.
   */
  subscribe(subscriber: ClockSubscriber): () => void {
    this.subscribers.add(subscriber);
    this.replan();
    return () => {
      this.subscribers.delete(subscriber);
      this.replan();
    };
  }

  /** True while the clock follows frames (a subscriber has no `next`). */
  get perFrame(): boolean {
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

  /** Samples after a media event, and plans the wait again when the time jumped or its rate changed. */
  private readonly onEvent = (e: Event): void => {
    this.sample();
    // A `timeupdate` (4 a second) wakes a clock that had nothing ahead; a planned timer stands.
    if (REPLAN_EVENTS.has(e.type) || (e.type === 'timeupdate' && this.waiting)) this.replan();
  };

  /**
   * Plans the wait again, for when what `next` answers changed (new moments, the time display
   * shown or hidden). Nothing happens while paused.
   */
  replan(): void {
    if (!this.running) return;
    this.stop();
    this.start();
  }

  /** Samples now (for example after the host sets `currentTime` itself). */
  readonly sample = (): void => {
    const video = this.bound;
    if (!video) return;
    const t = this.now(video);
    if (t === this.last) return;
    this.last = t;
    for (const subscriber of this.subscribers) subscriber.sample(t);
  };

  /** The earliest time a subscriber needs next; undefined when one needs every frame. */
  private next(now: number): number | undefined {
    let next = Infinity;
    for (const subscriber of this.subscribers) {
      if (!subscriber.next) return undefined;
      next = Math.min(next, subscriber.next(now));
    }
    return next;
  }

  private bind(): void {
    const video = this.options.video() as FrameVideo | undefined;
    if (video === this.bound) return;
    this.unbind();
    if (!video) return;
    this.bound = video;
    for (const type of SAMPLE_EVENTS) video.addEventListener(type, this.onEvent);
    for (const type of START_EVENTS) video.addEventListener(type, this.start);
    for (const type of STOP_EVENTS) video.addEventListener(type, this.stop);
    if (!video.paused) this.start();
  }

  private unbind(): void {
    const video = this.bound;
    this.stop();
    if (!video) return;
    for (const type of SAMPLE_EVENTS) video.removeEventListener(type, this.onEvent);
    for (const type of START_EVENTS) video.removeEventListener(type, this.start);
    for (const type of STOP_EVENTS) video.removeEventListener(type, this.stop);
    this.bound = undefined;
  }

  private readonly start = (): void => {
    const video = this.bound;
    if (!video || this.running || video.paused || video.ended) return;
    this.byVideoFrame = typeof video.requestVideoFrameCallback === 'function';
    this.schedule();
  };

  private readonly stop = (): void => {
    const video = this.bound;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.waiting = false;
    if (this.frame === undefined) return;
    if (this.byVideoFrame) video?.cancelVideoFrameCallback?.(this.frame);
    else cancelAnimationFrame(this.frame);
    this.frame = undefined;
  };

  /** The time to report: the host's (a pending seek) or the video's. */
  private now(video: HTMLVideoElement): number {
    return this.options.time ? this.options.time() : video.currentTime;
  }

  private schedule(): void {
    const video = this.bound!;
    const now = this.now(video);
    const next = this.next(now);
    if (next === undefined) {
      this.frame = this.byVideoFrame ? video.requestVideoFrameCallback!(this.tick) : requestAnimationFrame(this.tick);
      return;
    }
    const wait = (next - now + OVERSHOOT) / (video.playbackRate || 1);
    if (!(wait < Infinity)) this.waiting = true;
    else this.timer = setTimeout(this.tick, Math.min(Math.max(wait, MIN_WAIT), MAX_WAIT) * 1000);
  }

  private perFrameWanted(): boolean {
    for (const subscriber of this.subscribers) if (!subscriber.next) return true;
    return false;
  }

  private readonly tick = (): void => {
    const video = this.bound;
    this.frame = undefined;
    this.timer = undefined;
    this.waiting = false;
    if (!video || video.paused || video.ended) return;
    const before = this.last;
    this.sample();
    // A timer that finds the media where the last one did (stalled, waiting for data) sleeps until
    // the next media event rather than polling a boundary every few milliseconds.
    if (!this.perFrameWanted() && this.last === before) this.waiting = true;
    else this.schedule();
  };
}
