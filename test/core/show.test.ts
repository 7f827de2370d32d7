import { expect } from '@open-wc/testing';
import { SHOW_LIMITS, emptyShow, formatIssues, validateShow } from '../../src/core/show.js';
import type { Product, Show, ValidationIssue } from '../../src/types.js';
import { specMusicBox } from '../fixtures/products.js';
import { specShowDocument } from '../fixtures/shows.js';

type Doc = Record<string, unknown>;

/** `path: message` strings, easy to compare. */
const lines = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);
const check = (input: unknown, options?: { baseUrl?: string }) => {
  const { show, issues } = validateShow(input, options);
  return { show, issues: lines(issues) };
};
const product = (extra: Doc = {}): Doc => ({ id: 'p1', title: 'Music box', ...extra });
/** Validates a document with one product and returns that product (or undefined) and the issues. */
const oneProduct = (extra: Doc) => {
  const { show, issues } = check({ id: 's', products: [product(extra)] });
  return { product: show.products[0] as Product | undefined, issues };
};

describe('validateShow: a valid document', () => {
  it('normalises the SPEC example without issues', () => {
    const doc = specShowDocument();
    const { show, issues } = check(doc);
    expect(issues).to.deep.equal([]);
    // The document as it was written, with what the reader fills in: the product's `available`,
    // each moment's `source` and the (empty) markets.
    const expected: Show = {
      ...(doc as Omit<Show, 'products' | 'moments' | 'markets'>),
      products: [specMusicBox()],
      moments: [{ productId: 'music-box-01', start: 12.5, end: 48, position: { x: 0.72, y: 0.35 }, source: 'show' }],
      markets: [],
    };
    expect(show).to.deep.equal(expected);
  });

  it('resolves relative URLs against baseUrl', () => {
    const doc = specShowDocument();
    (doc.products as Doc[])[0].image = '../img/box.jpg';
    const { show } = check(doc, { baseUrl: 'https://cdn.example/shows/spring/show.json' });
    expect(show.video).to.deep.equal({
      src: 'https://cdn.example/shows/spring/replay.m3u8',
      poster: 'https://cdn.example/shows/spring/poster.jpg',
      fallbackSrc: 'https://cdn.example/shows/spring/replay.mp4',
      captions: [{ src: 'https://cdn.example/shows/spring/en.vtt', srclang: 'en', label: 'English' }],
    });
    expect(show.products[0].image).to.equal('https://cdn.example/shows/img/box.jpg');
    expect(show.products[0].url).to.equal('https://shop.example/products/music-box');
  });

  it('keeps a minimal document', () => {
    expect(check({ id: 'x' })).to.deep.equal({ show: { ...emptyShow(), id: 'x' }, issues: [] });
  });

  it('lists a product that has no moment', () => {
    const { show } = check({ id: 's', products: [product(), product({ id: 'p2' })], moments: [] });
    expect(show.products.map((p) => p.id)).to.deep.equal(['p1', 'p2']);
  });
});

describe('validateShow: the root', () => {
  const cases: Array<[string, unknown, string]> = [
    ['null', null, 'must be an object'],
    ['undefined', undefined, 'missing'],
    ['a number', 42, 'must be an object'],
    ['a string', '{"id":"x"}', 'must be an object'],
    ['an array', [{ id: 'x' }], 'must be an object'],
    ['a Date', new Date(0), 'must be an object'],
    ['a function', () => ({ id: 'x' }), 'must be an object'],
  ];
  for (const [name, input, message] of cases) {
    it(`${name} gives the empty show and one (root) issue`, () => {
      expect(check(input)).to.deep.equal({ show: emptyShow(), issues: [`(root): ${message}`] });
    });
  }

  it('emptyShow() has no id, products, moments or markets', () => {
    expect(emptyShow()).to.deep.equal({
      version: 1,
      id: '',
      video: { captions: [] },
      products: [],
      moments: [],
      markets: [],
    });
  });
});

describe('validateShow: show fields', () => {
  const cases: Array<[string, Doc, string[], Partial<Show>]> = [
    ['version 1', { version: 1 }, [], { version: 1 }],
    ['version 2', { version: 2 }, ['version: unsupported version, read as version 1'], { version: 1 }],
    ['version "1"', { version: '1' }, ['version: unsupported version, read as version 1'], { version: 1 }],
    ['missing id', { id: undefined }, ['id: missing'], { id: '' }],
    ['empty id', { id: '' }, ['id: missing'], { id: '' }],
    ['numeric id', { id: 7 }, ['id: must be a string'], { id: '' }],
    ['long id', { id: 'x'.repeat(201) }, ['id: too long (max 200 characters)'], { id: '' }],
    ['id of 200', { id: 'x'.repeat(200) }, [], { id: 'x'.repeat(200) }],
    ['locale canonicalised', { locale: 'EN-gb' }, [], { locale: 'en-GB' }],
    ['bad locale', { locale: 'en_GB' }, ['locale: must be a BCP 47 language tag'], { locale: undefined }],
    ['currency upper-cased', { currency: 'gbp' }, [], { currency: 'GBP' }],
    ['bad currency', { currency: 'GB' }, ['currency: must be an ISO 4217 code'], { currency: undefined }],
    ['title map', { title: { 'en-gb': 'Live', ja: 'ライブ' } }, [], { title: { 'en-GB': 'Live', ja: 'ライブ' } }],
    ['empty title', { title: '  ' }, ['title: must not be empty'], { title: undefined }],
    ['numeric title', { title: 5 }, ['title: must be a string or a map of language tags to strings'], {}],
    ['unavailableProducts hide', { unavailableProducts: 'hide' }, [], { unavailableProducts: 'hide' }],
    ['unavailableProducts bad', { unavailableProducts: 'grey' }, ['unavailableProducts: must be "show" or "hide"'], {}],
  ];
  for (const [name, fields, issues, expected] of cases) {
    it(name, () => {
      const result = check({ id: 's', ...fields });
      expect(result.issues).to.deep.equal(issues);
      for (const [key, value] of Object.entries(expected)) {
        expect(result.show[key as keyof Show], key).to.deep.equal(value);
      }
      if ('title' in expected && expected.title === undefined) expect(result.show).not.to.have.property('title');
    });
  }

  it('reports a too long text and drops it rather than truncating it', () => {
    const { show, issues } = check({ id: 's', title: 'x'.repeat(SHOW_LIMITS.maxText + 1) });
    expect(issues).to.deep.equal(['title: too long (max 5000 characters)']);
    expect(show).not.to.have.property('title');
  });

  it('drops invalid entries of a text map and keeps the rest', () => {
    const { show, issues } = check({ id: 's', title: { en: 'Live', 'not a tag': 'x', fr: '', de: 3, ja: 'ライブ' } });
    expect(issues).to.deep.equal([
      'title["not a tag"]: invalid language tag',
      'title.fr: must not be empty',
      'title.de: must be a string',
    ]);
    expect(show.title).to.deep.equal({ en: 'Live', ja: 'ライブ' });
  });

  it('drops a text map with no valid entry', () => {
    const { show, issues } = check({ id: 's', title: { xx_YY: 'x' } });
    expect(issues).to.deep.equal(['title.xx_YY: invalid language tag', 'title: must have at least one valid entry']);
    expect(show).not.to.have.property('title');
  });

  it('reports a tag given twice in two spellings', () => {
    const { show, issues } = check({ id: 's', title: { 'en-GB': 'A', 'en-gb': 'B' } });
    expect(issues).to.deep.equal(['title["en-gb"]: duplicate language tag "en-GB"']);
    expect(show.title).to.deep.equal({ 'en-GB': 'A' });
  });
});

describe('validateShow: products', () => {
  it('drops a product without a usable id or title, keeping the others', () => {
    const { show, issues } = check({
      id: 's',
      products: [
        { title: 'No id' },
        product({ id: '' }),
        product({ id: 3 }),
        product({ id: 'x'.repeat(201) }),
        { id: 'no-title' },
        product({ id: 'bad-title', title: 42 }),
        product({ id: 'ok' }),
        product({ id: 'ok', title: 'Second' }),
        'a string',
        null,
      ],
    });
    expect(issues).to.deep.equal([
      'products[0].id: missing',
      'products[1].id: missing',
      'products[2].id: must be a string',
      'products[3].id: too long (max 200 characters)',
      'products[4].title: missing',
      'products[5].title: must be a string or a map of language tags to strings',
      'products[7].id: duplicate id "ok"',
      'products[8]: must be an object',
      'products[9]: must be an object',
    ]);
    expect(show.products).to.deep.equal([
      { id: 'ok', title: 'Music box', prices: [], options: [], variants: [], available: true },
    ]);
  });

  it('reads description, url, image, availability and countries', () => {
    const { product: p, issues } = oneProduct({
      description: { en: 'Plays a waltz' },
      url: '/products/box',
      image: 'img/box.jpg',
      available: false,
      shipsTo: ['gb', 'FR', 'gb'],
      excludedCountries: ['RU'],
    });
    expect(issues).to.deep.equal([]);
    expect(p).to.deep.equal({
      id: 'p1',
      title: 'Music box',
      description: { en: 'Plays a waltz' },
      url: '/products/box',
      image: 'img/box.jpg',
      prices: [],
      options: [],
      variants: [],
      available: false,
      shipsTo: ['GB', 'FR'],
      excludedCountries: ['RU'],
    });
  });

  const fieldCases: Array<[string, Doc, string[], string]> = [
    ['javascript: url', { url: 'javascript:alert(1)' }, ['products[0].url: unsafe URL'], 'url'],
    ['data: image', { image: 'data:image/svg+xml,<svg onload=alert(1)>' }, ['products[0].image: unsafe URL'], 'image'],
    ['numeric url', { url: 5 }, ['products[0].url: must be a string'], 'url'],
    ['bad description', { description: '' }, ['products[0].description: must not be empty'], 'description'],
    ['fractional price', { price: { amount: 19.99, currency: 'GBP' } }, ['products[0].price.amount: must be an integer amount in minor units'], 'price'],
    ['negative price', { price: { amount: -1, currency: 'GBP' } }, ['products[0].price.amount: must be an integer amount in minor units'], 'price'],
    ['string price', { price: { amount: '1999', currency: 'GBP' } }, ['products[0].price.amount: must be an integer amount in minor units'], 'price'],
    ['unsafe integer price', { price: { amount: 2 ** 53, currency: 'GBP' } }, ['products[0].price.amount: must be an integer amount in minor units'], 'price'],
    ['missing amount', { price: { currency: 'GBP' } }, ['products[0].price.amount: missing'], 'price'],
    ['bad currency', { price: { amount: 1, currency: 'pounds' } }, ['products[0].price.currency: must be an ISO 4217 code'], 'price'],
    ['price not an object', { price: 1999 }, ['products[0].price: must be an object with amount and currency'], 'price'],
    ['compareAtPrice in another currency', { price: { amount: 1, currency: 'GBP' }, compareAtPrice: { amount: 2, currency: 'USD' } }, ['products[0].compareAtPrice.currency: must be the currency of price'], 'compareAtPrice'],
    ['available not boolean', { available: 'yes' }, ['products[0].available: must be a boolean'], 'none'],
    ['bad country', { shipsTo: ['GB', 'GBR', 7] }, ['products[0].shipsTo[1]: must be an ISO 3166-1 alpha-2 code', 'products[0].shipsTo[2]: must be an ISO 3166-1 alpha-2 code'], 'none'],
    ['countries not an array', { excludedCountries: 'RU' }, ['products[0].excludedCountries: must be an array'], 'excludedCountries'],
  ];
  for (const [name, extra, issues, dropped] of fieldCases) {
    it(`${name}: the field is dropped with an issue, the product kept`, () => {
      const result = oneProduct(extra);
      expect(result.issues).to.deep.equal(issues);
      expect(result.product?.id).to.equal('p1');
      if (dropped !== 'none') expect(result.product).not.to.have.property(dropped);
    });
  }

  it('keeps a zero price and upper-cases its currency', () => {
    expect(oneProduct({ price: { amount: 0, currency: 'jpy' } }).product?.price).to.deep.equal({ amount: 0, currency: 'JPY' });
  });

  it('keeps the valid prices and the first price per currency', () => {
    const { product: p, issues } = oneProduct({
      prices: [{ amount: 100, currency: 'USD' }, { amount: 1.5, currency: 'EUR' }, { amount: 200, currency: 'usd' }, { amount: 300, currency: 'JPY' }],
    });
    expect(issues).to.deep.equal([
      'products[0].prices[1].amount: must be an integer amount in minor units',
      'products[0].prices[2].currency: duplicate currency "USD"',
    ]);
    expect(p?.prices).to.deep.equal([{ amount: 100, currency: 'USD' }, { amount: 300, currency: 'JPY' }]);
  });

  it('keeps HTML in text as plain data', () => {
    const html = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { product: p, issues } = oneProduct({ title: html, description: { en: html } });
    expect(issues).to.deep.equal([]);
    expect(p?.title).to.equal(html);
    expect(p?.description).to.deep.equal({ en: html });
  });
});

describe('validateShow: options and variants', () => {
  it('normalises localised option names and values', () => {
    const { product: p, issues } = oneProduct({
      options: [
        { name: { ja: '曲', en: 'Tune' }, values: [{ en: 'Waltz', ja: 'ワルツ' }, 'Lullaby', { fr: 'Berceuse', de: 'Wiegenlied' }] },
        { name: 'Size', values: ['S', 'M'] },
      ],
    });
    expect(issues).to.deep.equal([]);
    expect(p?.options).to.deep.equal([
      {
        name: 'Tune',
        label: { ja: '曲', en: 'Tune' },
        values: ['Waltz', 'Lullaby', 'Berceuse'],
        valueLabels: [{ en: 'Waltz', ja: 'ワルツ' }, 'Lullaby', { fr: 'Berceuse', de: 'Wiegenlied' }],
      },
      { name: 'Size', values: ['S', 'M'] },
    ]);
  });

  it('drops invalid options and option values with issues', () => {
    const { product: p, issues } = oneProduct({
      options: [
        { name: 'Tune', values: ['Waltz', '', 'Waltz', 'Lullaby'] },
        { name: 'Tune', values: ['A'] },
        { values: ['A'] },
        { name: 'Colour', values: [] },
        { name: 'Size' },
        { name: '__proto__', values: ['a'] },
        'Size',
      ],
    });
    expect(issues).to.deep.equal([
      'products[0].options[0].values[1]: must not be empty',
      'products[0].options[0].values[2]: duplicate value "Waltz"',
      'products[0].options[1].name: duplicate option "Tune"',
      'products[0].options[2].name: missing',
      'products[0].options[3].values: must have at least one value',
      'products[0].options[4].values: missing',
      'products[0].options[5].name: reserved name "__proto__"',
      'products[0].options[6]: must be an object',
    ]);
    expect(p?.options).to.deep.equal([{ name: 'Tune', values: ['Waltz', 'Lullaby'] }]);
  });

  it('drops variants with a bad id or options not in the product, keeping the others', () => {
    const { product: p, issues } = oneProduct({
      options: [{ name: 'Tune', values: ['Waltz', 'Lullaby'] }],
      variants: [
        { id: 'v1', options: { Tune: 'Waltz' } },
        { id: 'v1', options: { Tune: 'Lullaby' } },
        { options: { Tune: 'Lullaby' } },
        { id: 'v2', options: { Colour: 'Red' } },
        { id: 'v3', options: { Tune: 'Tango' } },
        { id: 'v4', options: { Tune: 1 } },
        { id: 'v5', options: 'Tune=Waltz' },
        { id: 'v6', options: { Tune: 'Waltz', Size: 'M' } },
        {
          id: 'v7',
          title: { en: 'Lullaby' },
          options: { Tune: 'Lullaby' },
          available: false,
          price: { amount: 2099, currency: 'GBP' },
          prices: [{ amount: 2599, currency: 'USD' }],
          image: 'javascript:void 0',
        },
      ],
    });
    expect(issues).to.deep.equal([
      'products[0].variants[1].id: duplicate id "v1"',
      'products[0].variants[2].id: missing',
      'products[0].variants[3].options.Colour: unknown option "Colour"',
      'products[0].variants[4].options.Tune: unknown value "Tango"',
      'products[0].variants[5].options.Tune: must be a string',
      'products[0].variants[6].options: must be an object',
      'products[0].variants[7].options.Size: unknown option "Size"',
      'products[0].variants[8].image: unsafe URL',
    ]);
    expect(p?.variants).to.deep.equal([
      { id: 'v1', options: { Tune: 'Waltz' }, available: true },
      {
        id: 'v7',
        title: { en: 'Lullaby' },
        options: { Tune: 'Lullaby' },
        available: false,
        price: { amount: 2099, currency: 'GBP' },
        prices: [{ amount: 2599, currency: 'USD' }],
      },
    ]);
    expect(p?.available).to.equal(true);
  });

  it('marks a product unavailable when no variant is', () => {
    const { product: p } = oneProduct({
      options: [{ name: 'Tune', values: ['Waltz', 'Lullaby'] }],
      variants: [
        { id: 'v1', options: { Tune: 'Waltz' }, available: false },
        { id: 'v2', options: { Tune: 'Lullaby' }, available: false },
      ],
    });
    expect(p?.available).to.equal(false);
  });
});

describe('validateShow: moments', () => {
  const doc = (moments: unknown[]) => ({ id: 's', products: [product(), product({ id: 'p2' }), { id: 'dropped' }], moments });

  it('drops invalid moments with issues and sorts the rest by start, then end', () => {
    const { show, issues } = check(
      doc([
        { productId: 'p2', start: 30, end: 40 },
        { productId: 'p1', start: 10, end: 50 },
        { productId: 'p1', start: 10, end: 20, position: { x: 0, y: 1 } },
        { productId: 'nope', start: 0, end: 1 },
        { productId: 'dropped', start: 0, end: 1 },
        { productId: 7, start: 0, end: 1 },
        { start: 0, end: 1 },
        { productId: 'p1', start: '0', end: 1 },
        { productId: 'p1', start: NaN, end: 1 },
        { productId: 'p1', start: -1, end: 1 },
        { productId: 'p1', start: 0, end: Infinity },
        { productId: 'p1', start: 5, end: 5 },
        { productId: 'p1', start: 6, end: 2 },
        { productId: 'p1', end: 2 },
        { productId: 'p1', start: 1, end: 2, position: { x: 1.5, y: 0.5 } },
        { productId: 'p1', start: 1, end: 2, position: [0.5, 0.5] },
        42,
      ]),
    );
    expect(issues).to.deep.equal([
      'products[2].title: missing',
      'moments[3].productId: unknown product "nope"',
      'moments[4].productId: unknown product "dropped"',
      'moments[5].productId: must be a string',
      'moments[6].productId: missing',
      'moments[7].start: must be a finite number',
      'moments[8].start: must be a finite number',
      'moments[9].start: must not be negative',
      'moments[10].end: must be a finite number',
      'moments[11].end: end must be after start',
      'moments[12].end: end must be after start',
      'moments[13].start: missing',
      'moments[14].position: x and y must be numbers from 0 to 1',
      'moments[15].position: x and y must be numbers from 0 to 1',
      'moments[16]: must be an object',
    ]);
    expect(show.moments).to.deep.equal([
      { productId: 'p1', start: 1, end: 2, source: 'show' },
      { productId: 'p1', start: 1, end: 2, source: 'show' },
      { productId: 'p1', start: 10, end: 20, position: { x: 0, y: 1 }, source: 'show' },
      { productId: 'p1', start: 10, end: 50, source: 'show' },
      { productId: 'p2', start: 30, end: 40, source: 'show' },
    ]);
  });

  it('accepts 100,000 moments', () => {
    const moments = Array.from({ length: 100_000 }, (_, i) => ({ productId: 'p1', start: 100_000 - i, end: 100_001 - i + (i % 7) }));
    const { show, issues } = validateShow({ id: 's', products: [product()], moments });
    expect(issues).to.deep.equal([]);
    expect(show.moments).to.have.length(100_000);
    expect(show.moments[0]).to.deep.equal({ productId: 'p1', start: 1, end: 2 + (99_999 % 7), source: 'show' });
    expect(show.moments.every((m, i, all) => i === 0 || all[i - 1].start <= m.start)).to.equal(true);
  });
});

describe('validateShow: video, markets, rates', () => {
  it('keeps safe video URLs and valid captions', () => {
    const { show, issues } = check({
      id: 's',
      video: {
        src: 'javascript:alert(1)',
        poster: 'data:image/png;base64,AAAA',
        fallbackSrc: 'https://cdn.example/replay.mp4',
        captions: [
          { src: 'en.vtt', srclang: 'EN', label: 'English', default: true },
          { src: 'vbscript:x', srclang: 'fr', label: 'Français' },
          { src: 'ja.vtt', srclang: 'ja_JP', label: '' },
          { src: 'de.vtt', srclang: 'de', label: 'Deutsch', default: 'yes' },
        ],
      },
    });
    expect(issues).to.deep.equal([
      'video.src: unsafe URL',
      'video.poster: unsafe URL',
      'video.captions[1].src: unsafe URL',
      'video.captions[2].srclang: must be a BCP 47 language tag',
      'video.captions[2].label: must not be empty',
      'video.captions[3].default: must be a boolean',
    ]);
    expect(show.video).to.deep.equal({
      fallbackSrc: 'https://cdn.example/replay.mp4',
      captions: [
        { src: 'en.vtt', srclang: 'en', label: 'English', default: true },
        { src: 'de.vtt', srclang: 'de', label: 'Deutsch' },
      ],
    });
  });

  it('reads a video that is not an object as no video', () => {
    expect(check({ id: 's', video: 'replay.m3u8' })).to.deep.equal({
      show: { ...emptyShow(), id: 's' },
      issues: ['video: must be an object'],
    });
  });

  it('keeps valid markets with unique ids', () => {
    const { show, issues } = check({
      id: 's',
      markets: [
        { id: 'uk', country: 'gb', currency: 'gbp', locale: 'en-gb', taxInclusive: true },
        { id: 'uk', country: 'GB', currency: 'GBP' },
        { id: 'us', country: 'USA', currency: 'USD' },
        { id: 'jp', country: 'JP', currency: 'JPY', locale: 'ja_JP', taxInclusive: 1 },
        { country: 'FR', currency: 'EUR' },
      ],
    });
    expect(issues).to.deep.equal([
      'markets[1].id: duplicate id "uk"',
      'markets[2].country: must be an ISO 3166-1 alpha-2 code',
      'markets[3].locale: must be a BCP 47 language tag',
      'markets[3].taxInclusive: must be a boolean',
      'markets[4].id: missing',
    ]);
    expect(show.markets).to.deep.equal([
      { id: 'uk', country: 'GB', currency: 'GBP', locale: 'en-GB', taxInclusive: true },
      { id: 'jp', country: 'JP', currency: 'JPY' },
    ]);
  });

  it('keeps valid exchange rates', () => {
    const { show, issues } = check({
      id: 's',
      rates: { base: 'gbp', usd: 1.27, JPY: 190, EUR: 0, CHF: -1, XAU: Infinity, BTCX: 2, CAD: '1.7' },
    });
    expect(issues).to.deep.equal([
      'rates.EUR: must be a positive finite number',
      'rates.CHF: must be a positive finite number',
      'rates.XAU: must be a positive finite number',
      'rates.BTCX: must be an ISO 4217 code',
      'rates.CAD: must be a positive finite number',
    ]);
    expect(show.rates).to.deep.equal({ base: 'GBP', USD: 1.27, JPY: 190 });
  });

  it('drops rates without a valid base', () => {
    const { show, issues } = check({ id: 's', rates: { USD: 1.27 } });
    expect(issues).to.deep.equal(['rates.base: missing']);
    expect(show).not.to.have.property('rates');
  });
});

describe('validateShow: hostile input', () => {
  afterEach(() => {
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('never lets __proto__ keys pollute Object.prototype', () => {
    const input = JSON.parse(`{
      "__proto__": { "polluted": 1 },
      "id": "s",
      "title": { "__proto__": { "polluted": 1 }, "en": "Live" },
      "products": [{
        "__proto__": { "polluted": 1 },
        "id": "p1",
        "title": { "constructor": "x", "prototype": "y", "en": "Box" },
        "options": [{ "name": "__proto__", "values": ["a"] }, { "name": { "__proto__": "x" }, "values": ["a"] }],
        "variants": [{ "id": "v", "options": { "__proto__": "a" } }]
      }],
      "markets": [{ "__proto__": { "polluted": 1 }, "id": "uk", "country": "GB", "currency": "GBP" }],
      "rates": { "base": "GBP", "__proto__": { "polluted": 1 }, "constructor": 2 }
    }`);
    const { show, issues } = check(input);
    expect(issues).to.deep.equal([
      'products[0].title.constructor: invalid language tag',
      'products[0].title.prototype: invalid language tag',
      'products[0].options[0].name: reserved name "__proto__"',
      'products[0].options[1].name.__proto__: invalid language tag',
      'products[0].options[1].name: must have at least one valid entry',
      'products[0].variants[0].options.__proto__: unknown option "__proto__"',
      'title.__proto__: invalid language tag',
      'rates.__proto__: must be an ISO 4217 code',
      'rates.constructor: must be an ISO 4217 code',
    ]);
    expect(show.title).to.deep.equal({ en: 'Live' });
    expect(Object.getPrototypeOf(show.title)).to.equal(Object.prototype);
    expect(show.products[0].title).to.deep.equal({ en: 'Box' });
    expect(show.markets).to.deep.equal([{ id: 'uk', country: 'GB', currency: 'GBP' }]);
    expect(show.rates).to.deep.equal({ base: 'GBP' });
  });

  it('does not read values inherited from a polluted prototype', () => {
    const proto = { title: 'Inherited', start: 0, end: 1 };
    const p = Object.assign(Object.create(proto), { id: 'p1' });
    const { show, issues } = check({ id: 's', products: [p] });
    expect(issues).to.deep.equal(['products[0].title: missing']);
    expect(show.products).to.deep.equal([]);
  });

  it('survives a throwing getter and keeps the rest', () => {
    const bad = product({ id: 'bad' });
    Object.defineProperty(bad, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
    const root = { id: 's', products: [bad, product()], moments: [{ productId: 'p1', start: 0, end: 1 }] };
    Object.defineProperty(root, 'video', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { show, issues } = check(root);
    expect(issues).to.deep.equal(['products[0].title: could not be read', 'video: could not be read']);
    expect(show.products.map((x) => x.id)).to.deep.equal(['p1']);
    expect(show.moments).to.have.length(1);
  });

  it('survives Proxies that throw from every trap, and revoked ones', () => {
    const trap = () => {
      throw new Error('trap');
    };
    const hostile = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    const { proxy: revoked, revoke } = Proxy.revocable([], {});
    revoke();
    expect(check(hostile)).to.deep.equal({ show: emptyShow(), issues: ['(root): must be an object'] });
    expect(check(revoked).issues).to.deep.equal(['(root): must be an object']);
    const { show, issues } = check({ id: 's', products: [hostile, revoked, product()], moments: revoked, title: hostile });
    expect(issues).to.deep.equal([
      'products[0]: must be an object',
      'products[1]: must be an object',
      'moments: must be an array',
      'title: must be a string or a map of language tags to strings',
    ]);
    expect(show.products.map((x) => x.id)).to.deep.equal(['p1']);
    expect(validateShow({ id: 's' }, hostile).show.id).to.equal('s');
  });

  it('reads a transparent Proxy like the object behind it', () => {
    const { show, issues } = check(new Proxy({ id: 's', products: [product()] }, {}));
    expect(issues).to.deep.equal([]);
    expect(show.products.map((x) => x.id)).to.deep.equal(['p1']);
  });

  it('survives cyclic objects', () => {
    const doc: Doc = { id: 's', title: 'Loop' };
    const products: unknown[] = [doc];
    products.push(products);
    doc.products = products;
    doc.video = doc;
    doc.moments = products;
    const { show, issues } = check(doc);
    expect(issues).to.deep.equal([
      'products[1]: must be an object',
      'moments[0].productId: missing',
      'moments[1]: must be an object',
    ]);
    expect(show.title).to.equal('Loop');
    // The document is itself a valid product (it has an id and a title).
    expect(show.products.map((x) => [x.id, x.title])).to.deep.equal([['s', 'Loop']]);
  });

  it('reads an array claiming 10^12 entries only up to the limit', () => {
    const huge = new Proxy([], { get: (target, key) => (key === 'length' ? 1e12 : Reflect.get(target, key)) });
    const { show, issues } = validateShow({ id: 's', products: huge });
    expect(show.products).to.deep.equal([]);
    expect(issues).to.have.length(SHOW_LIMITS.maxIssues + 1);
    expect(issues[0]).to.deep.equal({ path: 'products[0]', message: 'missing' });
    expect(issues[SHOW_LIMITS.maxIssues]).to.deep.equal({ path: '', message: '… and 1 more' });
  });
});

describe('validateShow: limits', () => {
  const tooMany = (path: string, limit: number, skipped: number) => `${path}: too many entries (limit ${limit}): ${skipped} skipped`;

  it('exports its limits', () => {
    expect(SHOW_LIMITS).to.deep.equal({
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
    });
  });

  it('keeps 1000 products and reports the rest in one issue', () => {
    const products = Array.from({ length: 1003 }, (_, i) => product({ id: `p${i}` }));
    const { show, issues } = check({ id: 's', products });
    expect(show.products).to.have.length(1000);
    expect(show.products[999].id).to.equal('p999');
    expect(issues).to.deep.equal([tooMany('products', 1000, 3)]);
  });

  it('keeps 100,000 moments and reports the rest in one issue', () => {
    const moments = Array.from({ length: 100_002 }, (_, i) => ({ productId: 'p1', start: i, end: i + 1 }));
    const { show, issues } = check({ id: 's', products: [product()], moments });
    expect(show.moments).to.have.length(100_000);
    expect(issues).to.deep.equal([tooMany('moments', 100_000, 2)]);
  });

  it('limits variants, options, option values, prices, captions and markets', () => {
    const values = Array.from({ length: 101 }, (_, i) => `v${i}`);
    const options = Array.from({ length: 11 }, (_, i) => ({ name: `o${i}`, values: i === 0 ? values : ['a'] }));
    const variants = Array.from({ length: 251 }, (_, i) => ({ id: `v${i}`, options: { o0: `v${i % 100}` } }));
    const prices = Array.from({ length: 51 }, () => ({ amount: 1, currency: 'USD' }));
    const captions = Array.from({ length: 21 }, (_, i) => ({ src: `${i}.vtt`, srclang: 'en', label: `T${i}` }));
    const markets = Array.from({ length: 102 }, (_, i) => ({ id: `m${i}`, country: 'GB', currency: 'GBP' }));
    const { show, issues } = check({ id: 's', products: [product({ options, variants, prices })], video: { captions }, markets });
    const p = show.products[0];
    expect(p.options).to.have.length(10);
    expect(p.options[0].values).to.have.length(100);
    expect(p.variants).to.have.length(250);
    expect(p.prices).to.have.length(1);
    expect(show.video.captions).to.have.length(20);
    expect(show.markets).to.have.length(100);
    expect(issues.filter((i) => i.includes('too many'))).to.deep.equal([
      tooMany('products[0].options[0].values', 100, 1),
      tooMany('products[0].options', 10, 1),
      tooMany('products[0].variants', 250, 1),
      tooMany('products[0].prices', 50, 1),
      tooMany('video.captions', 20, 1),
      tooMany('markets', 100, 2),
    ]);
  });

  it('collapses issues past maxIssues into one final issue', () => {
    const moments = Array.from({ length: 1500 }, () => ({ productId: 'p1', start: -1, end: 1 }));
    const { issues } = validateShow({ id: 's', products: [product()], moments });
    expect(issues).to.have.length(1001);
    expect(issues[999]).to.deep.equal({ path: 'moments[999].start', message: 'must not be negative' });
    expect(issues[1000]).to.deep.equal({ path: '', message: '… and 500 more' });
  });
});

describe('formatIssues', () => {
  const issue = (path: string, message: string): ValidationIssue => ({ path, message });

  it('names the count and each issue', () => {
    expect(formatIssues([issue('products[3].id', 'missing'), issue('moments[0].end', 'end must be after start')])).to.equal(
      'Show document: 2 invalid entries skipped: products[3].id: missing; moments[0].end: end must be after start',
    );
  });

  it('says entry for one', () => {
    expect(formatIssues([issue('id', 'missing')])).to.equal('Show document: 1 invalid entry skipped: id: missing');
  });

  it('lists the first max issues, then how many more', () => {
    const many = Array.from({ length: 5 }, (_, i) => issue(`moments[${i}].start`, 'missing'));
    expect(formatIssues(many, 2)).to.equal(
      'Show document: 5 invalid entries skipped: moments[0].start: missing; moments[1].start: missing; and 3 more',
    );
  });

  it('counts the issues collapsed past maxIssues', () => {
    const moments = Array.from({ length: 1500 }, () => ({ productId: 'p1', start: -1, end: 1 }));
    const { issues } = validateShow({ id: 's', products: [product()], moments });
    expect(formatIssues(issues, 1)).to.equal(
      'Show document: 1500 invalid entries skipped: moments[0].start: must not be negative; and 1499 more',
    );
  });

  it('is empty when there is nothing to say', () => {
    expect(formatIssues([])).to.equal('');
  });
});
