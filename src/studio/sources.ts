// Bringing things into the studio: a replay's playlist (for segment boundaries and live pins) and
// the importers' results turned into draft edits.
import { importCatalog, importLivePins, type ImportIssue } from '../core/import/index.js';
import { firstVariantUrl, segmentBoundaries } from '../core/studio/snap.js';
import { typedProduct, type DraftAction, type ShowDraft } from '../core/studio/draft.js';

/** What a replay's playlist tells the studio: where segments start, and the live pins it carries. */
export interface ReplayInfo {
  readonly boundaries: number[];
  /** The media playlist's text (pins are read from it on request). */
  readonly playlist?: string;
}

/** Reads an HLS replay's media playlist (following a multivariant playlist to its first variant). */
export async function readReplay(src: string, signal?: AbortSignal): Promise<ReplayInfo> {
  if (!/\.m3u8?(?:[?#]|$)/i.test(src)) return { boundaries: [] };
  try {
    const base = new URL(src, globalThis.location?.href).href;
    let text = await (await fetch(base, { signal })).text();
    const variant = firstVariantUrl(text, base);
    if (variant) text = await (await fetch(variant, { signal })).text();
    return { boundaries: segmentBoundaries(text), playlist: text };
  } catch {
    // A replay the studio cannot read still plays; it only loses snapping.
    return { boundaries: [] };
  }
}

/** A one-line summary of import issues: `row 3, Variant Price: not a number; …`. */
export function issueText(issues: readonly ImportIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((i) => [i.row !== undefined ? `row ${i.row}` : '', i.column ?? '', i.message].filter(Boolean).join(', '));
  return shown.join('; ') + (issues.length > max ? ` (+${issues.length - max})` : '');
}

/** What a catalogue import needs that Shopify's files do not say. */
export interface StoreSettings {
  /** The store's currency (Shopify exports write bare amounts). */
  readonly currency: string;
  /** The store's address, so product links work on another site. */
  readonly url: string;
}

/**
 * The Shopify market price columns (`Price / United States`) the draft's markets can name: by the
 * market's id and by its country's English name, each to the market's currency.
 */
export function marketCurrencies(draft: ShowDraft): Record<string, string> {
  const names = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : undefined;
  const out: Record<string, string> = {};
  for (const m of draft.markets) {
    out[m.id] = m.currency;
    try {
      const name = names?.of(m.country);
      if (name) out[name] = m.currency;
    } catch {
      // Not a region code: the market is still matched by its id.
    }
  }
  return out;
}

/**
 * A catalogue file as one draft edit (its products; and the store currency as the show's when the
 * show has none), and what was skipped.
 */
export async function catalogEdit(draft: ShowDraft, text: string, fileName: string, store: StoreSettings): Promise<{ actions: DraftAction[]; count: number; issues: ImportIssue[] }> {
  const currency = store.currency.trim().toUpperCase();
  const result = await importCatalog(text, fileName, {
    ...(currency ? { currency } : {}),
    ...(store.url.trim() ? { storeUrl: store.url.trim() } : {}),
    marketCurrencies: marketCurrencies(draft),
  });
  const actions: DraftAction[] = [{ type: 'add-products', products: result.products }];
  if (currency && !draft.currency && /^[A-Z]{3}$/.test(currency)) actions.push({ type: 'meta', patch: { currency } });
  return { actions, count: result.products.length, issues: result.issues };
}

/**
 * A live recording's pins as draft edits: its moments, and a stand-in product (id as title) for
 * each pinned id the draft does not have yet, to be filled in or replaced by an import.
 */
export function pinsEdits(draft: ShowDraft, playlist: string): { actions: DraftAction[]; count: number; issues: ImportIssue[] } {
  const result = importLivePins(playlist);
  const missing = result.productIds.filter((id) => !draft.products.some((p) => p.id === id));
  const actions: DraftAction[] = [
    { type: 'add-products', products: missing.map((id) => typedProduct(id, id, undefined, undefined)) },
    {
      type: 'add-moments',
      moments: result.moments.map((m) => (m.position ? { productId: m.productId, start: m.start, end: m.end, position: m.position } : { productId: m.productId, start: m.start, end: m.end })),
    },
  ];
  return { actions, count: result.moments.length, issues: result.issues };
}
