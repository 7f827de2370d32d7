/**
 * Fetches show documents once per URL for the whole page: forty players of one show make one
 * request. In-flight and settled fetches are shared by absolute URL; a failed one is forgotten so
 * the next player (or a later try) asks again. Every fetch has a time limit.
 * @module
 */

/** What a show fetch gives: the body, and the URL it came from after redirects (the base for its URLs). */
export interface FetchedShow {
  readonly text: string;
  readonly url: string;
}

/** Milliseconds a show fetch may take before it fails as `show-fetch` (default 15 s; tests set it lower). */
export const showFetchSettings = { timeout: 15_000 };

// Settled documents are kept for the page's life, so bound the map: the oldest go first.
const MAX_CACHED = 32;
const cache = new Map<string, Promise<FetchedShow>>();

/**
 * The show document at `url` (absolute), shared with every other player that asked for it. Rejects
 * with the HTTP status, the network error or the timeout; a rejected fetch is not kept.
 */
export function fetchShow(url: string): Promise<FetchedShow> {
  let pending = cache.get(url);
  if (!pending) {
    pending = load(url);
    cache.set(url, pending);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
    pending.catch(() => {
      if (cache.get(url) === pending) cache.delete(url);
    });
  }
  return pending;
}

async function load(url: string): Promise<FetchedShow> {
  const ms = showFetchSettings.timeout;
  // Not the player's own abort: the fetch is shared, and a player that leaves only stops listening.
  const signal = AbortSignal.timeout(ms);
  try {
    const res = await fetch(url, { signal, credentials: 'same-origin' });
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`.trim());
    return { text: await res.text(), url: res.url || url };
  } catch (cause) {
    if (signal.aborted) throw new Error(`no answer within ${ms} ms`, { cause });
    throw cause;
  }
}

/**
 * Resolves after the browser had a chance to run other tasks (input, rendering): `scheduler.yield()`
 * where there is one (it resumes ahead of other queued work), else a message-channel task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
