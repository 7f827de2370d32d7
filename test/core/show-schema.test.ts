// schema/show.schema.json against validateShow: the same documents must pass or fail in both.
// ajv runs in Node behind test/servers/show-schema.mjs (it is CommonJS, the browser cannot import it).
import { expect } from '@open-wc/testing';
import { validateShow } from '../../src/core/show.js';
import { specShowDocument } from '../fixtures/shows.js';

type Doc = Record<string, unknown>;
interface SchemaResult {
  valid: boolean;
  errors: string[];
}

async function schemaCheck(docs: readonly unknown[]): Promise<SchemaResult[]> {
  const response = await fetch('/__schema/validate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(docs),
  });
  const body = await response.json();
  if (!response.ok) throw new Error(`schema server: ${body.error}`);
  return body as SchemaResult[];
}

const product = (extra: Doc = {}): Doc => ({ id: 'p1', title: 'Music box', ...extra });
const withProduct = (extra: Doc): Doc => ({ id: 's', products: [product(extra)] });

const VALID: Record<string, Doc> = {
  'the smallest show': { id: 's' },
  'the SPEC example': specShowDocument(),
  'titles as language maps': {
    id: 's',
    title: { en: 'Spring launch', 'zh-Hans': '春季新品' },
    products: [product({ title: { en: 'Music box', ja: 'オルゴール' }, description: { 'en-GB': 'Hand-cranked.' } })],
  },
  'relative, protocol-relative and fragment URLs': {
    id: 's',
    video: { src: '//cdn.example/live.m3u8', poster: '?poster', fallbackSrc: '#replay' },
    products: [product({ url: '/products/box', image: 'img/box.jpg' })],
  },
  'markets, rates and shipping': {
    id: 's',
    markets: [{ id: 'jp', country: 'jp', currency: 'jpy', locale: 'ja-JP', taxInclusive: true }],
    rates: { base: 'CNY', GBP: 0.11, jpy: 21.2 },
    unavailableProducts: 'hide',
    products: [product({ shipsTo: ['GB', 'us'], excludedCountries: ['RU'], available: false })],
  },
  'unknown keys and a $schema key': {
    $schema: 'https://unpkg.com/shoppable-video/schema/show.schema.json',
    id: 's',
    notes: 'ignored by the player',
  },
  'a price of zero and a variant without options': withProduct({
    price: { amount: 0, currency: 'EUR' },
    variants: [{ id: 'v1' }],
  }),
};

const INVALID: Record<string, unknown> = {
  'not an object': [],
  'no id': { title: 'Spring' },
  'an empty id': { id: '' },
  'an id of 201 characters': { id: 'x'.repeat(201) },
  'version 2': { version: 2, id: 's' },
  'products not an array': { id: 's', products: {} },
  'a product without a title': { id: 's', products: [{ id: 'p1' }] },
  'a blank title': withProduct({ title: '  \n ' }),
  'an empty title map': withProduct({ title: {} }),
  'a title map with an invalid tag': withProduct({ title: { en_GB: 'Music box' } }),
  'a javascript: URL': withProduct({ url: 'javascript:alert(1)' }),
  'a javascript: URL hidden by a tab and a space': withProduct({ url: ' java\tscript:alert(1)' }),
  'a data: image': withProduct({ image: 'data:image/png;base64,AAAA' }),
  'a fractional amount': withProduct({ price: { amount: 19.99, currency: 'GBP' } }),
  'a negative amount': withProduct({ price: { amount: -1, currency: 'GBP' } }),
  'a two-letter currency': withProduct({ price: { amount: 100, currency: 'GB' } }),
  'a price without a currency': withProduct({ prices: [{ amount: 100 }] }),
  'an option without values': withProduct({ options: [{ name: 'Tune', values: [] }] }),
  'an option named __proto__': withProduct({ options: [{ name: '__proto__', values: ['a'] }] }),
  'a variant option that is not a string': withProduct({
    options: [{ name: 'Size', values: ['1'] }],
    variants: [{ id: 'v1', options: { Size: 1 } }],
  }),
  'available as a string': withProduct({ available: 'yes' }),
  'a three-letter country': withProduct({ shipsTo: ['GBR'] }),
  'a negative start': { id: 's', products: [product()], moments: [{ productId: 'p1', start: -1, end: 5 }] },
  'a moment without an end': { id: 's', products: [product()], moments: [{ productId: 'p1', start: 1 }] },
  'a position outside the frame': {
    id: 's',
    products: [product()],
    moments: [{ productId: 'p1', start: 0, end: 5, position: { x: 1.5, y: 0 } }],
  },
  'a position without y': {
    id: 's',
    products: [product()],
    moments: [{ productId: 'p1', start: 0, end: 5, position: { x: 0.5 } }],
  },
  'a caption without a label': { id: 's', video: { captions: [{ src: 'en.vtt', srclang: 'en' }] } },
  'a caption with an invalid language': { id: 's', video: { captions: [{ src: 'en.vtt', srclang: 'not a tag', label: 'x' }] } },
  'a market with a three-letter country': { id: 's', markets: [{ id: 'uk', country: 'GBR', currency: 'GBP' }] },
  'rates without a base': { id: 's', rates: { GBP: 0.11 } },
  'a rate of zero': { id: 's', rates: { base: 'CNY', GBP: 0 } },
  'a rate under a key that is not a currency': { id: 's', rates: { base: 'CNY', BTCX: 1 } },
  'an unknown unavailableProducts': { id: 's', unavailableProducts: 'maybe' },
  'more than 1000 products': {
    id: 's',
    products: Array.from({ length: 1001 }, (_, i) => product({ id: `p${i}` })),
  },
};

// What JSON Schema cannot say (it compares no two values): validateShow reports these, the schema
// accepts them. docs/show-document.md lists the same rules.
const BEYOND_SCHEMA: Record<string, Doc> = {
  'a moment naming an unknown product': { id: 's', moments: [{ productId: 'nope', start: 0, end: 5 }] },
  'a moment ending before it starts': { id: 's', products: [product()], moments: [{ productId: 'p1', start: 5, end: 2 }] },
  'two products with one id': { id: 's', products: [product(), product()] },
  'a variant choosing an unknown option': withProduct({ variants: [{ id: 'v1', options: { Colour: 'Red' } }] }),
  'a compare-at price in another currency': withProduct({
    price: { amount: 100, currency: 'GBP' },
    compareAtPrice: { amount: 200, currency: 'USD' },
  }),
};

async function expectAgreement(cases: Record<string, unknown>, expected: boolean) {
  const names = Object.keys(cases);
  const results = await schemaCheck(names.map((name) => cases[name]));
  names.forEach((name, i) => {
    const { issues } = validateShow(cases[name]);
    expect(results[i].valid, `schema on "${name}": ${results[i].errors.join('; ')}`).to.equal(expected);
    expect(issues.length === 0, `validateShow on "${name}": ${JSON.stringify(issues)}`).to.equal(expected);
  });
}

describe('schema/show.schema.json', () => {
  it('accepts the demo show, as validateShow does', async () => {
    const doc = await (await fetch('/demo/shows/spring-launch.json')).json();
    const [result] = await schemaCheck([doc]);
    expect(result.errors).to.deep.equal([]);
    expect(result.valid).to.equal(true);
    expect(validateShow(doc).issues).to.deep.equal([]);
  });

  it('accepts every document that validateShow accepts without issues', async () => {
    await expectAgreement(VALID, true);
  });

  it('rejects every document that validateShow reports issues for', async () => {
    await expectAgreement(INVALID, false);
  });

  it('points at the bad value, as validateShow does', async () => {
    const [result] = await schemaCheck([INVALID['a fractional amount']]);
    expect(result.errors.some((e) => e.startsWith('/products/0/price/amount:'))).to.equal(true);
    expect(validateShow(INVALID['a fractional amount']).issues[0].path).to.equal('products[0].price.amount');
  });

  it('leaves cross-field rules to validateShow (documented)', async () => {
    const names = Object.keys(BEYOND_SCHEMA);
    const results = await schemaCheck(names.map((name) => BEYOND_SCHEMA[name]));
    names.forEach((name, i) => {
      expect(results[i].valid, `schema on "${name}"`).to.equal(true);
      expect(validateShow(BEYOND_SCHEMA[name]).issues, `validateShow on "${name}"`).to.not.be.empty;
    });
  });

  it('accepts every show inlined as <script type="application/json"> in the guides', async () => {
    const shows: unknown[] = [];
    for (const page of ['getting-started', 'woocommerce']) {
      const markdown = await (await fetch(`/docs/${page}.md`)).text();
      for (const m of markdown.matchAll(/<script type="application\/json">([\s\S]*?)<\/script>/g)) shows.push(JSON.parse(m[1]));
    }
    expect(shows.length).to.equal(2);
    const results = await schemaCheck(shows);
    shows.forEach((doc, i) => {
      expect(results[i].errors, `inline show ${i + 1}`).to.deep.equal([]);
      expect(validateShow(doc).issues, `inline show ${i + 1}`).to.deep.equal([]);
    });
  });

  it('accepts every complete JSON example in docs/show-document.md', async () => {
    const markdown = await (await fetch('/docs/show-document.md')).text();
    const blocks = [...markdown.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(blocks.length).to.be.greaterThan(0);
    const results = await schemaCheck(blocks);
    blocks.forEach((doc, i) => {
      expect(results[i].errors, `example ${i + 1}`).to.deep.equal([]);
      expect(validateShow(doc).issues, `example ${i + 1}`).to.deep.equal([]);
    });
  });
});
