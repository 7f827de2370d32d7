/**
 * Generators for the fuzz suite: valid show documents (the starting point of mutation), hostile
 * text and URLs, and the fixed seed every property runs with, so that a failure replays exactly.
 * @module
 */
import * as fc from 'fast-check';

/**
 * The seed of every property. To replay a failure, or to explore new inputs, run with `FUZZ_SEED=<n>`
 * (fast-check prints the failing seed and path in its report), or change the default here. The
 * browser has no environment variables: the test server hands them over (test/servers/fuzz.mjs),
 * read before the first test of every fuzz file (see CONTRIBUTING.md and docs/limits.md).
 */
export let SEED = 20260301;

/** Multiplies every property's run count: `FUZZ_RUNS=20` for a longer campaign; 1 in CI. */
export let RUNS_SCALE = 1;

// A root hook of every file that imports this module: the runner's FUZZ_SEED and FUZZ_RUNS.
before(async () => {
  try {
    const config = (await (await fetch('/__fuzz/config')).json()) as { seed: number | null; scale: number | null };
    if (config.seed) SEED = config.seed;
    if (config.scale) RUNS_SCALE = config.scale;
    if (config.seed || config.scale) console.info(`fuzz: seed ${SEED}, runs × ${RUNS_SCALE} (FUZZ_SEED, FUZZ_RUNS)`);
  } catch {
    // No fuzz server (another runner): the defaults stand.
  }
});

const parameters = <T>(numRuns: number): fc.Parameters<T> => ({
  seed: SEED,
  numRuns: Math.max(1, Math.round(numRuns * RUNS_SCALE)),
  includeErrorInReport: true,
});

function withSeed(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  // fast-check's report already holds `seed` and `path`; say how to replay it too.
  const failure = new Error(`[fuzz seed ${SEED}] replay: FUZZ_SEED=${SEED} npx wtr --files <this file>\n${message}`);
  console.error(failure.message);
  return failure;
}

/** Runs a synchronous property with the suite's seed and `numRuns` runs (times {@link RUNS_SCALE}). */
export function check<Ts>(property: fc.IProperty<Ts>, numRuns: number): void {
  try {
    fc.assert(property, parameters<Ts>(numRuns));
  } catch (error) {
    throw withSeed(error);
  }
}

/** {@link check} for an asynchronous property. */
export async function checkAsync<Ts>(property: fc.IAsyncProperty<Ts>, numRuns: number): Promise<void> {
  try {
    await fc.assert(property, parameters<Ts>(numRuns));
  } catch (error) {
    throw withSeed(error);
  }
}

/** Text that a careless renderer would run or mis-draw: markup, script, bidi overrides, templates. */
export const HOSTILE_TEXT = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload="window.__pwned=1">',
  "'><iframe src=javascript:window.__pwned=1>",
  '<a href="javascript:window.__pwned=1">click</a>',
  '</h3><style>*{display:none}</style>',
  '<!-- unclosed',
  '&lt;b&gt;entity&lt;/b&gt; &amp; &#60;i&#62;',
  '\u202Eevil\u202C text with a right-to-left override',
  '\u2067isolate\u2069 \u200F\u200E marks',
  '${window.__pwned=1} {{constructor.constructor("window.__pwned=1")()}}',
  'zalgo Z̷̡̛a̶l̸g̵o̴ and 👩‍👩‍👧‍👦 and \uD83D lone surrogate',
  '__proto__',
  'constructor',
  'toString',
  'javascript:window.__pwned=1',
] as const;

const MARKUP_UNIT = fc.constantFrom(...'<>"\'&/=;: \u202Eabcxyz{}$`()'.split(''), '<script>', 'onerror=');
// Any code point, lone surrogates and controls included (fast-check's "grapheme" unit is ~10x slower).
const CODE_POINT = fc
  .oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xffff }), fc.integer({ min: 0x10000, max: 0x10ffff }))
  .map((c) => String.fromCodePoint(c));

/** A non-blank string: hostile constants, markup soup, or any unicode. */
export const hostileText = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.constantFrom(...HOSTILE_TEXT),
      fc.string({ unit: MARKUP_UNIT, minLength: 1, maxLength }),
      fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: Math.min(maxLength, 20) }),
      fc.string({ unit: CODE_POINT, minLength: 1, maxLength: Math.min(maxLength, 20) }),
    )
    .map((s) => (s.trim() === '' ? `x${s}` : s));

/** Canonical, distinct BCP 47 tags (so a map of them validates without a duplicate). */
export const LOCALES = ['en', 'en-GB', 'ja', 'zh-Hans', 'ar', 'de-CH', 'fr'] as const;
const CURRENCIES = ['GBP', 'USD', 'JPY', 'EUR', 'KWD', 'CNY'] as const;
const COUNTRIES = ['GB', 'US', 'JP', 'DE', 'FR', 'CN'] as const;

/** Text as a string or a map of language tags to strings. */
export const localizedText = (maxLength = 60): fc.Arbitrary<string | Record<string, string>> =>
  fc.oneof(
    { weight: 3, arbitrary: hostileText(maxLength) },
    fc
      .uniqueArray(fc.constantFrom(...LOCALES), { minLength: 1, maxLength: 3 })
      .chain((tags) =>
        fc.tuple(...tags.map(() => hostileText(maxLength))).map((texts) => Object.fromEntries(tags.map((t, i) => [t, texts[i]]))),
      ),
  );

/**
 * URLs that validation keeps: absolute http(s), relative, protocol-relative, and relative text
 * that merely looks like a scheme. `local` keeps to 127.0.0.1 paths (nothing a browser would fetch
 * from another host), for element tests.
 */
export const keptUrl = (local = false): fc.Arbitrary<string> => {
  const path = fc.string({ unit: fc.constantFrom(...'abc-_./%?#=&'.split('')), maxLength: 20 });
  const relative = fc.oneof(
    path.map((p) => `/__fuzz/${p}`),
    path.map((p) => `img/${p}`),
    fc.constantFrom('?q=1', '#frag', 'javascript&colon;alert(1)', 'foo/javascript:alert(1)', './x:y'),
  );
  if (local) return relative;
  return fc.oneof(
    relative,
    path.map((p) => `https://shop.example/${p}`),
    path.map((p) => `HTTP://Shop.Example:8080/${p}`),
    path.map((p) => `//cdn.example/${p}`),
    path.map((p) => `  https://shop.example/${p}\t`),
  );
};

const UNSAFE_SCHEMES = ['javascript', 'data', 'vbscript', 'blob', 'file', 'filesystem', 'about', 'chrome'] as const;
/** Characters a URL parser drops, or that an obfuscator hopes it drops, inside or before a scheme. */
const NOISE = ['\u0000', '\t', '\n', '\r', ' ', '\u001f', '\u007f', '\u00a0', '\ufeff'] as const;

/**
 * Unsafe URLs, obfuscated the ways attackers do: mixed case, tabs/newlines/NULs inside the scheme,
 * leading spaces and control characters.
 */
export const unsafeUrl: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...UNSAFE_SCHEMES),
    fc.array(fc.boolean(), { maxLength: 12 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom(...NOISE)), { maxLength: 3 }),
    fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }),
    fc.constantFrom('alert(1)', '//x.example/%0aalert(1)', 'text/html,<script>alert(1)</script>', 'https://127.0.0.1/'),
  )
  .map(([scheme, upper, inserts, lead, rest]) => {
    let s = [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('');
    for (const [at, ch] of inserts) {
      const i = at % (s.length + 1);
      s = s.slice(0, i) + ch + s.slice(i);
    }
    return `${lead.join('')}${s}:${rest}`;
  });

const money = (currency: fc.Arbitrary<string> = fc.constantFrom(...CURRENCIES)) =>
  fc.record({ amount: fc.nat({ max: 10_000_000 }), currency });

const uniquePrices = fc
  .uniqueArray(fc.constantFrom(...CURRENCIES), { maxLength: 3 })
  .chain((codes) => fc.tuple(...codes.map((c) => money(fc.constant(c)))));

type Json = Record<string, unknown>;

/** Options with distinct names and values; never a reserved name (those are dropped, by design). */
const options = fc.uniqueArray(
  fc.record({
    name: hostileText(20).filter((n) => !['__proto__', 'constructor', 'prototype'].includes(n)),
    values: fc.uniqueArray(hostileText(20), { minLength: 1, maxLength: 4 }),
  }),
  { selector: (o) => o.name, maxLength: 3 },
);

function variantsFor(opts: readonly { name: string; values: readonly string[] }[], local: boolean): fc.Arbitrary<Json[]> {
  const variant = fc.record(
    {
      picks: fc.array(fc.option(fc.nat()), { minLength: opts.length, maxLength: opts.length }),
      available: fc.boolean(),
      title: localizedText(30),
      price: money(),
      prices: uniquePrices,
      image: keptUrl(local),
    },
    { requiredKeys: ['picks'] },
  );
  return fc.array(variant, { maxLength: 4 }).map((vs) =>
    vs.map(({ picks, ...rest }, i) => {
      const chosen: Record<string, string> = {};
      picks.forEach((p, j) => {
        if (p !== null) chosen[opts[j].name] = opts[j].values[p % opts[j].values.length];
      });
      return { id: `v${i}`, options: chosen, ...rest };
    }),
  );
}

/** A product that validates with no issue. `local`: URLs stay on 127.0.0.1. */
export const validProduct = (local = false): fc.Arbitrary<Json> =>
  options.chain((opts) =>
    fc
      .record(
        {
          id: hostileText(30).filter((id) => id.length <= 200),
          title: localizedText(),
          description: localizedText(200),
          url: keptUrl(local),
          image: keptUrl(local),
          price: money(),
          prices: uniquePrices,
          available: fc.boolean(),
          shipsTo: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 3 }),
          excludedCountries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 2 }),
          variants: variantsFor(opts, local),
          compareAtDelta: fc.nat({ max: 5000 }),
        },
        { requiredKeys: ['id', 'title', 'variants', 'compareAtDelta'] },
      )
      .map(({ compareAtDelta, ...p }) => {
        const product: Json = { ...p, options: opts };
        if (p.price && compareAtDelta > 0) product.compareAtPrice = { ...p.price, amount: p.price.amount + compareAtDelta };
        return product;
      }),
  );

const moments = (productIds: readonly string[]): fc.Arbitrary<Json[]> =>
  productIds.length === 0
    ? fc.constant([])
    : fc.array(
        fc.record(
          {
            pick: fc.nat(),
            start: fc.double({ min: 0, max: 3600, noNaN: true }),
            length: fc.double({ min: 0.01, max: 600, noNaN: true }),
            position: fc.record({ x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }),
          },
          { requiredKeys: ['pick', 'start', 'length'] },
        ),
        { maxLength: 20 },
      ).map((ms) =>
        ms.map(({ pick, start, length, ...rest }) => ({
          productId: productIds[pick % productIds.length],
          start,
          end: start + length,
          ...rest,
        })),
      );

const caption = fc.record(
  { src: keptUrl(), srclang: fc.constantFrom(...LOCALES), label: hostileText(20), default: fc.boolean() },
  { requiredKeys: ['src', 'srclang', 'label'] },
);

const market = fc.record(
  {
    id: hostileText(20),
    country: fc.constantFrom(...COUNTRIES),
    currency: fc.constantFrom(...CURRENCIES),
    locale: fc.constantFrom(...LOCALES),
    taxInclusive: fc.boolean(),
  },
  { requiredKeys: ['id', 'country', 'currency'] },
);

const rates = fc
  .tuple(
    fc.constantFrom(...CURRENCIES),
    fc.dictionary(fc.constantFrom(...CURRENCIES), fc.double({ min: 0.001, max: 1000, noNaN: true }), { maxKeys: 4 }),
  )
  .map(([base, table]) => ({ ...table, base }));

/** A whole show document that validates with no issue (every part optional but `products`). */
export const validShowDocument: fc.Arbitrary<Json> = fc
  .uniqueArray(validProduct(), { selector: (p) => p.id, maxLength: 6 })
  .chain((products) =>
    fc
      .record(
        {
          version: fc.constant(1),
          id: hostileText(40).filter((id) => id.length <= 200),
          title: localizedText(),
          locale: fc.constantFrom(...LOCALES),
          currency: fc.constantFrom(...CURRENCIES),
          video: fc.record(
            { src: keptUrl(), poster: keptUrl(), fallbackSrc: keptUrl(), captions: fc.array(caption, { maxLength: 2 }) },
            { requiredKeys: [] },
          ),
          moments: moments(products.map((p) => p.id as string)),
          markets: fc.uniqueArray(market, { selector: (m) => m.id, maxLength: 3 }),
          rates,
          unavailableProducts: fc.constantFrom('show', 'hide'),
        },
        { requiredKeys: ['id', 'moments'] },
      )
      .map((doc) => ({ ...doc, products })),
  );
