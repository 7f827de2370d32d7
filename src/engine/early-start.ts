/**
 * The CDN entry's first code (`cdn.ts` imports it before anything else, so it runs before Lit and
 * the elements are evaluated and defined): a muted autoplaying `<shoppable-video>` already in the
 * document, near the viewport, with an HLS `src`, starts its master playlist fetch and the import
 * of the likely hls.js build now. Its engine takes both over when it starts (see
 * {@link takeEarlyStart}); without this, they would wait for the entry's evaluation, the element's
 * upgrade and its first update, which the fastest bare page does not have (issue #25).
 *
 * It guesses as the engine would: play is certain (muted autoplay) and the element is within 200 px
 * of the viewport (its box before upgrade: its position is right, its size may not be). Properties
 * a page sets by script later cannot be seen here: with an `hlsConfig` the engine ignores the early
 * playlist (it fetches under the page's policy); with the page's own `hlsConstructor` the early
 * import was bytes for nothing (README: such a page uses the package through its bundler).
 * @module
 */
import type { HlsBuild } from '../core/hls-features.js';
import type { HlsConstructor } from './hls-types.js';
import { likelyBuild, loadHlsBuild } from './load-hls.js';
import { DEFAULT_POLICY, fetchPlaylist, type FetchedPlaylist } from './primed-loader.js';
import { nearViewport } from '../controllers/visibility.js';

const HLS_URL = /\.m3u8?(?:[?#]|$)/i;

/** True when `src` names an HLS playlist. */
export function isHlsUrl(src: string): boolean {
  return HLS_URL.test(src);
}

/** True where hls.js can play (Media Source Extensions, managed or not). */
export function hasMediaSource(): boolean {
  return 'MediaSource' in globalThis || 'ManagedMediaSource' in globalThis;
}

/** A start begun before the element existed: the master playlist's fetch and the likely build's import. */
export interface EarlyStart {
  /** When it began (`performance.now()`). */
  readonly at: number;
  readonly playlist: Promise<FetchedPlaylist>;
  readonly build: HlsBuild;
  readonly imported: Promise<HlsConstructor>;
}

const started = new Map<string, EarlyStart>();

/** An early start not taken within this many ms is left (a player added much later fetches afresh). */
const FRESH_MS = 5000;

/** The early start of the absolute URL `src`, handed over once (the next load of it starts afresh). */
export function takeEarlyStart(src: string): EarlyStart | undefined {
  const early = started.get(src);
  started.delete(src);
  return early && performance.now() - early.at < FRESH_MS ? early : undefined;
}

/** Starts every player of the document that will play at once (see the module doc). */
export function startEarly(doc: Document = document): void {
  // Defined already (a second copy of the script): its players have started themselves.
  if (!hasMediaSource() || customElements.get('shoppable-video')) return;
  for (const el of doc.querySelectorAll('shoppable-video[autoplay][muted][src]')) {
    let url: string;
    try {
      url = new URL(el.getAttribute('src')!, doc.baseURI).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url) || !isHlsUrl(url) || started.has(url) || !nearViewport(el)) continue;
    const build = likelyBuild();
    const imported = loadHlsBuild(build);
    // Unhandled here: the engine reads the outcome (a failed import is its `media-engine` error).
    imported.catch(() => {});
    started.set(url, { at: performance.now(), playlist: fetchPlaylist(url, DEFAULT_POLICY), build, imported });
  }
}
