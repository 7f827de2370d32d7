/**
 * One show's thumbnail in `<shoppable-feed>`: poster, title, LIVE badge, product count and length,
 * as one button whose name says all of it. The same markup serves every layout; the styles differ.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FeedEntry } from '../../core/feed-doc.js';
import type { FeedStrings } from '../../core/feed-strings.js';
import { formatInteger, formatTime } from '../../core/media-time.js';
import { formatString } from '../../core/strings.js';
import { resolveText } from '../../core/text.js';
import { safeUrl } from '../../core/url.js';

/** The show's title in `locale` (its id when it has none), and the language of that text. */
export function entryTitle(entry: FeedEntry, locale: string): { text: string; lang: string | undefined } {
  const title = resolveText(entry.title, locale);
  return title.text ? title : { text: entry.id, lang: undefined };
}

/** The thumbnail button of `entry`, at `index` of the feed. */
export function renderThumb(
  entry: FeedEntry,
  index: number,
  s: FeedStrings,
  locale: string,
  onOpen: (e: Event) => void,
): TemplateResult {
  const title = entryTitle(entry, locale);
  const poster = safeUrl(entry.poster);
  const count = entry.productCount === undefined ? '' : formatString(entry.productCount === 1 ? s.productCountOne : s.productCount, { count: formatInteger(entry.productCount, locale) });
  const duration = !entry.live && entry.duration ? formatTime(entry.duration, locale) : '';
  // The button's name is its text, title first (the frame comes first only to the eye, by CSS order).
  return html`<button part="thumb" class="thumb" type="button" data-index=${index} data-show-id=${entry.id} ?data-live=${entry.live} @click=${onOpen}>
    <span part="thumb-title" class="title" lang=${title.lang ?? nothing}>${title.text}</span>
    <span class="frame">
      ${poster ? html`<img part="thumb-image" class="image" src=${poster} alt="" loading="lazy" decoding="async" />` : nothing}
      ${entry.live ? html`<span part="thumb-live" class="live">${s.live}</span>` : nothing}
      ${duration ? html`<span part="thumb-duration" class="duration">${duration}</span>` : nothing}
    </span>
    ${count ? html`<span part="thumb-products" class="products">${count}</span>` : nothing}
  </button>`;
}
