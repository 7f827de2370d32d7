/**
 * The engine fetches the master playlist itself, to choose the hls.js build, before hls.js exists.
 * This module makes that fetch hls.js's first attempt at the playlist: a playlist loader (`pLoader`)
 * that answers hls.js's first request for it with the fetch's outcome, so choosing costs no second
 * request, and a failure is retried, timed out and reported under hls.js's own manifest load policy.
 *
 * When the master lists a single variant, the engine also fetches that variant's media playlist
 * while hls.js is being downloaded (see {@link prefetchVariant}), so that hls.js, once it runs,
 * finds both playlists and asks for the first segment at once: one round trip less before the
 * first frame. Only that first request is answered this way; a failed prefetch, or a live playlist
 * more than a second old, is requested again by hls.js as usual.
 * @module
 */
import { onlyVariant } from '../core/hls-features.js';

/** hls.js's manifest load policy (`manifestLoadPolicy.default`), the parts used here. */
export interface ManifestPolicy {
  readonly maxTimeToFirstByteMs: number;
  readonly maxLoadTimeMs: number;
  readonly timeoutRetry: { readonly maxNumRetry: number } | null;
  readonly errorRetry: { readonly maxNumRetry: number; readonly retryDelayMs: number } | null;
}

/**
 * hls.js 1.7's default `manifestLoadPolicy.default`, copied because the first fetch happens before
 * hls.js is loaded (test/contracts/hls-internals.test.ts fails when hls.js changes it).
 */
export const DEFAULT_POLICY: ManifestPolicy = {
  maxTimeToFirstByteMs: Infinity,
  maxLoadTimeMs: 20_000,
  timeoutRetry: { maxNumRetry: 2 },
  errorRetry: { maxNumRetry: 1, retryDelayMs: 1000 },
};

/** What the first attempt at the playlist got: its text, an HTTP status (0: no answer), or a timeout. */
export type FetchedPlaylist =
  | { readonly url: string; readonly ok: true; readonly responseUrl: string; readonly text: string }
  | { readonly url: string; readonly ok: false; readonly status: number; readonly statusText: string; readonly at: number }
  | { readonly url: string; readonly ok: false; readonly timeout: true; readonly at: number };

/** The manifest load policy in force for a page's hls.js config. */
export function manifestPolicy(config: Readonly<Record<string, unknown>> | undefined): ManifestPolicy {
  const policy = (config?.manifestLoadPolicy as { default?: Partial<ManifestPolicy> } | undefined)?.default;
  return { ...DEFAULT_POLICY, ...policy };
}

/**
 * Fetches `url` as hls.js's first attempt would: it times out after the policy's time to first
 * byte or load time, whichever is shorter. Never rejects.
 */
export async function fetchPlaylist(url: string, policy: ManifestPolicy): Promise<FetchedPlaylist> {
  const limit = Math.min(policy.maxTimeToFirstByteMs, policy.maxLoadTimeMs);
  const abort = new AbortController();
  const timer = Number.isFinite(limit) ? setTimeout(() => abort.abort(), limit) : undefined;
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal: abort.signal });
    if (!response.ok) return { url, ok: false, status: response.status, statusText: response.statusText, at: performance.now() };
    return { url, ok: true, responseUrl: response.url || url, text: await response.text() };
  } catch {
    const at = performance.now();
    return abort.signal.aborted ? { url, ok: false, timeout: true, at } : { url, ok: false, status: 0, statusText: '', at };
  } finally {
    clearTimeout(timer);
  }
}

/** A variant's media playlist, fetched while hls.js loads; `at` is when the fetch settled. */
export interface PrefetchedVariant {
  readonly url: string;
  readonly fetched: Promise<{ readonly playlist: FetchedPlaylist; readonly at: number }>;
}

/** A live playlist older than this is fetched again rather than handed to hls.js. */
export const LIVE_FRESH_MS = 1000;

/**
 * Starts fetching the media playlist of a master's only variant (see `onlyVariant`); undefined
 * when the master has several variants, is a media playlist, or names a URL that cannot be resolved.
 */
export function prefetchVariant(master: FetchedPlaylist, policy: ManifestPolicy): PrefetchedVariant | undefined {
  const uri = master.ok ? onlyVariant(master.text) : undefined;
  if (!uri || !master.ok) return undefined;
  let url: string;
  try {
    url = new URL(uri, master.responseUrl).href;
  } catch {
    return undefined;
  }
  return { url, fetched: fetchPlaylist(url, policy).then((playlist) => ({ playlist, at: performance.now() })) };
}

/** An hls.js playlist loader class (`Hls.DefaultConfig.loader`): the parts the primed loader extends. */
export type LoaderClass = new (config: unknown) => {
  stats: { loaded: number; total: number; retry: number; loading: { start: number; first: number; end: number } };
  load(context: { type?: string; url: string }, config: unknown, callbacks: LoaderCallbacks): void;
  abort(): void;
  destroy(): void;
};
/** The callbacks hls.js passes a loader's `load`. */
export interface LoaderCallbacks {
  onSuccess(response: unknown, stats: unknown, context: unknown, details: unknown): void;
  onError(error: { code: number; text: string }, context: unknown, details: unknown, stats: unknown): void;
  onTimeout(stats: unknown, context: unknown, details: unknown): void;
}
