/**
 * Listens to the inner video: re-dispatches its standard media events from the host (so a page
 * listens to the element as to a `<video>`), tracks the little state the video itself does not
 * expose (waiting, has it started), and asks the host to re-render when anything changes.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Every standard media and video event, re-dispatched from the host with the video's own
 * `bubbles` value (`error` and a failed source's `emptied` are the engine's: see PlayerMedia).
 */
export const MEDIA_EVENTS = [
  'loadstart', 'loadedmetadata', 'loadeddata', 'canplay', 'canplaythrough', 'play', 'playing', 'pause',
  'seeking', 'seeked', 'timeupdate', 'durationchange', 'ratechange', 'volumechange', 'waiting', 'stalled',
  'progress', 'ended', 'emptied', 'error', 'suspend', 'abort', 'resize', 'encrypted', 'waitingforkey',
  'enterpictureinpicture', 'leavepictureinpicture',
] as const;
const TRACK_EVENTS = ['addtrack', 'removetrack', 'change'];
const SETTLED = new Set(['playing', 'pause', 'seeked', 'canplay', 'emptied', 'error', 'ended']);
/**
 * Events that change nothing the element shows: the playback clock follows the time itself, and
 * the buffered range is redrawn with the time while playing (`progress` re-renders when paused).
 */
const UNSEEN = new Set(['timeupdate', 'canplaythrough', 'stalled']);

/** See the module doc. */
export class MediaStateController implements ReactiveController {
  private bound: HTMLVideoElement | undefined;
  private _waiting = false;
  private _started = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly video: HTMLVideoElement,
    /** After each event; false keeps it from the host. */
    private readonly onEvent?: (type: string) => boolean,
  ) {
    host.addController(this);
  }

  /** True between `waiting` and the media moving again. */
  get waiting(): boolean {
    return this._waiting;
  }

  /** True once the current source has played (reset when it is emptied). */
  get started(): boolean {
    return this._started;
  }

  hostConnected(): void {
    const video = this.video;
    if (this.bound) return;
    this.bound = video;
    for (const type of MEDIA_EVENTS) video.addEventListener(type, this);
    for (const type of TRACK_EVENTS) video.textTracks.addEventListener(type, this.refresh);
  }

  hostDisconnected(): void {
    const video = this.bound;
    if (!video) return;
    for (const type of MEDIA_EVENTS) video.removeEventListener(type, this);
    for (const type of TRACK_EVENTS) video.textTracks.removeEventListener(type, this.refresh);
    this.bound = undefined;
    this._waiting = false;
  }

  handleEvent(e: Event): void {
    const type = e.type;
    if (type === 'waiting') this._waiting = true;
    else if (SETTLED.has(type)) this._waiting = false;
    if (type === 'play' || type === 'playing') this._started = true;
    else if (type === 'emptied') this._started = false;
    // The same class, initialised from the event itself: `bubbles` and `cancelable` as the video's,
    // and an `encrypted` event's `initData` or a picture-in-picture event's window with it.
    if (this.onEvent?.(type) !== false) this.host.dispatchEvent(new (e.constructor as typeof Event)(type, e));
    if (UNSEEN.has(type) || (type === 'progress' && !this.video.paused)) return;
    this.host.requestUpdate();
  }

  private readonly refresh = (): void => this.host.requestUpdate();
}
