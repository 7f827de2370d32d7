/**
 * What the engine does about an hls.js `ERROR`: part of the lazy chunk that comes with hls.js
 * (re-exported by `primed-loader-class`), as it only runs once hls.js plays.
 * @module
 */
import { ErrorCode } from '../events.js';
import type { HlsConstructor, HlsInstance, MediaFailure } from './hls-types.js';

/** Recoveries of fatal media errors per source, and the least time between two (hls.js docs/API.md). */
const MAX_RECOVERIES = 2;
const RECOVERY_INTERVAL_MS = 3000;

/** The recoveries made for one source so far (the engine resets it with each load). */
export interface Recoveries {
  count: number;
  last: number;
  /** Where the viewer was at the last recovery (the new MediaSource reads 0 until it has media). */
  at?: number;
  /** A recovery's new MediaSource is not attached yet. */
  attaching?: boolean;
}

/** An hls.js `ERROR` event's data, as far as it is read here. */
export interface HlsErrorData {
  fatal?: boolean;
  type?: string;
  details?: string;
  error?: unknown;
}

/**
 * hls.js docs/API.md: non-fatal errors are handled by hls.js itself; a fatal media error may be
 * recovered with recoverMediaError() (then swapAudioCodec() first), throttled so a broken stream
 * cannot loop; a fatal network error means hls.js exhausted its retry policy, so reloading would
 * only loop. Returns the failure to give up with, or undefined (not fatal, or being recovered).
 * `at` is where the viewer was; `loading` is false while hls.js waits for play to load anything.
 */
export function hlsError(
  Hls: HlsConstructor,
  hls: HlsInstance,
  data: HlsErrorData,
  recoveries: Recoveries,
  at: number | undefined,
  loading: boolean,
): MediaFailure | undefined {
  if (!data.fatal) return undefined;
  const cause = data.error ?? data;
  if (data.type === Hls.ErrorTypes.MEDIA_ERROR) {
    // One broken fragment may be reported fatal more than once (the transmuxer's two tracks, a few
    // ms apart): what comes before the recovery's new MediaSource is attached is the same failure.
    // hls.js stopped loading again for it (its own listener runs first), so loading starts again.
    if (recoveries.attaching) {
      if (loading) hls.startLoad(recoveries.at || -1);
      return undefined;
    }
    const now = performance.now();
    if (recoveries.count < MAX_RECOVERIES && now - recoveries.last >= RECOVERY_INTERVAL_MS) {
      if (recoveries.count > 0) hls.swapAudioCodec();
      recoveries.count++;
      recoveries.last = now;
      recoveries.at = at;
      recoveries.attaching = true;
      const attached = () => {
        recoveries.attaching = false;
        hls.off(Hls.Events.MEDIA_ATTACHED, attached);
      };
      hls.on(Hls.Events.MEDIA_ATTACHED, attached);
      // hls.js's own ERROR listener ran first and, the error being fatal, stopped loading:
      // recoverMediaError() alone re-attaches a new MediaSource and loads nothing (time 0, a
      // spinner for ever). Load again from where the viewer was.
      hls.recoverMediaError();
      if (loading) hls.startLoad(at || -1);
      return undefined;
    }
    return { code: ErrorCode.MediaDecode, message: `The video could not be decoded (${data.details}).`, cause };
  }
  if (data.type === Hls.ErrorTypes.NETWORK_ERROR) {
    return { code: ErrorCode.MediaNetwork, message: `The video could not be loaded (${data.details}).`, cause };
  }
  const unsupported = data.type === Hls.ErrorTypes.KEY_SYSTEM_ERROR || data.details === 'manifestIncompatibleCodecsError';
  return { code: unsupported ? ErrorCode.MediaUnsupported : ErrorCode.MediaEngine, message: `The video could not be played (${data.details}).`, cause };
}
