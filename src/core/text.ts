/**
 * Localised text from show data: a plain string, or a map of BCP 47 tags to strings.
 * @module
 */
import type { LocalizedText } from '../types.js';

/** A resolved piece of text and the language tag it is in (`undefined`: same as its context). */
export interface ResolvedText {
  readonly text: string;
  readonly lang: string | undefined;
}

/** `zh-Hans-CN` → `['zh-hans-cn', 'zh-hans', 'zh']`. */
function chain(tag: string | undefined): string[] {
  if (!tag) return [];
  const parts = tag.toLowerCase().split(/[-_]/).filter(Boolean);
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) out.push(parts.slice(0, i).join('-'));
  return out;
}

const likely = new Map<string, string | undefined>();

/**
 * `locale` with its likely script added (`zh-CN` → `zh-Hans-CN`, `zh-TW` → `zh-Hant-TW`), so text
 * keyed by script (`zh-Hans`) is found for a region-only locale. `undefined` when unknown. Asked
 * once per locale (Intl.Locale is slow).
 */
export function likelyLocale(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  if (!likely.has(locale)) {
    let tag: string | undefined;
    try {
      tag = new Intl.Locale(locale).maximize().toString();
    } catch {
      tag = undefined;
    }
    likely.set(locale, tag);
  }
  return likely.get(locale);
}

/**
 * Picks the text for `locale`: the one way every element resolves a product's text, so the overlay,
 * the cards, the sheet, the markers and the announcements agree. A string is returned as is, with
 * `lang` undefined (it inherits the page's or element's language). A map is tried along `locale`'s
 * chain (`zh-Hans-CN`, `zh-Hans`, `zh`), then its likely script's (a `zh-CN` shopper gets `zh-Hans`),
 * then `fallbackLocale`'s chain, then `en`, then its first entry; tags match case-insensitively (and
 * `_` counts as `-`), and `lang` is the map's own tag that matched, so it can go in a `lang`
 * attribute and screen readers pronounce it right.
 */
export function resolveText(
  text: LocalizedText | undefined,
  locale: string | undefined,
  fallbackLocale?: string,
): ResolvedText {
  if (text === undefined || text === null) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: undefined };
  const entries = Object.entries(text).filter(
    (e): e is [string, string] => typeof e[1] === 'string',
  );
  if (entries.length === 0) return { text: '', lang: undefined };
  const byTag = new Map<string, [string, string]>();
  for (const entry of entries) {
    const key = entry[0].toLowerCase().replace(/_/g, '-');
    if (!byTag.has(key)) byTag.set(key, entry);
  }
  for (const tag of [...chain(locale), ...chain(likelyLocale(locale)), ...chain(fallbackLocale), 'en']) {
    const hit = byTag.get(tag);
    if (hit) return { text: hit[1], lang: hit[0] };
  }
  const [lang, first] = entries[0];
  return { text: first, lang };
}
