/**
 * The watchdog for silence, a small chunk of its own (fetched the first time a player is asked to
 * play). A player asked to play that makes no progress for `timeout()` ms, with the time, the
 * ready state and the buffered media all unchanged and no error, is stalled, whatever the cause:
 * a segment that hangs mid-transfer, a parser or transmuxing worker that never answers, hls.js
 * waiting for something that will not come. `stalled` is called once; `start()` watches again.
 * @module
 */

/** What the watchdog asks of the player. */
export interface WatchdogOptions {
  /** The bound in ms (0 or less: not watched). */
  timeout(): number;
  /** The viewer wants playback now (pressed play, play(), autoplay), and nothing has failed. */
  asked(): boolean;
  stalled(ms: number): void;
}

/** See the module doc. */
export class StallWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private mark = '';
  private since = 0;

  constructor(
    private readonly video: HTMLVideoElement,
    private readonly options: WatchdogOptions,
  ) {}

  /** Watches from now (again); stops by itself when the player is no longer asked to play. */
  start(): void {
    this.stop();
    this.mark = '';
    this.tick();
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private readonly tick = (): void => {
    const { video: v, options } = this;
    const ms = options.timeout();
    if (!(ms > 0) || !options.asked()) return;
    const b = v.buffered;
    const mark = `${v.readyState} ${v.currentTime} ${b.length ? b.end(b.length - 1) : 0}`;
    const now = performance.now();
    // A paused video showing a frame (paused from a picture-in-picture window, say) or at its end
    // waits for nothing: the viewer sees where it is. In a hidden page the browser may hold media
    // back (and timers run late), so the count starts again once the page is seen.
    if (mark !== this.mark || v.ended || (v.paused && v.readyState >= 2) || document.hidden) {
      this.mark = mark;
      this.since = now;
    } else if (now - this.since >= ms) {
      this.timer = undefined;
      return options.stalled(ms);
    }
    this.timer = setTimeout(this.tick, Math.min(ms / 4, 1000));
  };
}
