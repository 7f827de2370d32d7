/**
 * Where a feed's shows come from: its feed document (fetched, then read by `readFeed`), or its
 * child `<shoppable-video>` elements; and the thumbnail facts (title, poster, product count) of an
 * entry that names only a show document's URL, read from that document.
 * @module
 */
import { readFeed, summariseShow, type FeedEntry } from '../../core/feed-doc.js';
import { formatIssues } from '../../core/show.js';
import { resolveUrl, safeUrl } from '../../core/url.js';
import { ErrorCode, ShoppableErrorEvent, type ErrorCode as Code } from '../../events.js';
import type { ValidationIssue } from '../../types.js';

function report(host: HTMLElement, code: Code, message: string, cause?: unknown): void {
  host.dispatchEvent(new ShoppableErrorEvent({ code, message, fatal: false, cause }));
}

/** Reports a feed's invalid entries as one non-fatal `shoppable-error` (`show-invalid`). */
export function reportFeedIssues(host: HTMLElement, issues: readonly ValidationIssue[]): void {
  if (issues.length) report(host, ErrorCode.ShowInvalid, formatIssues(issues, 10, 'Feed document'), issues);
}

/** Fetches and reads the feed document at `src`; failures are reported and give `undefined`. */
export async function loadFeed(host: HTMLElement, src: string): Promise<ReturnType<typeof readFeed> | undefined> {
  const url = safeUrl(src);
  if (!url) {
    report(host, ErrorCode.ShowFetch, `Feed document: not an http(s) or relative URL: ${src}`);
    return undefined;
  }
  const absolute = resolveUrl(url, undefined);
  let body: unknown;
  try {
    const response = await fetch(absolute, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const text = await response.text();
    try {
      body = JSON.parse(text);
    } catch (cause) {
      report(host, ErrorCode.ShowParse, `Feed document ${absolute} is not valid JSON`, cause);
      return undefined;
    }
  } catch (cause) {
    report(host, ErrorCode.ShowFetch, `Feed document ${absolute} could not be fetched: ${String(cause)}`, cause);
    return undefined;
  }
  const read = readFeed(body, absolute);
  reportFeedIssues(host, read.issues);
  return read;
}

/** The shows of the host's child `<shoppable-video>` elements (their `show`, `src` and `poster`). */
export function entriesFromChildren(host: HTMLElement): FeedEntry[] {
  const raw = [...host.children]
    .filter((el) => el.localName === 'shoppable-video')
    .map((el, i) => {
      const player = el as HTMLElement & { show?: unknown; showSrc?: string; src?: string; poster?: string };
      const json = el.querySelector(':scope > script[type="application/json"]')?.textContent;
      let show: unknown = player.show ?? player.showSrc ?? el.getAttribute('show') ?? undefined;
      if (show === undefined && json) {
        try {
          show = JSON.parse(json);
        } catch {
          show = undefined;
        }
      }
      const src = player.src || el.getAttribute('src') || undefined;
      return {
        show: show ?? { id: el.id || `show-${i + 1}`, video: { src } },
        id: el.id || undefined,
        title: el.getAttribute('data-title') ?? undefined,
        poster: player.poster || el.getAttribute('poster') || undefined,
        live: el.hasAttribute('data-live'),
        duration: Number(el.getAttribute('data-duration')) || undefined,
        src,
      };
    });
  const read = readFeed(raw, document.baseURI);
  reportFeedIssues(host, read.issues);
  return read.entries;
}

/**
 * Fills in what an entry naming only a show URL lacks for its thumbnail (title, poster, product
 * count) from the show document itself. A failed fetch leaves the entry as it is: the player
 * reports the problem once the show is opened.
 */
export async function completeEntries(entries: readonly FeedEntry[]): Promise<FeedEntry[]> {
  const done = await Promise.all(
    entries.map(async (entry) => {
      // An id that is the show's URL was only a stand-in for the document's own id.
      const provisional = entry.id === entry.show;
      if (typeof entry.show !== 'string' || (!provisional && entry.title && entry.poster && entry.productCount !== undefined)) return entry;
      try {
        const response = await fetch(entry.show, { credentials: 'same-origin' });
        if (!response.ok) return entry;
        const own = summariseShow(await response.json(), entry.show);
        return {
          ...entry,
          id: provisional ? (own.id ?? entry.id) : entry.id,
          title: entry.title ?? own.title,
          poster: entry.poster ?? own.poster,
          productCount: entry.productCount ?? own.productCount,
        };
      } catch {
        return entry;
      }
    }),
  );
  // Two URLs may turn out to be the same show: the first stays.
  const seen = new Set<string>();
  return done.filter((e) => !seen.has(e.id) && !!seen.add(e.id));
}
