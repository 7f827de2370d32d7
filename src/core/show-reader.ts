/**
 * Defensive reading for {@link validateShow}: every property read, type test and key listing of
 * untrusted input goes through here, so a throwing getter, a revoked Proxy or a cycle can never
 * escape as an exception. The validators follow a fixed schema, so cycles never cause recursion.
 * @module
 */
import type { ValidationIssue } from '../types.js';

/** How much of a show document is read; entries past a limit are skipped with one issue. */
export const SHOW_LIMITS = {
  maxProducts: 1000,
  maxMoments: 100_000,
  maxVariants: 250,
  maxOptions: 10,
  maxOptionValues: 100,
  maxPrices: 50,
  maxCaptions: 20,
  maxMarkets: 100,
  maxText: 5000,
  maxId: 200,
  maxIssues: 1000,
} as const;

/** Returned by {@link prop} when reading threw (a getter or a Proxy trap). */
export const UNREADABLE: unique symbol = Symbol('unreadable');

/** Path of the issue that stands for the issues past `maxIssues`. */
export const MORE_PATH = '';

const hasOwn = Object.prototype.hasOwnProperty;
const toTag = Object.prototype.toString;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// Generous bounds for lists the limits table does not name: there are 249 countries, ~180 currencies.
const MAX_KEYS = 300;
const MAX_TAG = 100;

// Products and moments this library made (read by the reader, or derived from such by the player).
const normalised = new WeakSet<object>();

/**
 * Marks a product or moment as already normalised: read again (a card given the player's product,
 * a list given the show's moments), it passes through as it is, at the cost of one look-up.
 */
export function markNormalised<T extends object>(value: T): T {
  normalised.add(value);
  return value;
}

/** Whether {@link markNormalised} marked `value`. Never throws (a primitive, a Proxy: `false` or a plain look-up). */
export function isNormalised(value: unknown): boolean {
  return typeof value === 'object' && value !== null && normalised.has(value);
}

/** Reads an own property; inherited values (a polluted prototype) are never read. */
export function prop(obj: object, key: string | number): unknown {
  try {
    return hasOwn.call(obj, key) ? (obj as Record<string | number, unknown>)[key] : undefined;
  } catch {
    return UNREADABLE;
  }
}

/** `Array.isArray` throws for a revoked Proxy. */
export function isArray(value: unknown): value is readonly unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** A plain object (JSON object): not null, not an array, not a Date, Map, function... */
export function isRecord(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return !Array.isArray(value) && toTag.call(value) === '[object Object]';
  } catch {
    return false;
  }
}

/** `.key` or `["key"]`, with long keys shortened so that paths stay small. */
export function keyPath(key: string): string {
  if (IDENTIFIER.test(key) && key.length <= 50) return `.${key}`;
  return `[${JSON.stringify(key.length > 50 ? `${key.slice(0, 50)}…` : key)}]`;
}

/** Quotes a value in a message, shortened. */
export function quote(value: string): string {
  return `"${value.length > 50 ? `${value.slice(0, 50)}…` : value}"`;
}

/** Collects issues and carries what the validators share (base URL, locale cache). */
export class ShowReader {
  private readonly list: ValidationIssue[] = [];
  private overflow = 0;
  private readonly locales = new Map<string, string | null>();

  constructor(readonly baseUrl: string | undefined) {}

  issue(path: string, message: string): void {
    if (this.list.length < SHOW_LIMITS.maxIssues) this.list.push({ path, message });
    else this.overflow++;
  }

  /** Reports a bad value, saying `missing` or `could not be read` when that is what happened. */
  bad(path: string, value: unknown, message: string): undefined {
    const text = value === undefined ? 'missing' : value === UNREADABLE ? 'could not be read' : message;
    this.issue(path, text);
    return undefined;
  }

  /** The issues, the overflow collapsed into a final `… and N more`. */
  issues(): ValidationIssue[] {
    if (this.overflow === 0) return this.list;
    return [...this.list, { path: MORE_PATH, message: `… and ${this.overflow} more` }];
  }

  /** The canonical form of a BCP 47 tag, or undefined. Cached: the same few tags repeat. */
  locale(tag: unknown): string | undefined {
    if (typeof tag !== 'string' || tag === '' || tag.length > MAX_TAG) return undefined;
    let canonical = this.locales.get(tag);
    if (canonical === undefined) {
      try {
        canonical = Intl.getCanonicalLocales(tag)[0] ?? null;
      } catch {
        canonical = null;
      }
      this.locales.set(tag, canonical);
    }
    return canonical ?? undefined;
  }

  /** Own enumerable string keys, at most `limit` (one issue for the rest). */
  keys(obj: object, path: string, limit = MAX_KEYS): string[] | undefined {
    let keys: string[];
    try {
      keys = Object.keys(obj);
    } catch {
      return this.bad(path, UNREADABLE, '');
    }
    if (keys.length <= limit) return keys;
    this.issue(path, `too many entries (limit ${limit}): ${keys.length - limit} skipped`);
    return keys.slice(0, limit);
  }

  /**
   * Visits the entries of an array, at most `limit` (one issue for the rest). Returns false, with
   * an issue, when `value` is not an array.
   */
  each(
    value: unknown,
    path: string,
    limit: number,
    visit: (item: unknown, itemPath: string) => void,
  ): boolean {
    return this.eachLazy(value, path, limit, (item, at) => visit(item, at()));
  }

  /**
   * {@link each}, with the entry's path made only when asked (`at()`): a show at the limits has a
   * million option values, and a path string for each is most of the cost of reading them.
   */
  eachLazy(value: unknown, path: string, limit: number, visit: (item: unknown, at: () => string) => void): boolean {
    const length = this.length(value, path);
    if (length === undefined) return false;
    this.range(value as object, path, 0, Math.min(length, limit), visit);
    this.past(path, length, limit);
    return true;
  }

  /**
   * {@link eachLazy} as steps: pauses (`yield`) after every `every` entries, so that a large show can
   * be read a slice at a time (`core/slices.ts`) and the page stays responsive. The entries between
   * two pauses are read by a plain loop: V8 optimises a loop inside a generator less well.
   */
  *steps(
    value: unknown,
    path: string,
    limit: number,
    every: number,
    visit: (item: unknown, at: () => string) => void,
  ): Generator<void, boolean> {
    const length = this.length(value, path);
    if (length === undefined) return false;
    const count = Math.min(length, limit);
    for (let from = 0; from < count; from += every) {
      this.range(value as object, path, from, Math.min(from + every, count), visit);
      yield;
    }
    this.past(path, length, limit);
    return true;
  }

  /** The length of the array `value`, or undefined with an issue when it is not one. */
  private length(value: unknown, path: string): number | undefined {
    if (!isArray(value)) return this.bad(path, value, 'must be an array');
    const length = prop(value, 'length');
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) return this.bad(path, UNREADABLE, '');
    return length;
  }

  private range(value: object, path: string, from: number, to: number, visit: (item: unknown, at: () => string) => void): void {
    for (let i = from; i < to; i++) visit(prop(value, i), () => `${path}[${i}]`);
  }

  private past(path: string, length: number, limit: number): void {
    if (length > limit) this.issue(path, `too many entries (limit ${limit}): ${length - limit} skipped`);
  }
}

/** Runs `steps` to the end in one go and returns what it returns. */
export function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
