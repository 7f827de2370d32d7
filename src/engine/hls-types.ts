/**
 * The parts of hls.js the library uses, as types: the one description of hls.js that the engine,
 * the controls, the live state and the stream pins are written against (each reads a `Pick` of it),
 * that tests' fakes implement, and that a page's `hlsConstructor` must provide. The public `hls`
 * property is typed as hls.js's own class. test/contracts/hls-internals.test.ts checks the fields
 * against the installed hls.js.
 * @module
 */
import type { DateRangeLike } from '../core/hls-playlist.js';
import type { LoaderClass } from './primed-loader.js';
import type { ErrorCode } from '../events.js';

/** The fatal failure the engine gave up on (or, with `fatal: false`, a problem it played on past). */
export interface MediaFailure {
  readonly code: ErrorCode;
  readonly message: string;
  readonly cause?: unknown;
  readonly fatal?: boolean;
}

/** The parts of hls.js's `LevelDetails` (a loaded media playlist) the library reads. */
export interface LevelDetailsLike {
  dateRanges?: Record<string, DateRangeLike | undefined>;
  /** `tagList`: hls.js keeps each tag before a segment as `[name, value]` (the player's pin tags among them). */
  fragments: ReadonlyArray<{ start: number; programDateTime: number | null; tagList?: ReadonlyArray<readonly string[]> }>;
  live?: boolean;
  targetduration?: number;
}

/** The parts of an hls.js instance the library uses (tests pass a fake; optional: a fake may lack them). */
export interface HlsInstance {
  readonly subtitleTracks: readonly { readonly id: number; readonly name: string; readonly lang?: string }[];
  subtitleTrack: number;
  subtitleDisplay: boolean;
  on(event: string, listener: (event: string, data: any) => void): void;
  off(event: string, listener?: (event: string, data: any) => void): void;
  loadSource(src: string): void;
  /** A video, or a video with a MediaSource already on it (hls.js 1.6+ takes it over: see `engine/early-source`). */
  attachMedia(media: HTMLMediaElement | { media: HTMLMediaElement; mediaSource: MediaSource }): void;
  detachMedia(): void;
  destroy(): void;
  recoverMediaError(): void;
  swapAudioCodec(): void;
  startLoad(startPosition?: number): void;
  /** The playlist loaded last (live state, stream pins). */
  readonly latestLevelDetails?: LevelDetailsLike | null;
  /** Where hls.js would start a live stream: the live edge less its target latency. */
  readonly liveSyncPosition?: number | null;
  /** The program date time at the playhead (flash-sale countdowns). */
  readonly playingDate?: Date | null;
  /** Alternate audio renditions and the one playing (the audio menu). */
  readonly audioTracks?: readonly { readonly name?: string; readonly lang?: string }[];
  audioTrack?: number;
  /** Quality levels (the quality menu); `nextLevel` -1 hands the choice back to hls.js. */
  readonly levels?: readonly { readonly height?: number; readonly bitrate?: number }[];
  nextLevel?: number;
  /** The level the viewer chose, -1 while hls.js chooses. */
  readonly manualLevel?: number;
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
  /** hls.js's defaults: its playlist loader class is the base of the primed loader. */
  readonly DefaultConfig?: { readonly loader?: LoaderClass };
}
