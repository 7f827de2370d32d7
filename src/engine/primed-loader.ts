/**
 * An hls.js playlist loader that answers the first request for the master playlist from text the
 * engine already fetched (to choose the hls.js build), so choosing costs no second request.
 * @module
 */

/** The part of an hls.js loader class this module relies on (`Hls.DefaultConfig.loader`). */
type LoaderClass = new (config: unknown) => {
  stats: { loaded: number; total: number; loading: { start: number; first: number; end: number } };
  load(context: { type?: string; url: string }, config: unknown, callbacks: { onSuccess: (...args: unknown[]) => void }): void;
};

/** What the engine fetched: the URL asked for, the URL answered (after redirects), the body. */
export interface FetchedPlaylist {
  readonly url: string;
  readonly responseUrl: string;
  readonly text: string;
}

/**
 * A `pLoader` class for one hls.js instance: the first `manifest` request for `fetched.url` is
 * answered with `fetched.text` (on a later task, as a network answer would be); every other
 * request goes to hls.js's own loader.
 */
export function primedLoader(Base: LoaderClass, fetched: FetchedPlaylist): LoaderClass {
  let pending = true;
  const target = new URL(fetched.url, location.href).href;
  return class PrimedLoader extends Base {
    override load(context: { type?: string; url: string }, config: unknown, callbacks: { onSuccess: (...args: unknown[]) => void }): void {
      if (!pending || context.type !== 'manifest' || new URL(context.url, location.href).href !== target) {
        return super.load(context, config, callbacks);
      }
      pending = false;
      const { stats } = this;
      const now = performance.now();
      stats.loading.start = stats.loading.first = stats.loading.end = now;
      stats.loaded = stats.total = fetched.text.length;
      const response = { url: fetched.responseUrl, data: fetched.text, code: 200 };
      setTimeout(() => callbacks.onSuccess(response, stats, context, null));
    }
  };
}
