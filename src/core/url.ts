/**
 * URL safety: only `http:`, `https:` and relative URLs are ever used in `href`, `src` or navigation.
 * @module
 */

const SAFE_PROTOCOLS = new Set(['http:', 'https:']);
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// Browsers strip these before parsing a scheme, so "java\tscript:" and " javascript:" are schemes too.
// eslint-disable-next-line no-control-regex
const STRIPPED = /[\u0000-\u0020\u007f-\u009f]/g;

/**
 * Returns `url` when it is safe to use as a link or media source: an absolute `http:`/`https:` URL,
 * or a relative one (path, query, fragment, or protocol-relative). Returns `undefined` otherwise
 * (`javascript:`, `data:`, `blob:`, `vbscript:`, not a string, empty).
 */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (trimmed === '' || trimmed.length > 4096) return undefined;
  const probe = trimmed.replace(STRIPPED, '');
  if (!SCHEME.test(probe)) return trimmed;
  const protocol = probe.slice(0, probe.indexOf(':') + 1).toLowerCase();
  return SAFE_PROTOCOLS.has(protocol) ? trimmed : undefined;
}

/** Resolves a URL from a show document against the document's own URL (or the page). */
export function resolveUrl(url: string, base: string | undefined): string {
  try {
    return new URL(url, base ?? globalThis.location?.href).href;
  } catch {
    return url;
  }
}

/**
 * {@link safeUrl} for a media source (`src`, `fallback-src`), which may also be a `blob:` URL: a
 * page (the show studio) plays a local file through `URL.createObjectURL`. A blob URL is made by
 * the page itself, same-origin, and as a media source it can only be decoded, never run.
 */
export function safeMediaUrl(url: unknown): string | undefined {
  if (typeof url === 'string' && /^blob:https?:\/\//i.test(url.trim())) return url.trim();
  return safeUrl(url);
}
