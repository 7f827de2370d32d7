/**
 * What the store recipes share: an injectable `fetch`, network failures as {@link CartError}s,
 * lenient JSON reading and store text turned into plain text. Internal to `src/cart/`.
 * @module
 */
import { CartFailureReason } from '../events.js';
import { CartError } from './errors.js';

/** The subset of `fetch` the recipes use; pass your own in tests or to add auth. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Sends a request; a network failure (offline, DNS, CORS) becomes a readable `unknown` CartError. */
export async function send(fetchImpl: FetchLike | undefined, url: string, init: RequestInit): Promise<Response> {
  try {
    return await (fetchImpl ? fetchImpl(url, init) : fetch(url, init));
  } catch (cause) {
    throw new CartError('Could not reach the store. Check your connection and try again.', {
      reason: CartFailureReason.Unknown,
      cause,
    });
  }
}

/** The response's JSON, or `undefined` when it has none (an HTML error page, an empty body). */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** `body[key]` when `body` is an object and that entry is a non-empty string. */
export function stringField(body: unknown, key: string): string | undefined {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** `body[key]` when it is a finite number. */
export function numberField(body: unknown, key: string): number | undefined {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[key] : undefined;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Store ids are integers: `"123"` is sent as `123`; anything else as it is. */
export function storeId(id: string | number): string | number {
  if (typeof id === 'number') return id;
  return /^\d+$/.test(id) && Number.isSafeInteger(Number(id)) ? Number(id) : id;
}

/** `root` with exactly one trailing slash. */
export function withSlash(root: string): string {
  return root.endsWith('/') ? root : `${root}/`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/**
 * Store messages may carry markup and entities (`You cannot add &quot;Hat&quot;…`): this returns
 * their text only. DOMParser documents are inert (no scripts run, no images load).
 */
export function plainText(html: string): string {
  const text =
    typeof DOMParser === 'function'
      ? (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '')
      : html.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (m, name: string) => ENTITIES[name] ?? m);
  return text.replace(/\s+/g, ' ').trim();
}
