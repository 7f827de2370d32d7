/**
 * Validators for the small values of a show document: ids, text, money, codes, URLs, booleans.
 * Each takes the raw value and its path, reports at most one issue, and returns the normalised
 * value or `undefined` (absent or invalid).
 * @module
 */
import type { LocalizedText, Money } from '../types.js';
import { resolveUrl, safeUrl } from './url.js';
import { SHOW_LIMITS, type ShowReader, isRecord, keyPath, prop, quote } from './show-reader.js';

const CURRENCY = /^[A-Za-z]{3}$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const MAX_URL = 4096;
// More languages than any shop translates into; bounds the work on a hostile map.
const MAX_LANGUAGES = 100;
const MAX_COUNTRIES = 300;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A non-empty string id of at most `maxId` characters. */
export function readId(r: ShowReader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return r.bad(path, value, 'must be a string');
  if (value === '') return r.bad(path, undefined, '');
  if (value.length > SHOW_LIMITS.maxId) return r.bad(path, value, `too long (max ${SHOW_LIMITS.maxId} characters)`);
  return value;
}

/** A non-blank string of at most `maxText` characters (too long is an issue, never truncated). */
export function readString(r: ShowReader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return r.bad(path, value, 'must be a string');
  if (value.trim() === '') return r.bad(path, value, 'must not be empty');
  if (value.length > SHOW_LIMITS.maxText) {
    return r.bad(path, value, `too long (max ${SHOW_LIMITS.maxText} characters)`);
  }
  return value;
}

/**
 * A string, or a map of BCP 47 tags to strings. Map keys are canonicalised; invalid entries are
 * dropped with an issue. Only canonical tags are written, so `__proto__` and friends never are.
 */
export function readText(r: ShowReader, value: unknown, path: string): LocalizedText | undefined {
  if (typeof value === 'string') return readString(r, value, path);
  if (!isRecord(value)) return r.bad(path, value, 'must be a string or a map of language tags to strings');
  const keys = r.keys(value, path, MAX_LANGUAGES);
  if (!keys) return undefined;
  const map: Record<string, string> = {};
  let count = 0;
  for (const key of keys) {
    const tag = r.locale(key);
    if (!tag) {
      r.issue(`${path}${keyPath(key)}`, 'invalid language tag');
    } else if (hasKey(map, tag)) {
      r.issue(`${path}${keyPath(key)}`, `duplicate language tag ${quote(tag)}`);
    } else {
      const text = readString(r, prop(value, key), `${path}${keyPath(key)}`);
      if (text !== undefined) {
        map[tag] = text;
        count++;
      }
    }
  }
  if (count === 0) return r.bad(path, value, 'must have at least one valid entry');
  return map;
}

/** The canonical string of a text: itself, or a map's `en` entry, or its first entry. */
export function canonicalText(text: LocalizedText): string {
  if (typeof text === 'string') return text;
  return hasKey(text, 'en') ? text.en : (Object.values(text)[0] ?? '');
}

/** An ISO 4217 code, upper-cased. */
export function readCurrency(r: ShowReader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string' || !CURRENCY.test(value)) return r.bad(path, value, 'must be an ISO 4217 code');
  return value.toUpperCase();
}

/** An ISO 3166-1 alpha-2 code, upper-cased. */
export function readCountry(r: ShowReader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string' || !COUNTRY.test(value)) {
    return r.bad(path, value, 'must be an ISO 3166-1 alpha-2 code');
  }
  return value.toUpperCase();
}

/** A list of countries; invalid entries dropped, duplicates merged. */
export function readCountries(r: ShowReader, value: unknown, path: string): string[] | undefined {
  if (value === undefined) return undefined;
  const out: string[] = [];
  const ok = r.each(value, path, MAX_COUNTRIES, (item, itemPath) => {
    const code = readCountry(r, item, itemPath);
    if (code && !out.includes(code)) out.push(code);
  });
  return ok ? out : undefined;
}

/** A BCP 47 tag, in canonical form. */
export function readLocale(r: ShowReader, value: unknown, path: string): string | undefined {
  return r.locale(value) ?? r.bad(path, value, 'must be a BCP 47 language tag');
}

/** `{ amount, currency }` with an integer amount in minor units. */
export function readMoney(r: ShowReader, value: unknown, path: string): Money | undefined {
  if (!isRecord(value)) return r.bad(path, value, 'must be an object with amount and currency');
  const amount = prop(value, 'amount');
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    return r.bad(`${path}.amount`, amount, 'must be an integer amount in minor units');
  }
  const currency = readCurrency(r, prop(value, 'currency'), `${path}.currency`);
  // `+ 0` turns -0 into 0.
  return currency ? { amount: amount + 0, currency } : undefined;
}

/** A list of prices; invalid entries dropped, the first price per currency kept. */
export function readPrices(r: ShowReader, value: unknown, path: string): Money[] {
  const out: Money[] = [];
  if (value === undefined) return out;
  r.each(value, path, SHOW_LIMITS.maxPrices, (item, itemPath) => {
    const money = readMoney(r, item, itemPath);
    if (!money) return;
    if (out.some((m) => m.currency === money.currency)) {
      r.issue(`${itemPath}.currency`, `duplicate currency ${quote(money.currency)}`);
    } else {
      out.push(money);
    }
  });
  return out;
}

/** An `http:`, `https:` or relative URL, resolved against the document's URL when known. */
export function readUrl(r: ShowReader, value: unknown, path: string): string | undefined {
  if (typeof value !== 'string') return r.bad(path, value, 'must be a string');
  if (value.trim() === '') return r.bad(path, value, 'must not be empty');
  if (value.length > MAX_URL) return r.bad(path, value, `too long (max ${MAX_URL} characters)`);
  const safe = safeUrl(value);
  if (!safe) return r.bad(path, value, 'unsafe URL');
  return r.baseUrl === undefined ? safe : (safeUrl(resolveUrl(safe, r.baseUrl)) ?? r.bad(path, value, 'unsafe URL'));
}

/** A boolean, or `fallback` when absent or invalid. */
export function readBoolean(r: ShowReader, value: unknown, path: string, fallback: boolean): boolean;
export function readBoolean(r: ShowReader, value: unknown, path: string): boolean | undefined;
export function readBoolean(r: ShowReader, value: unknown, path: string, fallback?: boolean): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value !== undefined) r.bad(path, value, 'must be a boolean');
  return fallback;
}

/** Sets `out[key] = value` unless `value` is undefined, so results carry no `undefined` fields. */
export function assign<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined): void {
  if (value !== undefined) (out as Mutable<T>)[key] = value;
}

/** Own-key test that a key named `hasOwnProperty` cannot fool. */
export function hasKey(obj: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
