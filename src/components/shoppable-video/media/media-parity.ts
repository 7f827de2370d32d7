/**
 * `<video>` parity for `<shoppable-video>`: the `HTMLMediaElement` and `HTMLVideoElement` members
 * the element does not implement itself, defined once on its prototype from one list of names.
 * Each forwards to the inner video through the browser's own accessor or method (so its type,
 * its exceptions and its absence in a browser without it are the browser's), the `NETWORK_*` and
 * `HAVE_*` constants are copied onto the class and its prototype, and the `on*` handler
 * properties HTMLElement lacks listen on the element, where the media events are re-dispatched.
 * `test/components/media-parity.test.ts` fails on any member of Chromium's prototypes missing
 * here; docs/media-chrome.md lists the exceptions.
 * @module
 */
import { resolveUrl } from '../../../core/url.js';
import type { MediaFailure } from '../../../engine/media-engine.js';

/**
 * The members forwarded as they are to the inner video (one string: every byte of the entry counts).
 * The element's typings read it too (`ForwardedMedia`), so a name added here is typed.
 */
const FORWARDED =
  'paused duration ended buffered readyState playbackRate volume crossOrigin networkState seeking defaultPlaybackRate played seekable preservesPitch controlsList textTracks srcObject addTextTrack canPlayType captureStream loading sinkId remote disableRemotePlayback setSinkId mediaKeys setMediaKeys width height videoWidth videoHeight playsInline disablePictureInPicture getVideoPlaybackQuality requestPictureInPicture requestVideoFrameCallback cancelVideoFrameCallback webkitAudioDecodedByteCount webkitVideoDecodedByteCount webkitDecodedFrameCount webkitDroppedFrameCount onencrypted onwaitingforkey onenterpictureinpicture onleavepictureinpicture';

/** The space-separated words of `S`. */
type Words<S extends string, Found = never> = S extends `${infer W} ${infer Rest}` ? Words<Rest, Found | W> : Found | S;

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

type Forwarded = Words<typeof FORWARDED>;
type MediaConstant = `${'NETWORK' | 'HAVE'}_${string}` & keyof HTMLMediaElement;

/**
 * The members this module defines, with the types they have on `HTMLVideoElement` (a forwarded
 * name in neither typing fails to compile).
 */
export type MediaParity = Pick<HTMLVideoElement, Exclude<Forwarded, keyof UntypedMedia> | MediaConstant | 'error' | 'currentSrc' | 'defaultMuted'> &
  UntypedMedia;

/** The static side: the constants on the class, as on `HTMLMediaElement`. */
export type MediaConstants = Pick<typeof HTMLMediaElement, MediaConstant>;

/** The `MediaError.code` of each fatal engine failure (a missing or unreachable source is a network error). */
const CODES: Record<string, number> = { 'media-network': 2, 'media-decode': 3 };

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

type Handlers = Record<string, EventListener | null>;

/** What the members read of the element's media (PlayerMedia; structural, so the two modules do not import each other). */
interface Media {
  readonly video: HTMLVideoElement;
  readonly error: MediaError | null;
  readonly engine: { readonly currentSrc: string };
}

/**
 * Defines the members on `Class` (after its decorators: `src` and `poster` are its Lit
 * properties, read back resolved here).
 */
export function forwardMedia(Class: { prototype: object }, media: (el: HTMLElement) => Media): void {
  if (!globalThis.HTMLVideoElement) return; // Not a browser (server rendering): nothing to forward to.
  const P = Class.prototype;
  const V = HTMLVideoElement.prototype;
  const M = HTMLMediaElement.prototype;
  const handlers = new WeakMap<object, Handlers>();
  const define = (name: string, d: PropertyDescriptor) => Object.defineProperty(P, name, { ...d, configurable: true });
  for (const name of Object.getOwnPropertyNames(HTMLMediaElement)) {
    const value = (HTMLMediaElement as unknown as Record<string, unknown>)[name];
    if (typeof value === 'number') for (const o of [Class, P]) Object.defineProperty(o, name, { value });
  }
  for (const name of ['src', 'poster']) {
    const { get, set } = Object.getOwnPropertyDescriptor(P, name)!;
    define(name, { get: function (this: HTMLElement) { return href(get!.call(this)); }, set });
  }
  define('error', { get: function (this: HTMLElement) { return media(this).error; } });
  // As on `<video>`, the `muted` attribute (the element's, whose video is made by script).
  define('defaultMuted', {
    get: function (this: HTMLElement) { return this.hasAttribute('muted'); },
    set: function (this: HTMLElement, on: unknown) { this.toggleAttribute('muted', !!on); },
  });
  define('currentSrc', { get: function (this: HTMLElement) { return href(media(this).engine.currentSrc); } });
  for (const name of FORWARDED.split(' ')) {
    const d = Object.getOwnPropertyDescriptor(V, name) ?? Object.getOwnPropertyDescriptor(M, name);
    // Missing in this browser: missing on the element too, as on its `<video>`.
    if (!d) continue;
    const { get, set, value } = d;
    const type = name.slice(2);
    define(
      name,
      name.startsWith('on')
        ? {
            // A handler property of the element, fed by the events it re-dispatches.
            get(this: HTMLElement) {
              return handlers.get(this)?.[type] ?? null;
            },
            set(this: HTMLElement, fn: EventListener | null) {
              let own = handlers.get(this);
              if (!own) handlers.set(this, (own = {}));
              const old = own[type];
              if (old) this.removeEventListener(type, old);
              own[type] = typeof fn === 'function' ? fn : null;
              if (own[type]) this.addEventListener(type, own[type]);
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
