/**
 * The built-in UI translations, one lazy chunk per language: {@link loadStrings} fetches a
 * language's table the first time an element shows that language, and registers it with
 * `registerStrings`. Until it arrives the elements show English, then render again.
 * `src/core/strings.ts` stays English-only, so a page that brings its own tables pays for none.
 * @module
 */
import { markEnglish, registerStrings } from '../string-registry.js';
import type { Strings } from '../strings.js';

/** The locales with a complete built-in strings table. */
export const BUILT_IN_LOCALES = ['en', 'ar', 'de', 'es', 'fr', 'ja', 'zh-Hans'] as const;

// `zh` also answers zh-CN, zh-SG and zh-Hans through stringsFor's fallback to shorter tags.
const tables: Record<string, () => Promise<Partial<Strings>>> = {
  ar: () => import('./ar.js').then((m) => m.ar),
  de: () => import('./de.js').then((m) => m.de),
  es: () => import('./es.js').then((m) => m.es),
  fr: () => import('./fr.js').then((m) => m.fr),
  ja: () => import('./ja.js').then((m) => m.ja),
  zh: () => import('./zh-Hans.js').then((m) => m.zhHans),
};
const loaded = new Map<string, Promise<void> | true>();

// Traditional Chinese readers must not silently get Simplified: English under these tags stops the
// fallback before it reaches `zh`. A page's own zh-Hant table, registered later, merges over it.
for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO']) markEnglish(tag);

/**
 * Starts loading the built-in table `locale` falls back to (its language), and returns a promise
 * that settles once it is registered; `undefined` when there is nothing to load (English, a
 * language without a built-in table, Traditional Chinese, or a table already in place).
 */
export function loadStrings(locale: string | undefined): Promise<void> | undefined {
  const tag = (locale ?? 'en').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return undefined;
  const lang = tag.split('-')[0]!;
  // Own keys only: a locale such as `__proto__` must not find Object.prototype's members.
  const load = Object.hasOwn(tables, lang) ? tables[lang] : undefined;
  if (!load) return undefined;
  const state = loaded.get(lang);
  if (state === true) return undefined;
  if (state) return state;
  const pending = load().then(
    (table) => {
      // A page's own entries, registered first, stay on top of the built-in table.
      registerStrings(lang, table, { under: true });
      loaded.set(lang, true);
    },
    (cause: unknown) => {
      loaded.delete(lang);
      throw cause;
    },
  );
  loaded.set(lang, pending);
  return pending;
}

/** Scripts written right to left (ISO 15924), for engines without `Intl.Locale` text info. */
const RTL_SCRIPTS = /^(Arab|Hebr|Thaa|Syrc|Nkoo|Adlm|Rohg|Mand|Samr)$/;

type TextInfo = { direction?: string };
type LocaleWithTextInfo = Intl.Locale & { getTextInfo?(): TextInfo; textInfo?: TextInfo };

/**
 * Whether `locale` (BCP 47) is written right to left, e.g. `ar-EG`, `he`, `fa`, `ur`, `pa-Arab`.
 * Malformed tags are treated as left to right.
 */
export function isRtl(locale: string): boolean {
  try {
    const tag = new Intl.Locale(locale) as LocaleWithTextInfo;
    // `getTextInfo()` is the proposal's current shape; Chromium and Safari first shipped a
    // `textInfo` getter, and Firefox has neither, so fall back to the likely script.
    const info = tag.getTextInfo?.() ?? tag.textInfo;
    if (info?.direction) return info.direction === 'rtl';
    return RTL_SCRIPTS.test(tag.maximize().script ?? '');
  } catch {
    return false;
  }
}
