/**
 * From the studio's draft to the show document (and back), its problems placed where they are, and
 * the copy-paste embed snippets. DOM-free.
 * @module
 */
import type { ValidationIssue } from '../../types.js';
import { validateShow } from '../show.js';
import { safeUrl } from '../url.js';
import type { DraftMoment, ShowDraft } from './draft.js';

/** The show document of a draft, as JSON data: what is exported, saved and previewed. */
export function draftToShow(draft: ShowDraft): Record<string, unknown> {
  const doc: Record<string, unknown> = { version: 1, id: draft.id };
  if (draft.title) doc.title = draft.title;
  if (draft.locale) doc.locale = draft.locale;
  if (draft.currency) doc.currency = draft.currency;
  const video: Record<string, unknown> = {};
  // A local file plays from a blob: URL that means nothing on another page: it is never exported.
  if (draft.video.src && safeUrl(draft.video.src)) video.src = draft.video.src;
  if (draft.video.poster) video.poster = draft.video.poster;
  doc.video = video;
  doc.products = draft.products;
  doc.moments = draft.moments.map(({ key: _key, ...m }) => m);
  if (draft.markets.length) doc.markets = draft.markets;
  return doc;
}

/**
 * A show document read back into a draft (reopening a saved show), through the player's own
 * validation: what it drops comes back as issues.
 */
export function showToDraft(input: unknown): { draft: ShowDraft; issues: ValidationIssue[] } {
  const { show, issues } = validateShow(input);
  const text = (t: unknown) => (typeof t === 'string' ? t : undefined);
  const moments: DraftMoment[] = show.moments.map((m, i) => {
    const moment = { key: `m${i + 1}`, productId: m.productId, start: m.start, end: m.end };
    return m.position ? { ...moment, position: m.position } : moment;
  });
  const draft: ShowDraft = {
    id: show.id || 'my-show',
    video: { ...(show.video.src ? { src: show.video.src } : {}), ...(show.video.poster ? { poster: show.video.poster } : {}) },
    products: show.products,
    moments,
    markets: show.markets,
    ...(text(show.title) ? { title: text(show.title) } : {}),
    ...(show.locale ? { locale: show.locale } : {}),
    ...(show.currency ? { currency: show.currency } : {}),
  };
  return { draft, issues };
}

/** Where a problem is in the studio: a product (by id), a moment (by key), a market, or the show. */
export interface PlacedIssue extends ValidationIssue {
  readonly productId?: string;
  readonly momentKey?: string;
  readonly market?: number;
}

/**
 * The draft's problems, as the player would find them in the exported document (paths such as
 * `products[2].price`), each tied to the row it belongs to; and the studio's own: a show with no
 * published video URL, or a product with no moment.
 */
export function checkDraft(draft: ShowDraft): PlacedIssue[] {
  const { issues } = validateShow(draftToShow(draft));
  const placed: PlacedIssue[] = issues.map((issue) => {
    const at = /^(products|moments|markets)\[(\d+)\]/.exec(issue.path);
    if (!at) return issue;
    const i = Number(at[2]);
    if (at[1] === 'products') return { ...issue, productId: draft.products[i]?.id };
    if (at[1] === 'moments') return { ...issue, momentKey: draft.moments[i]?.key };
    return { ...issue, market: i };
  });
  if (!draft.video.src || !safeUrl(draft.video.src)) {
    placed.push({ path: 'video.src', message: 'needs the published http(s) URL of the video' });
  }
  draft.products.forEach((p, i) => {
    if (!draft.moments.some((m) => m.productId === p.id)) {
      placed.push({ path: `products[${i}]`, message: 'has no moment (it is listed, never shown on the video)', productId: p.id });
    }
  });
  return placed;
}

/** The CDN URL of the player the snippets load. */
export const CDN_URL = 'https://cdn.jsdelivr.net/npm/shoppable-video@0/dist/cdn/shoppable-video.js';

/** The embed snippets of a show: a plain page, a React component and a Shopify theme section. */
export interface EmbedSnippets {
  readonly html: string;
  readonly react: string;
  readonly liquid: string;
}

// JSON inside <script>: "</script>" or "<!--" in a product title must not end or comment the element.
function inlineJson(doc: unknown): string {
  return JSON.stringify(doc, null, 2).replace(/</g, '\\u003c');
}

/** The copy-paste snippets for a show document (`doc` from {@link draftToShow}). */
export function embedSnippets(doc: Record<string, unknown>, cdnUrl = CDN_URL): EmbedSnippets {
  const json = inlineJson(doc);
  const indented = json.replace(/\n/g, '\n    ');
  const html = `<script type="module" src="${cdnUrl}"></script>
<shoppable-video playsinline>
  <script type="application/json">
    ${indented}
  </script>
</shoppable-video>`;
  const react = `import { ShoppableVideo } from 'shoppable-video/react';

const show = ${json};

export function Show() {
  return <ShoppableVideo show={show} playsinline onAddToCart={(e) => console.log(e.detail.product.id)} />;
}`;
  // Liquid reads {{ }} and {% %} even in a script: the JSON is raw, and a "%" in it is written
  // \u0025, so no "{% endraw %}" in a product title can end the raw block.
  const liquidSafe = indented.replace(/%/g, '\\u0025');
  const liquid = `{% comment %} sections/shoppable-show.liquid {% endcomment %}
<script type="module" src="${cdnUrl}"></script>
<script type="module">
  import { shopifyCartHandler } from '${cdnUrl.replace(/shoppable-video\.js$/, 'shopify-cart.js')}';
  document.addEventListener('shoppable-add-to-cart', shopifyCartHandler());
</script>
<shoppable-video playsinline locale="{{ request.locale.iso_code }}" country="{{ localization.country.iso_code }}">
  <script type="application/json">
    {% raw %}${liquidSafe}{% endraw %}
  </script>
</shoppable-video>
{% schema %}
{ "name": "Shoppable show", "settings": [], "presets": [{ "name": "Shoppable show" }] }
{% endschema %}`;
  return { html, react, liquid };
}
