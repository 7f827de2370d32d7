/**
 * What must hold of every `validateShow` result, whatever the input: the show is plain, valid data
 * (ids unique, moments on kept products with finite `start < end`, only http(s) or relative URLs),
 * every dropped entry is reported, and no prototype was touched. Plain `throw`s rather than chai:
 * these run tens of thousands of times.
 * @module
 */
import { MORE_PATH, SHOW_LIMITS } from '../../src/core/show-reader.js';
import { formatIssues } from '../../src/core/show.js';
import { safeUrl } from '../../src/core/url.js';
import type { LocalizedText, Money, Show, ValidationIssue } from '../../src/types.js';

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const MORE = /^… and (\d+) more$/;
const CODE3 = /^[A-Z]{3}$/;
const CODE2 = /^[A-Z]{2}$/;
const PLAIN = new Set<unknown>([Object.prototype, Array.prototype]);

/** Plain JSON-like data: own enumerable data properties, plain prototypes, finite numbers, no holes. */
function expectPlain(value: unknown, path: string, depth = 0): void {
  ok(depth < 10, `${path}: nested deeper than any Show`);
  if (typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') return ok(Number.isFinite(value) && !Object.is(value, -0), `${path}: ${value} is not finite or is -0`);
  ok(typeof value === 'object' && value !== null, `${path}: a ${typeof value} is not data`);
  ok(PLAIN.has(Object.getPrototypeOf(value)), `${path}: not a plain object or array`);
  if (Array.isArray(value)) {
    ok(Reflect.ownKeys(value).length === value.length + 1, `${path}: holes or extra keys`);
    // 100,000 moments: every field is checked by expectWellFormed; walk a sample of 2000 deeply.
    const step = Math.max(1, Math.floor(value.length / 2000));
    for (let i = 0; i < value.length; i += step) expectPlain(value[i], `${path}[${i}]`, depth + 1);
    return;
  }
  for (const key of Reflect.ownKeys(value)) {
    ok(typeof key === 'string', `${path}: symbol key`);
    ok(key !== '__proto__', `${path}: own __proto__ key`);
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    ok('value' in d && d.enumerable, `${path}.${key}: accessor or hidden property`);
    expectPlain(d.value, `${path}.${key}`, depth + 1);
  }
}

function isCanonicalTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag)[0] === tag;
  } catch {
    return false;
  }
}

function expectString(s: unknown, path: string, max: number = SHOW_LIMITS.maxText): void {
  ok(typeof s === 'string' && s.trim() !== '' && s.length <= max, `${path}: not a non-blank string of at most ${max}`);
}

function expectText(t: LocalizedText | undefined, path: string): void {
  if (t === undefined) return;
  if (typeof t === 'string') return expectString(t, path);
  const keys = Object.keys(t);
  ok(keys.length > 0 && keys.length <= 100, `${path}: empty or oversized text map`);
  for (const k of keys) {
    ok(isCanonicalTag(k), `${path}: key ${JSON.stringify(k)} is not a canonical language tag`);
    expectString(t[k], `${path}.${k}`);
  }
}

function expectMoney(m: Money | undefined, path: string): void {
  if (m === undefined) return;
  ok(Number.isSafeInteger(m.amount) && m.amount >= 0 && !Object.is(m.amount, -0), `${path}.amount: ${m.amount}`);
  ok(CODE3.test(m.currency), `${path}.currency: ${m.currency}`);
}

/**
 * A kept URL is a fixed point of safeUrl, and what a browser makes of it (resolved against a page)
 * is http(s). A URL the browser cannot parse at all ("http://[") navigates nowhere: not unsafe.
 */
export function expectSafeUrl(url: string | undefined, path: string): void {
  if (url === undefined) return;
  ok(typeof url === 'string' && safeUrl(url) === url, `${path}: ${JSON.stringify(url)} is not safeUrl's fixed point`);
  let protocol: string;
  try {
    protocol = new URL(url, 'https://base.example/').protocol;
  } catch {
    return;
  }
  ok(protocol === 'http:' || protocol === 'https:', `${path}: ${JSON.stringify(url)} resolves to ${protocol}`);
}

/** Everything kept is valid; the issues are well-formed and short. */
export function expectWellFormed(show: Show, issues: readonly ValidationIssue[]): void {
  expectPlain(show, 'show');
  expectPlain(issues, 'issues');
  ok(show.version === 1 && typeof show.id === 'string' && show.id.length <= SHOW_LIMITS.maxId, 'show: version or id');
  expectText(show.title, 'title');
  ok(show.currency === undefined || CODE3.test(show.currency), 'show.currency');
  ok(show.locale === undefined || isCanonicalTag(show.locale), 'show.locale');
  for (const key of ['src', 'poster', 'fallbackSrc'] as const) expectSafeUrl(show.video[key], `video.${key}`);
  ok(show.video.captions.length <= SHOW_LIMITS.maxCaptions, 'captions: over the limit');
  show.video.captions.forEach((c, i) => {
    expectSafeUrl(c.src, `captions[${i}].src`);
    expectString(c.label, `captions[${i}].label`);
    ok(isCanonicalTag(c.srclang), `captions[${i}].srclang`);
  });

  ok(show.products.length <= SHOW_LIMITS.maxProducts, 'products: over the limit');
  const ids = new Set<string>();
  show.products.forEach((p, i) => {
    const at = `products[${i}]`;
    ok(typeof p.id === 'string' && p.id !== '' && p.id.length <= SHOW_LIMITS.maxId, `${at}.id: ${p.id}`);
    ok(!ids.has(p.id), `${at}.id: duplicate ${JSON.stringify(p.id)} kept`);
    ids.add(p.id);
    ok(p.title !== undefined, `${at}.title: missing`);
    expectText(p.title, `${at}.title`);
    expectText(p.description, `${at}.description`);
    expectSafeUrl(p.url, `${at}.url`);
    expectSafeUrl(p.image, `${at}.image`);
    expectMoney(p.price, `${at}.price`);
    expectMoney(p.compareAtPrice, `${at}.compareAtPrice`);
    ok(!p.compareAtPrice || !p.price || p.compareAtPrice.currency === p.price.currency, `${at}.compareAtPrice: currency`);
    ok(p.prices.length <= SHOW_LIMITS.maxPrices, `${at}.prices: over the limit`);
    p.prices.forEach((m, j) => expectMoney(m, `${at}.prices[${j}]`));
    ok(new Set(p.prices.map((m) => m.currency)).size === p.prices.length, `${at}.prices: duplicate currency`);
    for (const list of [p.shipsTo, p.excludedCountries]) for (const c of list ?? []) ok(CODE2.test(c), `${at}: country ${c}`);
    ok(p.options.length <= SHOW_LIMITS.maxOptions, `${at}.options: over the limit`);
    const names = new Set(p.options.map((o) => o.name));
    ok(names.size === p.options.length, `${at}.options: duplicate name`);
    for (const o of p.options) {
      ok(!['__proto__', 'constructor', 'prototype'].includes(o.name), `${at}: reserved option name kept`);
      ok(o.values.length > 0 && o.values.length <= SHOW_LIMITS.maxOptionValues, `${at}.options: value count`);
      ok(new Set(o.values).size === o.values.length, `${at}.options: duplicate value`);
    }
    ok(p.variants.length <= SHOW_LIMITS.maxVariants, `${at}.variants: over the limit`);
    ok(new Set(p.variants.map((v) => v.id)).size === p.variants.length, `${at}.variants: duplicate id`);
    p.variants.forEach((v, j) => {
      ok(typeof v.id === 'string' && v.id !== '', `${at}.variants[${j}].id`);
      for (const [name, value] of Object.entries(v.options)) {
        const option = p.options.find((o) => o.name === name);
        ok(option && option.values.includes(value), `${at}.variants[${j}].options: ${name}=${value} names no option value`);
      }
      expectSafeUrl(v.image, `${at}.variants[${j}].image`);
      expectMoney(v.price, `${at}.variants[${j}].price`);
    });
    ok(!p.available || p.variants.length === 0 || p.variants.some((v) => v.available), `${at}.available`);
  });

  ok(show.moments.length <= SHOW_LIMITS.maxMoments, 'moments: over the limit');
  show.moments.forEach((m, i) => {
    const at = `moments[${i}]`;
    ok(ids.has(m.productId), `${at}.productId: ${JSON.stringify(m.productId)} is not a kept product`);
    ok(Number.isFinite(m.start) && Number.isFinite(m.end) && m.start >= 0 && m.start < m.end, `${at}: [${m.start}, ${m.end})`);
    const prev = show.moments[i - 1];
    ok(!prev || prev.start < m.start || (prev.start === m.start && prev.end <= m.end), `${at}: not sorted`);
    if (m.position) ok(m.position.x >= 0 && m.position.x <= 1 && m.position.y >= 0 && m.position.y <= 1, `${at}.position`);
  });

  ok(show.markets.length <= SHOW_LIMITS.maxMarkets, 'markets: over the limit');
  ok(new Set(show.markets.map((m) => m.id)).size === show.markets.length, 'markets: duplicate id');
  for (const m of show.markets) ok(CODE2.test(m.country) && CODE3.test(m.currency), `market ${m.id}: codes`);
  if (show.rates) {
    for (const [code, rate] of Object.entries(show.rates)) {
      if (code === 'base') ok(typeof rate === 'string' && CODE3.test(rate), 'rates.base');
      else ok(CODE3.test(code) && typeof rate === 'number' && rate > 0, `rates.${code}: ${rate}`);
    }
  }
  expectIssues(issues);
}

function expectIssues(issues: readonly ValidationIssue[]): void {
  ok(issues.length <= SHOW_LIMITS.maxIssues + 1, `issues: ${issues.length} is over the limit`);
  issues.forEach((issue, i) => {
    ok(typeof issue.message === 'string' && issue.message !== '', `issues[${i}]: empty message`);
    // Paths and messages quote at most 50 characters of the input (escaped in paths, so up to six
    // characters each): a 100 KB string must never be echoed.
    ok(issue.path.length <= 1000 && issue.message.length <= 300, `issues[${i}]: too long`);
    if (issue.path === MORE_PATH) ok(i === issues.length - 1 && MORE.test(issue.message), `issues[${i}]: stray overflow entry`);
  });
  const summary = formatIssues(issues);
  ok((summary === '') === (issues.length === 0), 'formatIssues: empty iff no issues');
}

/** The `N` of the final `… and N more` issue (0 when the issues did not overflow). */
export function overflow(issues: readonly ValidationIssue[]): number {
  const last = issues[issues.length - 1];
  const m = last?.path === MORE_PATH ? MORE.exec(last.message) : null;
  return m ? Number(m[1]) : 0;
}

/** The array `doc[key]` when it is a real, honest array (not a Proxy or accessor we planted). */
function honestArray(doc: unknown, key: string, liars: WeakSet<object>): readonly unknown[] | undefined {
  if (typeof doc !== 'object' || doc === null || liars.has(doc)) return undefined;
  const d = Object.getOwnPropertyDescriptor(doc, key);
  if (!d || !('value' in d)) return undefined;
  const value: unknown = d.value;
  // Array.isArray throws for a revoked Proxy: ask the liars first.
  if (typeof value !== 'object' || value === null || liars.has(value) || !Array.isArray(value)) return undefined;
  return value;
}

/**
 * Every entry of `doc[key]` that was not kept has an issue under `key[i]`, and entries past the
 * limit have one issue at `key` (unless the issues themselves overflowed into `… and N more`).
 */
export function expectDropsReported(
  doc: unknown,
  key: 'products' | 'moments',
  kept: number,
  issues: readonly ValidationIssue[],
  liars: WeakSet<object> = new WeakSet(),
): void {
  const given = honestArray(doc, key, liars);
  if (!given) return;
  const limit = key === 'products' ? SHOW_LIMITS.maxProducts : SHOW_LIMITS.maxMoments;
  const considered = Math.min(given.length, limit);
  const reported = new Set<number>();
  const prefix = `${key}[`;
  let limitIssue = false;
  for (const { path, message } of issues) {
    if (path === key && message.startsWith('too many entries')) limitIssue = true;
    if (!path.startsWith(prefix)) continue;
    const close = path.indexOf(']');
    const next = path[close + 1];
    if (next === undefined || next === '.' || next === '[') reported.add(Number(path.slice(prefix.length, close)));
  }
  const dropped = considered - kept;
  const more = overflow(issues);
  ok(dropped >= 0, `${key}: kept ${kept} of ${considered}`);
  ok(reported.size + more >= dropped, `${key}: ${dropped} dropped, only ${reported.size} reported (+${more} collapsed)`);
  if (given.length > limit) ok(limitIssue || more > 0, `${key}: ${given.length - limit} past the limit, not reported`);
}

/** Takes a snapshot of the built-in prototypes; the returned function throws if any changed. */
export function prototypeGuard(): () => void {
  const targets = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype];
  const snapshot = targets.map((t) => new Map(Reflect.ownKeys(t).map((k) => [k, Object.getOwnPropertyDescriptor(t, k)!])));
  return () => {
    targets.forEach((t, i) => {
      const keys = Reflect.ownKeys(t);
      ok(keys.length === snapshot[i].size, `prototype ${i}: keys added or removed: ${keys.filter((k) => !snapshot[i].has(k)).map(String)}`);
      for (const k of keys) {
        const before = snapshot[i].get(k);
        const now = Object.getOwnPropertyDescriptor(t, k)!;
        const same = before && before.value === now.value && before.get === now.get && before.set === now.set;
        ok(same, `prototype ${i}: ${String(k)} changed`);
      }
    });
    ok(Object.getPrototypeOf(Object.prototype) === null, 'Object.prototype has a prototype');
    const probe = (o: object) => (o as Record<string, unknown>).polluted;
    ok(probe({}) === undefined && probe([]) === undefined, 'polluted');
  };
}
