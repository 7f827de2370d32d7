import { expect } from '@open-wc/testing';
import * as fc from 'fast-check';
import { SHOW_LIMITS, formatIssues, validateShow } from '../../src/core/show.js';
import { CueTimeline, TimelineCursor } from '../../src/core/timeline.js';
import type { Moment, Show } from '../../src/types.js';
import { check } from './arbitraries.js';
import { expectDropsReported, expectWellFormed, ok, overflow } from './invariants.js';

type Doc = Record<string, unknown>;

/** Three-letter codes AAA, AAB, ...: enough distinct currencies to reach any price limit. */
const code = (i: number) => [676, 26, 1].map((d) => String.fromCharCode(65 + (Math.floor(i / d) % 26))).join('');
const range = <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => f(i));

/** For each list the limits table bounds: a document with `n` valid entries there, and how to count the kept ones. */
const LISTS = {
  products: {
    limit: SHOW_LIMITS.maxProducts,
    path: 'products',
    doc: (n: number): Doc => ({ id: 's', products: range(n, (i) => ({ id: `p${i}`, title: 't' })) }),
    kept: (s: Show) => s.products.length,
  },
  variants: {
    limit: SHOW_LIMITS.maxVariants,
    path: 'products[0].variants',
    doc: (n: number): Doc => ({
      id: 's',
      products: [
        {
          id: 'p',
          title: 't',
          options: [{ name: 'o', values: ['a'] }],
          variants: range(n, (i) => ({ id: `v${i}`, options: { o: 'a' } })),
        },
      ],
    }),
    kept: (s: Show) => s.products[0].variants.length,
  },
  options: {
    limit: SHOW_LIMITS.maxOptions,
    path: 'products[0].options',
    doc: (n: number): Doc => ({
      id: 's',
      products: [{ id: 'p', title: 't', options: range(n, (i) => ({ name: `o${i}`, values: ['a'] })) }],
    }),
    kept: (s: Show) => s.products[0].options.length,
  },
  optionValues: {
    limit: SHOW_LIMITS.maxOptionValues,
    path: 'products[0].options[0].values',
    doc: (n: number): Doc => ({ id: 's', products: [{ id: 'p', title: 't', options: [{ name: 'o', values: range(n, (i) => `v${i}`) }] }] }),
    kept: (s: Show) => s.products[0].options[0].values.length,
  },
  prices: {
    limit: SHOW_LIMITS.maxPrices,
    path: 'products[0].prices',
    doc: (n: number): Doc => ({
      id: 's',
      products: [{ id: 'p', title: 't', prices: range(n, (i) => ({ amount: i, currency: code(i) })) }],
    }),
    kept: (s: Show) => s.products[0].prices.length,
  },
  captions: {
    limit: SHOW_LIMITS.maxCaptions,
    path: 'video.captions',
    doc: (n: number): Doc => ({ id: 's', video: { captions: range(n, (i) => ({ src: `${i}.vtt`, srclang: 'en', label: `T${i}` })) } }),
    kept: (s: Show) => s.video.captions.length,
  },
  markets: {
    limit: SHOW_LIMITS.maxMarkets,
    path: 'markets',
    doc: (n: number): Doc => ({ id: 's', markets: range(n, (i) => ({ id: `m${i}`, country: 'GB', currency: 'GBP' })) }),
    kept: (s: Show) => s.markets.length,
  },
} as const;

describe('fuzz: limits', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  it('keeps each list up to its limit and reports the rest in exactly one issue', () => {
    const list = fc.constantFrom(...(Object.keys(LISTS) as (keyof typeof LISTS)[]));
    check(
      fc.property(list, fc.integer({ min: -3, max: 60 }), (name, extra) => {
        const { limit, path, doc, kept } = LISTS[name];
        const { show, issues } = validateShow(doc(limit + extra));
        expectWellFormed(show, issues);
        ok(kept(show) === Math.min(limit, limit + extra), `${name}: kept ${kept(show)}`);
        const expected = extra > 0 ? [{ path, message: `too many entries (limit ${limit}): ${extra} skipped` }] : [];
        expect(issues).to.deep.equal(expected);
      }),
      60,
    );
  });

  it('reads arrays claiming 2^32 − 1 or 2^53 − 1 entries only up to the limit', () => {
    const claim = fc.constantFrom('sparse', 'proxy');
    const where = fc.constantFrom('products', 'variants', 'options', 'prices', 'captions', 'markets', 'moments');
    check(
      fc.property(where, claim, (at, how) => {
        let huge: unknown[] = [];
        if (how === 'sparse') huge.length = 2 ** 32 - 1;
        else huge = new Proxy([], { get: (t, k) => (k === 'length' ? 2 ** 53 - 1 : Reflect.get(t, k)) });
        const product: Doc = { id: 'p', title: 't' };
        const doc: Doc = { id: 's', products: [product], video: {} };
        if (at === 'captions') (doc.video as Doc).captions = huge;
        else if (at === 'variants' || at === 'options' || at === 'prices') product[at] = huge;
        else doc[at] = huge;
        const { show, issues } = validateShow(doc);
        expectWellFormed(show, issues);
        ok(issues.length <= SHOW_LIMITS.maxIssues + 1, 'issues over the limit');
        ok(formatIssues(issues).startsWith('Show document: '), 'no summary');
      }),
      14,
    );
  });

  it('collapses any number of issues past maxIssues into one, and formatIssues still counts them all', () => {
    check(
      fc.property(fc.integer({ min: 1, max: 4000 }), fc.integer({ min: 0, max: 50 }), (bad, good) => {
        const moments = [
          ...range(bad, (i) => ({ productId: 'p', start: -1 - i, end: 1 })),
          ...range(good, (i) => ({ productId: 'p', start: i, end: i + 1 })),
        ];
        const { show, issues } = validateShow({ id: 's', products: [{ id: 'p', title: 't' }], moments });
        expectWellFormed(show, issues);
        expectDropsReported({ moments }, 'moments', show.moments.length, issues);
        ok(show.moments.length === good, `kept ${show.moments.length} of ${good}`);
        const listed = Math.min(bad, SHOW_LIMITS.maxIssues);
        ok(issues.length === listed + (bad > listed ? 1 : 0), `${issues.length} issues for ${bad}`);
        ok(overflow(issues) === bad - listed, 'overflow count');
        ok(formatIssues(issues).startsWith(`Show document: ${bad} invalid ${bad === 1 ? 'entry' : 'entries'} skipped`), 'summary count');
      }),
      25,
    );
  });

  it('rejects text, ids and URLs past their limits, at any length up to 1 MB, without echoing them', () => {
    const field = fc.constantFrom(
      { key: 'title', limit: SHOW_LIMITS.maxText },
      { key: 'id', limit: SHOW_LIMITS.maxId },
      { key: 'url', limit: 4096 },
    );
    const length = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: 4, max: 1_000_000 }));
    check(
      fc.property(field, length, fc.constantFrom('x', '<', '\u0000', 'é'), ({ key, limit }, delta, ch) => {
        const size = Math.max(1, limit + delta);
        const value = key === 'url' ? `/${ch.repeat(size - 1)}` : ch.repeat(size);
        const { show, issues } = validateShow({ id: 's', products: [{ id: 'p', title: 't', [key]: value }] });
        expectWellFormed(show, issues);
        const keptValue = show.products[0]?.[key as 'title' | 'id' | 'url'];
        ok((keptValue === value) === (size <= limit), `${key} of ${size} (limit ${limit}) kept: ${keptValue === value}`);
        ok(issues.length === (size <= limit ? 0 : 1), `${issues.length} issues`);
      }),
      40,
    );
  });

  it('bounds maps with up to 30,000 keys (text, variant options, rates) to one issue each', () => {
    const where = fc.constantFrom('title', 'choice', 'rates');
    check(
      fc.property(where, fc.integer({ min: 301, max: 30_000 }), (at, n) => {
        // Valid keys (private-use language tags, currency codes), so the only issue is the count.
        const product: Doc = { id: 'p', title: 't', options: [{ name: 'o', values: ['a'] }] };
        const doc: Doc = { id: 's', products: [product] };
        if (at === 'title') doc.title = Object.fromEntries(range(n, (i) => [`en-x-${i}`, 'x']));
        else if (at === 'choice') product.variants = [{ id: 'v', options: Object.fromEntries(range(n, (i) => [`k${i}`, 'a'])) }];
        else doc.rates = { base: 'GBP', ...Object.fromEntries(range(Math.min(n, 17_576), (i) => [code(i), 1])) };
        const { show, issues } = validateShow(doc);
        expectWellFormed(show, issues);
        ok(issues.length === 1, `${issues.length} issues for a map of ${n} keys: ${formatIssues(issues, 3)}`);
        ok(show.products.length === 1, 'the product was lost');
      }),
      6,
    );
  });
});

describe('fuzz: 100,000 moments', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  it('validates 100,000 moments (some invalid) and follows them on the timeline', () => {
    const products = range(50, (i) => ({ id: `p${i}`, title: `Product ${i}` }));
    check(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.double({ min: 0, max: 0.02, noNaN: true }), (salt, badShare) => {
        // A cheap deterministic generator: 100,000 fast-check values would cost more than the check.
        let x = salt | 1;
        const rand = () => ((x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
        let bad = 0;
        const moments = range(SHOW_LIMITS.maxMoments, () => {
          const start = rand() * 7200;
          const m = { productId: `p${Math.floor(rand() * 50)}`, start, end: start + 1 + rand() * 120 };
          if (rand() >= badShare) return m;
          bad++;
          return { ...m, end: -1 };
        });
        const { show, issues } = validateShow({ id: 's', products, moments });
        expectWellFormed(show, issues);
        expectDropsReported({ moments }, 'moments', show.moments.length, issues);
        ok(show.moments.length === SHOW_LIMITS.maxMoments - bad, 'valid moments lost');
        ok(formatIssues(issues).startsWith(bad === 0 ? '' : `Show document: ${bad} invalid`), 'summary count');

        const timeline = new CueTimeline(show.moments);
        const cursor = new TimelineCursor(timeline);
        const active = new Set<Moment>();
        for (let t = 0; t < 7400; t += 7.3 + rand()) {
          const change = cursor.update(t);
          for (const m of change.entered) active.add(m);
          for (const m of change.exited) active.delete(m);
          if (Math.floor(t) % 400 < 8) {
            const truth = show.moments.filter((m) => m.start <= t && t < m.end);
            ok(truth.length === change.active.length && truth.every((m) => active.has(m)), `active set wrong at ${t}`);
          }
        }
      }),
      // Each run validates and follows 100,000 moments: one run is the point (scale), not variety.
      1,
    );
  });
});
