/**
 * The studio's strings in the library's other six languages, and the pick by locale. The studio is
 * one lazy entry, so its tables ship with it rather than as chunks of their own. DOM-free.
 * @module
 */
import { studioEn, type StudioStrings } from './strings.js';
import { ar } from './locales/ar.js';
import { de } from './locales/de.js';
import { es } from './locales/es.js';
import { fr } from './locales/fr.js';
import { ja } from './locales/ja.js';
import { zhHans } from './locales/zh-Hans.js';

/** The languages the studio speaks. */
export const STUDIO_LOCALES = ['en', 'fr', 'de', 'es', 'ja', 'zh-Hans', 'ar'] as const;

const tables: Record<string, StudioStrings> = { en: studioEn, fr, de, es, ja, zh: zhHans, ar };

/** The studio's strings for `locale` (by its language; `zh-Hant` and unknown languages get English). */
export function studioStrings(locale: string | undefined): StudioStrings {
  const tag = (locale ?? 'en').toLowerCase();
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return studioEn;
  const lang = tag.split('-')[0]!;
  return Object.hasOwn(tables, lang) ? tables[lang]! : studioEn;
}

/** The text direction of the studio in `locale`. */
export function studioDir(locale: string | undefined): 'rtl' | 'ltr' {
  return /^(ar|he|fa|ur)\b/i.test(locale ?? '') ? 'rtl' : 'ltr';
}
