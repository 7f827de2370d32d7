/**
 * The built-in UI translations. Importing this module registers them with
 * {@link registerStrings} (its only side effect); `src/core/strings.ts` stays English-only so a
 * page that brings its own tables pays for none of these.
 * @module
 */
import { en, registerStrings } from '../strings.js';
import { ar } from './ar.js';
import { de } from './de.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { ja } from './ja.js';
import { zhHans } from './zh-Hans.js';

/** The locales with a complete built-in strings table. */
export const BUILT_IN_LOCALES = ['en', 'ar', 'de', 'es', 'fr', 'ja', 'zh-Hans'] as const;

registerStrings('ar', ar);
registerStrings('de', de);
registerStrings('es', es);
registerStrings('fr', fr);
registerStrings('ja', ja);
// `zh` also answers zh-CN, zh-SG and zh-Hans through stringsFor's fallback to shorter tags.
registerStrings('zh', zhHans);
// Traditional Chinese readers must not silently get Simplified: English under these tags stops the
// fallback before it reaches `zh`. A page's own zh-Hant table, registered later, merges over it.
for (const tag of ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO']) registerStrings(tag, en);

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
