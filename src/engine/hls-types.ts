/**
 * The parts of hls.js the library uses, as types: the engine is written against these, tests
 * pass a fake that implements them, and a page's `hlsConstructor` must provide them.
 * @module
 */

/** The parts of an hls.js instance the library uses (tests pass a fake). */
export interface HlsInstance {
  readonly subtitleTracks: readonly { readonly id: number; readonly name: string; readonly lang?: string }[];
  subtitleTrack: number;
  subtitleDisplay: boolean;
  on(event: string, listener: (event: string, data: any) => void): void;
  off(event: string, listener?: (event: string, data: any) => void): void;
  loadSource(src: string): void;
  attachMedia(media: HTMLMediaElement): void;
  detachMedia(): void;
  destroy(): void;
  recoverMediaError(): void;
  swapAudioCodec(): void;
  startLoad(startPosition?: number): void;
}

/** The parts of the hls.js class (its constructor and statics) the library uses. */
export interface HlsConstructor {
  new (config?: Record<string, unknown>): HlsInstance;
  isSupported(): boolean;
  readonly Events: {
    readonly MEDIA_ATTACHED: string;
    readonly MANIFEST_PARSED: string;
    readonly FRAG_BUFFERED: string;
    readonly ERROR: string;
    readonly SUBTITLE_TRACKS_UPDATED: string;
    readonly SUBTITLE_TRACK_SWITCH: string;
  };
  readonly ErrorTypes: { readonly NETWORK_ERROR: string; readonly MEDIA_ERROR: string; readonly KEY_SYSTEM_ERROR: string };
}
