/**
 * Whether the video has presented a frame since playback started: an autoplaying player fetches
 * its controls only then, so they never compete with that frame. `watch()` on `playing`.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** See the module doc. */
export class FirstFrameController implements ReactiveController {
  /** A frame has been presented (or the time moved on) since `watch()`. */
  presented = false;
  private watching = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly video: HTMLVideoElement,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Starts waiting for the first presented frame (once); the host updates when it comes. */
  watch(): void {
    if (this.presented || this.watching) return;
    this.watching = true;
    const video = this.video as HTMLVideoElement & { requestVideoFrameCallback?(cb: () => void): number };
    const from = video.currentTime;
    const done = () => {
      video.removeEventListener('timeupdate', moved);
      if (this.presented) return;
      this.presented = true;
      this.host.requestUpdate();
    };
    // Where no frame is presented (a background tab, a video scrolled out of view), the time moving
    // on says as much: playback is under way.
    const moved = () => {
      if (video.currentTime > from + 0.1) done();
    };
    video.addEventListener('timeupdate', moved);
    if (video.requestVideoFrameCallback) video.requestVideoFrameCallback(done);
    else requestAnimationFrame(done);
  }
}
