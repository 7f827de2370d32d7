/**
 * The feed document (`schema/feed.schema.json`): a list of shows for `<shoppable-feed>`, each a show
 * document's URL, a show document itself, or an entry with the URL or document and what its
 * thumbnail shows. Read defensively, as the show document is: an invalid entry is skipped with an
 * issue naming it, and nothing here throws.
 *
 * ```json
 * { "version": 1, "shows": [
 *   "spring-launch.json",
 *   { "show": "tea.json", "id": "tea", "title": "Tea hour", "poster": "tea.jpg", "live": true, "duration": 95, "products": 4 }
 * ] }
 * ```
 * @module
 */
import { isArray, isRecord, prop } from './show-reader.js';
import { resolveUrl, safeUrl } from './url.js';
import type { LocalizedText, ValidationIssue } from '../types.js';

/** One show of a feed, as its thumbnail and its player need it. */
export interface FeedEntry {
  /** The show's id: the entry's `id`, else the show document's, else its URL. Unique in a feed. */
  readonly id: string;
  readonly title?: LocalizedText;
  /** The thumbnail's image (the show's poster unless the entry names one). */
  readonly poster?: string;
  /** The show is live now: the thumbnail carries a LIVE badge. */
  readonly live: boolean;
  /** Length in seconds, when known (a replay's). */
  readonly duration?: number;
  /** How many products the show has, when known. */
  readonly productCount?: number;
  /** The show document's URL (absolute), or the document itself. */
  readonly show: string | object;
  /** A video URL that overrides the show document's (a child player's `src`). */
  readonly src?: string;
}

/** How many shows of a feed are read; the rest are skipped with one issue. */
export const MAX_FEED_SHOWS = 200;

function text(value: unknown): LocalizedText | undefined {
  if (typeof value === 'string') return value.slice(0, 500);
  if (!isRecord(value)) return undefined;
  const out: Record<string, string> = {};
  try {
    for (const [k, v] of Object.entries(value).slice(0, 300)) if (typeof v === 'string') out[k] = v.slice(0, 500);
  } catch {
    return undefined; // a throwing getter or Proxy trap: no title rather than an exception
  }
  return Object.keys(out).length ? out : undefined;
}

function count(value: unknown): number | undefined {
  if (isArray(value)) return value.length;
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/**
 * What a thumbnail can tell from a show document itself: id, title, poster and product count.
 * `base` resolves the poster (the show document's own URL).
 */
export function summariseShow(show: unknown, base?: string): Partial<FeedEntry> {
  if (!isRecord(show)) return {};
  const id = prop(show, 'id');
  const video = prop(show, 'video');
  const poster = safeUrl(isRecord(video) ? prop(video, 'poster') : undefined);
  return {
    id: typeof id === 'string' && id ? id : undefined,
    title: text(prop(show, 'title')),
    poster: poster ? resolveUrl(poster, base) : undefined,
    productCount: count(prop(show, 'products')),
  };
}

/** Reads one entry; a string says what was wrong. */
function readEntry(raw: unknown, base: string | undefined): FeedEntry | string {
  const entry = typeof raw === 'string' ? { show: raw } : raw;
  if (!isRecord(entry)) return 'must be a show URL, a show document or an entry object';
  let show = prop(entry, 'show');
  // A show document given directly (it has a video or products, and no `show`).
  if (show === undefined && (prop(entry, 'video') !== undefined || prop(entry, 'products') !== undefined)) show = entry;
  let own: Partial<FeedEntry> = {};
  if (typeof show === 'string') {
    const url = safeUrl(show);
    if (!url) return 'show: must be an http(s) or relative URL';
    show = resolveUrl(url, base);
  } else if (isRecord(show)) {
    own = summariseShow(show, base);
  } else return 'show: must be a URL or a show document';
  const id = prop(entry, 'id');
  const duration = prop(entry, 'duration');
  const poster = safeUrl(prop(entry, 'poster'));
  const src = safeUrl(prop(entry, 'src'));
  const resolvedId = typeof id === 'string' && id ? id.slice(0, 200) : (own.id ?? (typeof show === 'string' ? show : undefined));
  if (!resolvedId) return 'id: missing (neither the entry nor its show document has one)';
  return {
    id: resolvedId,
    title: text(prop(entry, 'title')) ?? own.title,
    poster: poster ? resolveUrl(poster, base) : own.poster,
    live: prop(entry, 'live') === true,
    duration: typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? duration : undefined,
    productCount: count(prop(entry, 'products')) ?? own.productCount,
    show: show as string | object,
    src: src ? resolveUrl(src, base) : undefined,
  };
}

/**
 * Reads a feed document (or a bare array of entries). `base` is the document's URL, against which
 * relative show and poster URLs resolve. Duplicate ids are skipped after the first.
 */
export function readFeed(input: unknown, base?: string): { entries: FeedEntry[]; issues: ValidationIssue[] } {
  const entries: FeedEntry[] = [];
  const issues: ValidationIssue[] = [];
  const list = isArray(input) ? input : isRecord(input) ? prop(input, 'shows') : undefined;
  if (!isArray(list)) {
    issues.push({ path: 'shows', message: 'must be an array of shows' });
    return { entries, issues };
  }
  const seen = new Set<string>();
  list.slice(0, MAX_FEED_SHOWS).forEach((raw, i) => {
    const entry = readEntry(raw, base);
    if (typeof entry === 'string') issues.push({ path: `shows[${i}]`, message: entry });
    else if (seen.has(entry.id)) issues.push({ path: `shows[${i}].id`, message: `duplicate id "${entry.id}"` });
    else {
      seen.add(entry.id);
      entries.push(entry);
    }
  });
  if (list.length > MAX_FEED_SHOWS) issues.push({ path: 'shows', message: `${list.length - MAX_FEED_SHOWS} shows past ${MAX_FEED_SHOWS} skipped` });
  return { entries, issues };
}
