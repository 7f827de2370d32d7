/**
 * The media engine: plays an HLS source through hls.js where Media Source Extensions work, through
 * the browser's own HLS where they do not (iOS Safari before ManagedMediaSource), and anything else
 * (`.mp4`) through the video's own `src`. Owns the hls.js lifecycle and its error recovery.
 * @module
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { coversBuild, hlsBuildFor, hlsBuildForConfig, type HlsBuild } from '../core/hls-features.js';
import { likelyBuild, loadHlsBuild } from './load-hls.js';
import { offloadTransmuxing } from './offload.js';
import { attachable, openEarlySource, type EarlySource } from './early-source.js';
import { hasMediaSource, isHlsUrl, takeEarlyStart } from './early-start.js';
import { fetchPlaylist, manifestPolicy, prefetchVariant, type FetchedPlaylist, type PrefetchedVariant } from './primed-loader.js';
import type { Primed } from './primed-loader-class.js';
import type { Recoveries } from './hls-errors.js';
import { replayDuration } from '../core/replay-duration.js';
import { ErrorCode } from '../events.js';
import type { HlsConstructor, HlsInstance, MediaFailure } from './hls-types.js';
import { HLS_DEFAULTS } from './hls-defaults.js';

export type { HlsBuild } from '../core/hls-features.js';
export type { HlsConstructor, HlsInstance, MediaFailure } from './hls-types.js';
export { HLS_DEFAULTS } from './hls-defaults.js';


/** What to play besides the URL. */
export interface LoadOptions {
  /** Tried once, after `src` fails for good. */
  readonly fallbackSrc?: string;
  /** Spread last over the library's hls.js defaults. */
  readonly hlsConfig?: Record<string, unknown>;
  /** A host-supplied Hls class; else hls.js is imported lazily. */
  readonly hlsConstructor?: HlsConstructor;
  /** Initial position in seconds. */
  readonly startPosition?: number;
  /**
   * False (preload="metadata"): hls.js loads the playlists but no segment until the video plays.
   * True (the first frame is wanted now): the likely hls.js build is imported beside the master playlist.
   */
  readonly autoStartLoad?: boolean;
}

/** Options of {@link MediaEngineController}. */
export interface MediaEngineOptions {
  /** The video element to drive (rendered by the host, so read lazily). */
  readonly video: () => HTMLVideoElement | undefined;
  /**
   * Loads the Hls class of the chosen build; defaults to a dynamic import of that build (each a
   * separate chunk in the CDN build). Tests pass a fake.
   */
  readonly loadHls?: (build: HlsBuild) => Promise<HlsConstructor>;
  /** Called once per failure, after the fallback (if any) was tried; also for non-fatal problems (`fatal: false`). */
  readonly onError?: (failure: MediaFailure) => void;
  /** Called each time the video gets a source (also the fallback, and after a media recovery). */
  readonly onAttached?: () => void;
  /** Called when hls.js's subtitle tracks or the selected one change. */
  readonly onTracks?: () => void;
}

type Loaders = typeof import('./primed-loader-class.js');

const HLS_MIME = 'application/vnd.apple.mpegurl';

// Page config that changes how playlists are requested (headers, credentials, a custom loader):
// the engine's own fetch could not reproduce it, so the playlist is not scanned and the full build
// is used.
const OWN_REQUESTS = ['xhrSetup', 'fetchSetup', 'loader', 'pLoader'];

export { isHlsUrl };

/** Plays a source on the host's video; see the module doc. */
export class MediaEngineController implements ReactiveController {
  private _hls: HlsInstance | null = null;
  private _kind: 'hls.js' | 'native' | 'none' = 'none';
  private _build: HlsBuild | 'page' | undefined;
  private _failure: MediaFailure | undefined;
  private _playlistDuration = 0;
  private generation = 0;
  private src = '';
  private opts: LoadOptions = {};
  private fallbackTried = false;
  private recoveries: Recoveries = { count: 0, last: -Infinity };
  private originalSrc = '';
  private pendingStart = false;
  private startRequested = false;
  private manifestParsed = false;
  private settle: (() => void) | undefined;
  private nativeListeners: [string, EventListener][] = [];
  private early: EarlySource | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: MediaEngineOptions,
  ) {
    host.addController(this);
  }

  /** The live hls.js instance, or null on the native path. */
  get hls(): HlsInstance | null {
    return this._hls;
  }

  /** Which engine plays the current source. */
  get kind(): 'hls.js' | 'native' | 'none' {
    return this._kind;
  }

  /**
   * The hls.js build playing the current source: `light`, `subtitles` or `full` (chosen from the
   * playlist, see `core/hls-features`), `page` for the page's own `hlsConstructor`; undefined
   * before hls.js is chosen and on the native path.
   */
  get build(): HlsBuild | 'page' | undefined {
    return this._build;
  }

  /**
   * A replay's length from its media playlist, read before the video knows it (with
   * `preload="metadata"` no segment loads until play); 0 when unknown or live.
   */
  get playlistDuration(): number {
    return this._playlistDuration;
  }

  /** The failure that stopped playback, until the next load. */
  get failure(): MediaFailure | undefined {
    return this._failure;
  }

  /** The URL being played (the fallback after a switch), or '' when nothing is loaded. */
  get currentSrc(): string {
    return this.src;
  }

  hostDisconnected(): void {
    this.destroy();
  }

  /**
   * Plays `src`, tearing down whatever played before. Resolves once the video has its source
   * attached (or the load failed or was superseded); never rejects.
   */
  load(src: string, opts: LoadOptions = {}): Promise<void> {
    this.destroy();
    this.opts = opts;
    this.originalSrc = src;
    this.fallbackTried = false;
    return this.start(src);
  }

  /** A `fallback-src` given after the load started: the next failure tries it. */
  set fallbackSrc(url: string | undefined) {
    // Set on every update of the element: a new options object only when it changed.
    if (url !== this.opts.fallbackSrc) this.opts = { ...this.opts, fallbackSrc: url };
  }

  /** Loads the source again from scratch, fallback included (the error state's Retry). */
  retry(): Promise<void> {
    return this.load(this.originalSrc, this.opts);
  }

  /** The watchdog found no progress for `ms`: give up on this source (fallback, else the error state). */
  stall(ms: number): void {
    if (this.src && !this._failure) this.giveUp(ErrorCode.MediaStalled, `No progress for ${ms} ms.`);
  }

  /** hls.js with `autoStartLoad: false`: start fetching segments now (the video is about to play). */
  startLoad(): void {
    const hls = this._hls;
    if (!hls || !this.pendingStart) return;
    this.startRequested = true;
    if (!this.manifestParsed) return;
    this.pendingStart = false;
    const video = this.options.video();
    const at = video && video.currentTime > 0 ? video.currentTime : this.opts.startPosition ?? -1;
    hls.startLoad(at);
  }

  /** Releases hls.js (detach, then destroy), native listeners and the video's source. */
  destroy(): void {
    this.generation++;
    const hls = this._hls;
    const video = this.options.video();
    this._hls = null;
    this._kind = 'none';
    this._build = undefined;
    this._playlistDuration = 0;
    this._failure = undefined;
    this.recoveries = { count: 0, last: -Infinity };
    this.pendingStart = false;
    this.startRequested = false;
    this.manifestParsed = false;
    this.settle?.();
    this.settle = undefined;
    this.dropEarly();
    if (hls) {
      hls.detachMedia();
      hls.destroy();
    }
    for (const [type, fn] of this.nativeListeners) video?.removeEventListener(type, fn);
    this.nativeListeners = [];
    if (video && (video.hasAttribute('src') || video.currentSrc)) {
      video.removeAttribute('src');
      video.load();
    }
    this.host.requestUpdate();
  }

  private async start(src: string, at = this.opts.startPosition): Promise<void> {
    const token = this.generation;
    const video = this.options.video();
    this.src = src;
    if (!src || !video) return;
    if (!isHlsUrl(src)) return this.playNative(video, src, at);
    if (!hasMediaSource()) {
      if (video.canPlayType(HLS_MIME)) return this.playNative(video, src, at);
      return this.giveUp(ErrorCode.MediaUnsupported, 'HLS is not supported in this browser.');
    }
    // The first frame is wanted now: the video's MediaSource opens while hls.js is on its way. Not
    // for the page's own Hls class, which may predate taking a MediaSource over (hls.js 1.6).
    if (this.opts.autoStartLoad && !this.opts.hlsConstructor) this.early = openEarlySource(video);
    let Hls: HlsConstructor;
    let fetched: FetchedPlaylist | undefined;
    let variant: PrefetchedVariant | undefined;
    let loaders: Loaders;
    // The playlist loader's classes come in their own small chunk beside the build they extend.
    const classes = import('./primed-loader-class.js');
    classes.catch(() => {});
    try {
      if (this.opts.hlsConstructor) {
        Hls = this.opts.hlsConstructor;
        this._build = 'page';
        loaders = await classes;
      } else {
        const choice = await this.chooseBuild(src);
        if (token !== this.generation) return;
        fetched = choice.fetched;
        // The only variant's playlist comes down while hls.js does (see engine/primed-loader). Without
        // autoStartLoad hls.js asks for it at play (a live one is fetched again then), and its length
        // shows on the seek bar meanwhile.
        if (fetched) variant = prefetchVariant(fetched, manifestPolicy(this.opts.hlsConfig));
        this.readLength(token, fetched, variant);
        this._build = choice.build;
        [Hls, loaders] = await Promise.all([choice.imported ?? (this.options.loadHls ?? loadHlsBuild)(choice.build), classes]);
      }
    } catch (cause) {
      if (token !== this.generation) return;
      return this.giveUp(ErrorCode.MediaEngine, 'The HLS engine could not be loaded.', cause);
    }
    if (token !== this.generation) return;
    // Chromium answers "maybe" to canPlayType(HLS) yet cannot play it: prefer MSE whenever it works.
    if (Hls.isSupported()) return this.playHls(Hls, loaders, video, src, at, fetched && { fetched, variant });
    this.dropEarly();
    if (video.canPlayType(HLS_MIME)) return this.playNative(video, src, at);
    return this.giveUp(ErrorCode.MediaUnsupported, 'HLS is not supported in this browser.');
  }

  /** Reads a replay's length from its media playlist: the source itself, or its only variant. */
  private readLength(token: number, source: FetchedPlaylist | undefined, variant: PrefetchedVariant | undefined): void {
    const found = (text: string) => {
      const length = replayDuration(text);
      if (token !== this.generation || !length) return;
      this._playlistDuration = length;
      this.host.requestUpdate();
    };
    if (source?.ok) found(source.text);
    void variant?.fetched.then(({ playlist }) => playlist.ok && found(playlist.text));
  }

  /**
   * Fetches the playlist and picks the smallest build for it and the page's config. The fetch is
   * hls.js's first attempt (see `engine/primed-loader`); when it fails, the full build is chosen
   * and hls.js retries or reports the failure under its own policy. When the first frame is wanted
   * now, the likely build (see `likelyBuild`) is imported meanwhile, not after: `imported` when it
   * plays what the playlist needs (light ⊂ subtitles ⊂ full); else it was only bytes.
   */
  private async chooseBuild(src: string): Promise<{ build: HlsBuild; fetched?: FetchedPlaylist; imported?: Promise<HlsConstructor> }> {
    const config = this.opts.hlsConfig;
    if (hlsBuildForConfig(config) === 'full' || (config && OWN_REQUESTS.some((key) => config[key] !== undefined))) {
      return { build: 'full' };
    }
    // Begun by the CDN entry's first code (engine/early-start), under hls.js's default policy.
    const begun = this.opts.autoStartLoad && !config ? takeEarlyStart(new URL(src, document.baseURI).href) : undefined;
    const guess = begun?.build ?? (this.opts.autoStartLoad && likelyBuild());
    const early = begun?.imported ?? (guess && (this.options.loadHls ?? loadHlsBuild)(guess));
    early && early.catch(() => {});
    const fetched = await (begun?.playlist ?? fetchPlaylist(src, manifestPolicy(config)));
    const need = fetched.ok ? hlsBuildFor(fetched.text, config) : 'full';
    return guess && coversBuild(guess, need) ? { build: guess, fetched, imported: early as Promise<HlsConstructor> } : { build: need, fetched };
  }

  private playHls(Hls: HlsConstructor, loaders: Loaders, video: HTMLVideoElement, src: string, at: number | undefined, primed?: Primed): Promise<void> {
    const token = this.generation;
    const config = {
      ...HLS_DEFAULTS,
      startPosition: at ?? -1,
      autoStartLoad: this.opts.autoStartLoad ?? true,
      ...this.opts.hlsConfig,
      // Over the page's loader: playlists hls.js would choke on are cleaned, and the playlist already
      // fetched to choose the build is handed to hls.js rather than fetched again.
      ...loaders.playlistLoader(Hls, this.opts.hlsConfig, primed, (f) => token === this.generation && this.options.onError?.(f)),
    };
    const hls = new Hls(config);
    this._hls = hls;
    this._kind = 'hls.js';
    this.pendingStart = config.autoStartLoad === false;
    const { Events } = Hls;
    // Every callback checks that its instance is still the live one: hls.js may call back after
    // destroy() (queued events), and a stale instance must never touch the element.
    const live = () => this._hls === hls;
    hls.on(Events.ERROR, (_e, data) => {
      const failure = live() && loaders.hlsError(Hls, hls, data, this.recoveries, this.shopperTime(video), !this.pendingStart);
      if (failure) this.giveUp(failure.code, failure.message, failure.cause);
    });
    hls.on(Events.MANIFEST_PARSED, () => {
      if (!live()) return;
      this.manifestParsed = true;
      if (this.startRequested) this.startLoad();
      this.host.requestUpdate();
    });
    const tracks = () => {
      if (!live()) return;
      this.options.onTracks?.();
      this.host.requestUpdate();
    };
    hls.on(Events.SUBTITLE_TRACKS_UPDATED, tracks);
    hls.on(Events.SUBTITLE_TRACK_SWITCH, tracks);
    if (this.pendingStart) this.listen(video, 'play', () => this.startLoad());
    offloadTransmuxing({ hls, config, buffered: Hls.Events.FRAG_BUFFERED, build: this._build, video, live });
    // Settles on attach, or when this load is torn down first (superseded or failed).
    const attached = new Promise<void>((resolve) => (this.settle = resolve));
    hls.on(Events.MEDIA_ATTACHED, () => {
      if (!live()) return;
      this.settle?.();
      this.options.onAttached?.();
    });
    // hls.js takes the early MediaSource over (and revokes its URL when it detaches).
    hls.attachMedia(attachable(video, this.early));
    this.early = undefined;
    hls.loadSource(src);
    this.host.requestUpdate();
    return attached;
  }

  private playNative(video: HTMLVideoElement, src: string, start: number | undefined): Promise<void> {
    this._kind = 'native';
    const token = this.generation;
    this.listen(video, 'error', async () => {
      const err = video.error;
      // MEDIA_ERR_ABORTED is the user or a new load stopping the fetch: not a failure.
      if (!err || err.code === 1) return;
      let code = err.code === 2 ? ErrorCode.MediaNetwork : err.code === 3 ? ErrorCode.MediaDecode : ErrorCode.MediaUnsupported;
      // Chromium reports a missing file (404) as MEDIA_ERR_SRC_NOT_SUPPORTED, "Format error": ask
      // the server whether the file is there before calling it a format this browser cannot play.
      if (code === ErrorCode.MediaUnsupported && !(await fetch(src, { method: 'HEAD' }).then((r) => r.ok, () => false))) {
        code = ErrorCode.MediaNetwork;
      }
      if (token === this.generation) this.giveUp(code, code === ErrorCode.MediaNetwork ? 'The video could not be loaded.' : err.message || 'The video could not be played.', err);
    });
    if (start && start > 0) {
      // Once, at the first metadata: the video may have played a few frames from 0 by then (an
      // autoplaying fallback on a busy machine), which is still not where the shopper was.
      this.listen(video, 'loadedmetadata', () => {
        if (video.currentTime < start - 0.5) video.currentTime = start;
      });
    }
    video.src = src;
    this.host.requestUpdate();
    this.options.onAttached?.();
    return Promise.resolve();
  }

  /** Revokes the early MediaSource's URL (hls.js did not take it). */
  private dropEarly(): void {
    if (this.early) URL.revokeObjectURL(this.early.url);
    this.early = undefined;
  }

  private listen(video: HTMLVideoElement, type: string, fn: EventListener): void {
    video.addEventListener(type, fn);
    this.nativeListeners.push([type, fn]);
  }

  /**
   * Where the shopper is: after a media recovery the new MediaSource reads 0 (or where it restarts)
   * until hls.js has seeked back, so never less than where the last recovery started from.
   */
  private shopperTime(video: HTMLVideoElement): number {
    return Math.max(video.currentTime, this.recoveries.at ?? 0);
  }

  private giveUp(code: ErrorCode, message: string, cause?: unknown): void {
    const fallback = this.opts.fallbackSrc;
    const video = this.options.video();
    // The fallback takes over where the shopper was in a replay; live, it starts at its live edge.
    const at = (video && video.duration !== Infinity && this.shopperTime(video)) || this.opts.startPosition;
    this.destroy();
    if (fallback && !this.fallbackTried && fallback !== this.originalSrc) {
      this.fallbackTried = true;
      void this.start(fallback, at);
      return;
    }
    this._failure = { code, message, cause };
    this.options.onError?.(this._failure);
    this.host.requestUpdate();
  }
}
