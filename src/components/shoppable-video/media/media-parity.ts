/**
 * `<video>` parity for `<shoppable-video>`: the `HTMLMediaElement` and `HTMLVideoElement` members
 * the element does not implement itself, defined once on its prototype. Every member of the
 * browser's two prototypes the element lacks forwards to the inner video through the browser's
 * own accessor or method (so its type, its exceptions, and its absence in a browser without it are
 * the browser's); the `NETWORK_*` and `HAVE_*` constants are copied onto the class and its
 * prototype; the `on*` handler properties HTMLElement lacks listen on the element, where the media
 * events are re-dispatched. The names are read from the browser, so the CDN entry ships no list
 * of them: `test/components/media-parity.test.ts` holds the decided list and fails on a member
 * outside it; docs/media-chrome.md lists the exceptions.
 * @module
 */
import { resolveUrl } from '../../../core/url.js';
import type { MediaFailure } from '../../../engine/media-engine.js';

/** Chromium's members TypeScript's DOM typings lack (`captureStream`, `loading`, `controlsList`, the `webkit*` counters). */
export interface UntypedMedia {
  captureStream(): MediaStream;
  /** Chromium's lazy loading of media: `eager` or `lazy`. */
  loading: string;
  readonly controlsList: DOMTokenList;
  readonly webkitAudioDecodedByteCount: number;
  readonly webkitVideoDecodedByteCount: number;
  readonly webkitDecodedFrameCount: number;
  readonly webkitDroppedFrameCount: number;
}

/**
 * The members forwarded to the inner video, by name (for the typings only: at run time every member
 * of the browser's prototypes the element lacks is forwarded, so the entry ships no list of names;
 * the parity test holds this list and fails on a member outside it).
 */
export type Forwarded =
  | 'paused' | 'duration' | 'ended' | 'buffered' | 'readyState' | 'playbackRate' | 'volume' | 'crossOrigin'
  | 'networkState' | 'seeking' | 'defaultPlaybackRate' | 'played' | 'seekable' | 'preservesPitch' | 'controlsList'
  | 'textTracks' | 'srcObject' | 'addTextTrack' | 'canPlayType' | 'captureStream' | 'loading' | 'sinkId' | 'remote'
  | 'disableRemotePlayback' | 'setSinkId' | 'mediaKeys' | 'setMediaKeys' | 'width' | 'height' | 'videoWidth'
  | 'videoHeight' | 'playsInline' | 'disablePictureInPicture' | 'getVideoPlaybackQuality' | 'requestPictureInPicture'
  | 'requestVideoFrameCallback' | 'cancelVideoFrameCallback' | 'webkitAudioDecodedByteCount'
  | 'webkitVideoDecodedByteCount' | 'webkitDecodedFrameCount' | 'webkitDroppedFrameCount' | 'onencrypted'
  | 'onwaitingforkey' | 'onenterpictureinpicture' | 'onleavepictureinpicture';
type MediaConstant = `${'NETWORK' | 'HAVE'}_${string}` & keyof HTMLMediaElement;

/**
 * The `<video>` members this module defines on the element, typed as on `HTMLVideoElement`:
 * redeclared so the API reference lists them, and checked against TypeScript's DOM typings
 * through the `Pick` they extend (a member typed otherwise fails to compile).
 */
export interface MediaParity
  extends Pick<HTMLVideoElement, Exclude<Forwarded, keyof UntypedMedia> | MediaConstant | 'error' | 'currentSrc' | 'defaultMuted'>,
    UntypedMedia {
  /** The video's error or, once the engine gave up (hls.js), a `MediaError` of its code and message; null after a new load. */
  readonly error: MediaError | null;
  /** The URL playing, resolved (the `fallback-src` after a switch; not hls.js's `blob:` URL); '' before a load. */
  readonly currentSrc: string;
  /** The element's `muted` attribute, as on `<video>`. */
  defaultMuted: boolean;
  readonly paused: boolean;
  readonly duration: number;
  readonly ended: boolean;
  readonly buffered: TimeRanges;
  readonly readyState: number;
  playbackRate: number;
  /** As on `<video>`: outside 0–1 throws `IndexSizeError`. */
  volume: number;
  crossOrigin: string | null;
  readonly networkState: number;
  readonly seeking: boolean;
  defaultPlaybackRate: number;
  readonly played: TimeRanges;
  /** The video's: with hls.js, the live window it sets on the media source. */
  readonly seekable: TimeRanges;
  preservesPitch: boolean;
  /** The video's text tracks: the `captions` files and hls.js's subtitle renditions. */
  readonly textTracks: TextTrackList;
  srcObject: MediaProvider | null;
  addTextTrack(kind: TextTrackKind, label?: string, language?: string): TextTrack;
  canPlayType(type: string): CanPlayTypeResult;
  disableRemotePlayback: boolean;
  readonly remote: RemotePlayback;
  readonly sinkId: string;
  setSinkId(sinkId: string): Promise<void>;
  readonly mediaKeys: MediaKeys | null;
  setMediaKeys(mediaKeys: MediaKeys | null): Promise<void>;
  width: number;
  height: number;
  readonly videoWidth: number;
  readonly videoHeight: number;
  /** The inner video always plays inline (true), so the shop layer stays over it. */
  playsInline: boolean;
  disablePictureInPicture: boolean;
  getVideoPlaybackQuality(): VideoPlaybackQuality;
  /** The inner video enters picture-in-picture; `document.pictureInPictureElement` is then this element. */
  requestPictureInPicture(): Promise<PictureInPictureWindow>;
  requestVideoFrameCallback(callback: VideoFrameRequestCallback): number;
  cancelVideoFrameCallback(handle: number): void;
  onenterpictureinpicture: ((this: HTMLVideoElement, ev: PictureInPictureEvent) => any) | null;
  onleavepictureinpicture: ((this: HTMLVideoElement, ev: PictureInPictureEvent) => any) | null;
  onencrypted: ((this: HTMLMediaElement, ev: MediaEncryptedEvent) => any) | null;
  onwaitingforkey: ((this: HTMLMediaElement, ev: Event) => any) | null;
  readonly NETWORK_EMPTY: 0;
  readonly NETWORK_IDLE: 1;
  readonly NETWORK_LOADING: 2;
  readonly NETWORK_NO_SOURCE: 3;
  readonly HAVE_NOTHING: 0;
  readonly HAVE_METADATA: 1;
  readonly HAVE_CURRENT_DATA: 2;
  readonly HAVE_FUTURE_DATA: 3;
  readonly HAVE_ENOUGH_DATA: 4;
}

/** The static side: the constants on the class, as on `HTMLMediaElement`. */
export type MediaConstants = Pick<typeof HTMLMediaElement, MediaConstant>;

/** The `MediaError.code` of each fatal engine failure (a missing, unreachable or stalled source is a network error). */
const CODES: Record<string, number> = { 'media-network': 2, 'media-stalled': 2, 'media-decode': 3 };

/**
 * A `MediaError` for an engine failure (hls.js gives up without the video having an error): an
 * object of `MediaError.prototype` (so `instanceof MediaError` and the `MEDIA_ERR_*` constants
 * hold) whose own `code` and `message` shadow the prototype's accessors.
 */
export function mediaError({ code, message }: MediaFailure): MediaError {
  return Object.create(MediaError.prototype, { code: { value: CODES[code] ?? 4 }, message: { value: message } });
}

/** A URL resolved against the page, as `<video>` reads back `src`; '' stays ''. */
const href = (url: string): string => url && resolveUrl(url, document.baseURI);

/** What the members read of the element's media (PlayerMedia; structural, so the two modules do not import each other). */
interface Media {
  readonly video: HTMLVideoElement;
  readonly error: MediaError | null;
  readonly engine: { readonly currentSrc: string };
}

type Element = HTMLElement & Record<string, unknown>;

/**
 * Defines the members on `Class` (after its decorators: `src` and `poster` are its Lit
 * properties, read back resolved here). Written for bytes: it is in the CDN entry.
 */
export function forwardMedia(Class: { prototype: object }, media: (el: HTMLElement) => Media): void {
  if (!globalThis.HTMLVideoElement) return; // Not a browser (server rendering): nothing to forward to.
  const P = Class.prototype;
  // Configurable (and methods writable), as the browser's own: a page or test may still replace one.
  const define = (name: string, d: PropertyDescriptor) => Object.defineProperty(P, name, { configurable: true, ...d });
  for (const name of ['src', 'poster']) {
    const { get, set } = Object.getOwnPropertyDescriptor(P, name)!;
    define(name, { get(this: HTMLElement) { return href(get!.call(this)); }, set });
  }
  define('error', { get(this: HTMLElement) { return media(this).error; } });
  // As on `<video>`, the `muted` attribute (the element's: its video is made by script).
  define('defaultMuted', {
    get(this: HTMLElement) { return this.hasAttribute('muted'); },
    set(this: HTMLElement, on: unknown) { this.toggleAttribute('muted', !!on); },
  });
  define('currentSrc', { get(this: HTMLElement) { return href(media(this).engine.currentSrc); } });
  // Every other member of `<video>` the element lacks (and a browser's new one, which the parity test reports).
  for (const proto of [HTMLMediaElement.prototype, HTMLVideoElement.prototype]) for (const name of Object.getOwnPropertyNames(proto)) {
    if (name in P) continue;
    const { get, set, value } = Object.getOwnPropertyDescriptor(proto, name)!;
    // The handler set through `onencrypted` (say), kept on the element under `__onencrypted`.
    const own = '__' + name;
    const type = name.slice(2);
    if (typeof value === 'number') {
      // NETWORK_* and HAVE_*: on the class too, as on HTMLMediaElement.
      Object.defineProperty(Class, name, { value });
      define(name, { value });
    } else
      define(
        name,
        name.startsWith('on')
          ? {
              // A handler property of the element, fed by the events it re-dispatches.
              get(this: Element) {
                return this[own] ?? null;
              },
              set(this: Element, fn: unknown) {
                if (this[own]) this.removeEventListener(type, this[own] as EventListener);
                this[own] = typeof fn === 'function' ? fn : null;
                if (this[own]) this.addEventListener(type, this[own] as EventListener);
              },
            }
          : value
            ? {
                value(this: HTMLElement, ...args: unknown[]) {
                  return (value as (...a: unknown[]) => unknown).apply(media(this).video, args);
                },
                writable: true,
              }
            : {
                get(this: HTMLElement) {
                  return get!.call(media(this).video);
                },
                set: set && function (this: HTMLElement, v: unknown) {
                  set.call(media(this).video, v);
                },
              },
      );
  }
}
