/**
 * The primed playlist loader class, a lazy chunk imported beside the hls.js build it extends (the
 * prefetching itself, in `primed-loader.ts`, runs before either arrives).
 * @module
 */
import { LIVE_FRESH_MS, manifestPolicy, type FetchedPlaylist, type LoaderCallbacks, type LoaderClass, type ManifestPolicy, type PrefetchedVariant } from './primed-loader.js';
import { dropReservedDateRanges, takePinTags } from '../core/playlist-guard.js';
import { ErrorCode } from '../events.js';
import type { HlsConstructor, MediaFailure } from './hls-types.js';

export { hlsError } from './hls-errors.js';

/** The playlist fetched to choose the build, handed to hls.js through the primed loader. */
export interface Primed {
  readonly fetched: FetchedPlaylist;
  readonly variant: PrefetchedVariant | undefined;
}

/**
 * The `pLoader` of one hls.js instance: over the page's own loader (`pLoader`, else `loader`) or
 * hls.js's, guarded (see {@link guardedLoader}), and primed with the playlist already fetched.
 * Each dropped date range is reported once, as a non-fatal `show-invalid`.
 */
export function playlistLoader(
  Hls: HlsConstructor,
  own: Record<string, unknown> | undefined,
  primed: Primed | undefined,
  report: (failure: MediaFailure) => void,
): { pLoader?: LoaderClass } {
  const Base = (own?.pLoader ?? own?.loader ?? Hls.DefaultConfig?.loader) as LoaderClass | undefined;
  if (typeof Base !== 'function') return {};
  // The guard is outermost, so that it also sees the playlists the primed loader answers with.
  const Loader = primed ? primedLoader(Base, primed.fetched, manifestPolicy(own), primed.variant) : Base;
  return {
    pLoader: guardedLoader(Loader, (id) =>
      report({ code: ErrorCode.ShowInvalid, message: `Stream pin skipped: EXT-X-DATERANGE ID="${id.slice(0, 64)}" is reserved.`, fatal: false }),
    ),
  };
}

/**
 * A `pLoader` class over `Base` (hls.js's loader, or the page's own) that takes out of every
 * playlist, before hls.js parses it, the date ranges hls.js 1.7 throws on (see
 * `core/playlist-guard`): the stream plays on without them. `dropped` hears each such ID once.
 * Product pins are handed on as tags hls.js keeps but does not place (`takePinTags`): placing
 * thousands of date ranges costs hls.js minutes; the player places them itself, in linear time.
 */
export function guardedLoader(Base: LoaderClass, dropped: (id: string) => void): LoaderClass {
  const named = new Set<string>();
  const note = (id: string) => !named.has(id) && (named.add(id), dropped(id));
  return class GuardedLoader extends Base {
    override load(context: { type?: string; url: string }, config: unknown, callbacks: LoaderCallbacks): void {
      const onSuccess: LoaderCallbacks['onSuccess'] = (response, ...rest) => {
        const r = response as { data?: unknown };
        if (typeof r.data === 'string') r.data = takePinTags(dropReservedDateRanges(r.data, note));
        callbacks.onSuccess(response, ...rest);
      };
      super.load(context, config, { ...callbacks, onSuccess });
    }
  };
}

/**
 * A `pLoader` class for one hls.js instance: its first `manifest` request (for `fetched.url`) gets the fetch's outcome as its first attempt (a success, or a failure that hls.js's policy
 * retries with a real request or reports); its first request for the `variant` playlist gets the
 * prefetched text when that succeeded; every other request goes to hls.js's own loader.
 */
export function primedLoader(Base: LoaderClass, fetched: FetchedPlaylist, policy: ManifestPolicy, variant?: PrefetchedVariant): LoaderClass {
  let pending = true;
  let variantPending = !!variant;
  return class PrimedLoader extends Base {
    private cancelled = false;

    override abort(): void {
      this.cancelled = true;
      super.abort();
    }

    override destroy(): void {
      this.cancelled = true;
      super.destroy();
    }

    override load(context: { type?: string; url: string }, config: unknown, callbacks: LoaderCallbacks): void {
      if (variant && variantPending && context.type === 'level' && context.url === variant.url) {
        variantPending = false;
        void variant.fetched.then(({ playlist, at }) => {
          if (this.cancelled) return;
          const usable = playlist.ok && (playlist.text.includes('#EXT-X-ENDLIST') || performance.now() - at < LIVE_FRESH_MS);
          if (usable) this.answer(playlist, context, callbacks);
          else super.load(context, config, callbacks);
        });
        return;
      }
      // The instance's first manifest request is the engine's `loadSource(src)`: hls.js resolves the
      // URL itself (against `self.location`, which is about:blank in a blank frame), so it is not compared.
      if (!pending || context.type !== 'manifest') {
        return super.load(context, config, callbacks);
      }
      pending = false;
      const { stats } = this;
      if (fetched.ok) {
        this.answer(fetched, context, callbacks);
        return;
      }
      // hls.js retries timeouts, server errors (5xx) and other non-4xx answers, not 4xx or no answer (0).
      const timeout = 'timeout' in fetched;
      const status = timeout ? 0 : fetched.status;
      const retry = timeout ? policy.timeoutRetry : status !== 0 && (status < 400 || status > 499) ? policy.errorRetry : null;
      if (retry && retry.maxNumRetry > 0) {
        // The fetch was attempt one: hls.js makes the retry, after its delay, with one retry used.
        stats.retry = 1;
        const delay = timeout ? 0 : Math.max(0, (policy.errorRetry?.retryDelayMs ?? 0) - (performance.now() - fetched.at));
        setTimeout(() => super.load(context, config, callbacks), delay);
        return;
      }
      stats.loading.start = performance.now();
      setTimeout(() =>
        timeout
          ? callbacks.onTimeout(stats, context, null)
          : callbacks.onError({ code: status, text: fetched.statusText }, context, null, stats),
      );
    }

    /** Answers `context` with a playlist already fetched, in a task of its own as a real load would. */
    private answer(playlist: FetchedPlaylist & { ok: true }, context: { url: string }, callbacks: LoaderCallbacks): void {
      const { stats } = this;
      stats.loading.start = stats.loading.first = stats.loading.end = performance.now();
      stats.loaded = stats.total = playlist.text.length;
      const response = { url: playlist.responseUrl, data: playlist.text, code: 200 };
      setTimeout(() => !this.cancelled && callbacks.onSuccess(response, stats, context, null));
    }
  };
}
