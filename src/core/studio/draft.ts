/**
 * The show the studio edits (a {@link ShowDraft}) and the edits it takes, as data: every change is
 * one {@link DraftAction} through {@link reduceDraft}, so undo, redo and autosave see them all.
 * DOM-free.
 * @module
 */
import type { Market, Position, Product } from '../../types.js';

/** A moment while it is edited: a studio-only `key` names it through drags and re-sorts. */
export interface DraftMoment {
  readonly key: string;
  readonly productId: string;
  readonly start: number;
  readonly end: number;
  readonly position?: Position;
}

/** A show being made: the show document's fields, moments with their keys. */
export interface ShowDraft {
  readonly id: string;
  readonly title?: string;
  readonly locale?: string;
  readonly currency?: string;
  readonly video: { readonly src?: string; readonly poster?: string };
  readonly products: readonly Product[];
  /** Always sorted by start, then end (the order of the exported document). */
  readonly moments: readonly DraftMoment[];
  readonly markets: readonly Market[];
}

/** What a product row edits; prices in minor units. */
export type ProductPatch = Partial<Pick<Product, 'title' | 'url' | 'image' | 'price' | 'compareAtPrice' | 'prices' | 'shipsTo' | 'excludedCountries'>>;

/** One edit of the draft. */
export type DraftAction =
  | { readonly type: 'load'; readonly draft: ShowDraft }
  | { readonly type: 'meta'; readonly patch: Partial<Pick<ShowDraft, 'id' | 'title' | 'locale' | 'currency'>> }
  | { readonly type: 'video'; readonly src?: string; readonly poster?: string }
  | { readonly type: 'add-products'; readonly products: readonly Product[] }
  | { readonly type: 'update-product'; readonly id: string; readonly patch: ProductPatch }
  | { readonly type: 'remove-product'; readonly id: string }
  | { readonly type: 'add-moments'; readonly moments: readonly Omit<DraftMoment, 'key'>[] }
  | { readonly type: 'update-moment'; readonly key: string; readonly patch: Partial<Omit<DraftMoment, 'key' | 'productId'>> }
  | { readonly type: 'remove-moment'; readonly key: string }
  | { readonly type: 'add-market'; readonly market: Market }
  | { readonly type: 'update-market'; readonly index: number; readonly patch: Partial<Market> }
  | { readonly type: 'remove-market'; readonly index: number };

/** The shortest moment the studio makes (a drag or a double key press cannot make an empty one). */
export const MIN_MOMENT = 0.5;

/** A new, empty draft. */
export function emptyDraft(id = 'my-show'): ShowDraft {
  return { id, video: {}, products: [], moments: [], markets: [] };
}

/** A product typed in by hand: an id, a title and one price. */
export function typedProduct(id: string, title: string, amount: number | undefined, currency: string | undefined, url?: string): Product {
  const product: Product = { id, title, prices: [], options: [], variants: [], available: true };
  const withPrice = amount !== undefined && currency ? { ...product, price: { amount, currency: currency.toUpperCase() } } : product;
  return url ? { ...withPrice, url } : withPrice;
}

const byTime = (a: DraftMoment, b: DraftMoment) => a.start - b.start || a.end - b.end;

function nextKey(moments: readonly DraftMoment[]): () => string {
  let n = moments.reduce((max, m) => Math.max(max, Number(m.key.slice(1)) || 0), 0);
  return () => `m${++n}`;
}

/** A moment's range kept valid: not negative, at least {@link MIN_MOMENT} long. */
function clampRange(start: number, end: number): { start: number; end: number } {
  const s = Math.max(0, round(start));
  return { start: s, end: Math.max(round(end), round(s + MIN_MOMENT)) };
}

/** Times are kept to milliseconds: a drag's pixel maths gives long fractions nobody means. */
export function round(t: number): number {
  return Math.round(t * 1000) / 1000;
}

/** Applies one edit; returns the same object when nothing changed (undo then records nothing). */
export function reduceDraft(draft: ShowDraft, action: DraftAction): ShowDraft {
  switch (action.type) {
    case 'load':
      return action.draft;
    case 'meta':
      return { ...draft, ...action.patch };
    case 'video': {
      const video = { ...draft.video };
      if ('src' in action) video.src = action.src;
      if ('poster' in action) video.poster = action.poster;
      return { ...draft, video };
    }
    case 'add-products': {
      if (action.products.length === 0) return draft;
      // Same id: the new one replaces the old (a catalogue imported again refreshes prices).
      const incoming = new Map(action.products.map((p) => [p.id, p]));
      const kept = draft.products.map((p) => incoming.get(p.id) ?? p);
      const added = action.products.filter((p) => !draft.products.some((q) => q.id === p.id));
      return { ...draft, products: [...kept, ...added] };
    }
    case 'update-product':
      return { ...draft, products: draft.products.map((p) => (p.id === action.id ? withPatch(p, action.patch) : p)) };
    case 'remove-product': {
      if (!draft.products.some((p) => p.id === action.id)) return draft;
      return {
        ...draft,
        products: draft.products.filter((p) => p.id !== action.id),
        moments: draft.moments.filter((m) => m.productId !== action.id),
      };
    }
    case 'add-moments': {
      if (action.moments.length === 0) return draft;
      const key = nextKey(draft.moments);
      const added = action.moments.map((m) => ({ ...m, ...clampRange(m.start, m.end), key: key() }));
      return { ...draft, moments: [...draft.moments, ...added].sort(byTime) };
    }
    case 'update-moment': {
      const moments = draft.moments.map((m) => {
        if (m.key !== action.key) return m;
        const next = { ...m, ...action.patch };
        return { ...next, ...clampRange(next.start, next.end) };
      });
      return { ...draft, moments: moments.sort(byTime) };
    }
    case 'remove-moment':
      return { ...draft, moments: draft.moments.filter((m) => m.key !== action.key) };
    case 'add-market':
      return { ...draft, markets: [...draft.markets, action.market] };
    case 'update-market':
      return { ...draft, markets: draft.markets.map((m, i) => (i === action.index ? { ...m, ...action.patch } : m)) };
    case 'remove-market':
      return { ...draft, markets: draft.markets.filter((_, i) => i !== action.index) };
  }
}

// An empty or undefined field is removed rather than kept as `undefined` (it would not survive JSON).
function withPatch(product: Product, patch: ProductPatch): Product {
  const next: Record<string, unknown> = { ...product, ...patch };
  for (const [k, v] of Object.entries(patch)) if (v === undefined || v === '') delete next[k];
  return next as unknown as Product;
}
