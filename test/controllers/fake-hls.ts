/**
 * A stand-in for hls.js: records what the engine asks of it and lets a test emit hls.js events
 * (MANIFEST_PARSED, fatal and non-fatal ERROR, subtitle track changes).
 */
import type { HlsConstructor, HlsInstance } from '../../src/engine/media-engine.js';

type Listener = (event: string, data: any) => void;

export class FakeHls implements HlsInstance {
  static supported = true;
  static instances: FakeHls[] = [];
  static isSupported(): boolean {
    return FakeHls.supported;
  }
  static readonly Events = {
    MEDIA_ATTACHED: 'hlsMediaAttached',
    MANIFEST_PARSED: 'hlsManifestParsed',
    FRAG_BUFFERED: 'hlsFragBuffered',
    ERROR: 'hlsError',
    SUBTITLE_TRACKS_UPDATED: 'hlsSubtitleTracksUpdated',
    SUBTITLE_TRACK_SWITCH: 'hlsSubtitleTrackSwitch',
  };
  static readonly ErrorTypes = {
    NETWORK_ERROR: 'networkError',
    MEDIA_ERROR: 'mediaError',
    KEY_SYSTEM_ERROR: 'keySystemError',
  };

  /** Every call, in order, e.g. `['attachMedia', 'loadSource', 'detachMedia', 'destroy']`. */
  readonly calls: string[] = [];
  readonly listeners = new Map<string, Set<Listener>>();
  media: HTMLMediaElement | null = null;
  /** The MediaSource handed over with the media (`attachMedia({ media, mediaSource })`), if any. */
  mediaSource: MediaSource | null = null;
  source = '';
  subtitleTracks: { id: number; name: string; lang?: string }[] = [];
  subtitleTrack = -1;
  subtitleDisplay = true;
  destroyed = false;

  constructor(readonly config: Record<string, unknown> = {}) {
    FakeHls.instances.push(this);
  }

  static reset(): void {
    FakeHls.supported = true;
    FakeHls.instances = [];
  }

  static get last(): FakeHls {
    return FakeHls.instances[FakeHls.instances.length - 1];
  }

  on(event: string, listener: Listener): void {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }
  off(event: string, listener?: Listener): void {
    if (listener) this.listeners.get(event)?.delete(listener);
    else this.listeners.delete(event);
  }
  /** Calls the listeners even after destroy(), as a queued hls.js callback would. */
  emit(event: string, data: unknown = {}): void {
    for (const fn of [...(this.listeners.get(event) ?? [])]) fn(event, data);
  }
  loadSource(src: string): void {
    this.calls.push('loadSource');
    this.source = src;
  }
  attachMedia(data: HTMLMediaElement | { media: HTMLMediaElement; mediaSource: MediaSource }): void {
    this.calls.push('attachMedia');
    const media = 'mediaSource' in data ? data.media : data;
    this.media = media;
    this.mediaSource = 'mediaSource' in data ? data.mediaSource : null;
    queueMicrotask(() => this.emit(FakeHls.Events.MEDIA_ATTACHED, { media }));
  }
  detachMedia(): void {
    this.calls.push('detachMedia');
    this.media = null;
  }
  destroy(): void {
    this.calls.push('destroy');
    this.destroyed = true;
  }
  /** As hls.js: a new MediaSource, attached (MEDIA_ATTACHED) once it opens. */
  recoverMediaError(): void {
    this.calls.push('recoverMediaError');
    const media = this.media;
    queueMicrotask(() => this.emit(FakeHls.Events.MEDIA_ATTACHED, { media }));
  }
  swapAudioCodec(): void {
    this.calls.push('swapAudioCodec');
  }
  startLoad(startPosition = -1): void {
    this.calls.push(`startLoad(${startPosition})`);
  }
}

/** Type check: the fake is a valid Hls class for the engine. */
export const FakeHlsClass: HlsConstructor = FakeHls;
