// Live-pin import. The round trip: test/fixtures/live/recording.m3u8 is a show recorded by the live
// studio itself (scripts/live/record-fixture.mjs presses the pins through the studio's own routes on
// a set clock); its pins come back as moments at the times they were pressed.
import { expect } from '@open-wc/testing';
import { importCatalog, importLivePins } from '../../../src/core/import/index.js';
import type { ImportIssue } from '../../../src/core/import/index.js';
import { expectValidShow, fixture } from './helpers.js';

describe('import: live pins, round trip through a live studio recording', () => {
  let recording: string;
  before(async () => {
    recording = await fixture('live/recording.m3u8');
  });

  it('gives each pin as a moment at the time it was pressed, lasting as it did live', () => {
    const { moments, productIds, issues } = importLivePins(recording);
    // The schedule of scripts/live/record-fixture.mjs, in seconds from the start of the show.
    expect(moments).to.deep.equal([
      // No end: until the next pin.
      { productId: 'carousel-music-box', start: 2.5, end: 9.75, position: { x: 0.72, y: 0.35 } },
      // DURATION=8.
      { productId: 'paper-lantern', start: 9.75, end: 17.75 },
      // END-ON-NEXT=YES.
      { productId: 'silk-fan', start: 12, end: 20 },
      // A flash sale: a plain moment, until the next pin.
      { productId: 'carousel-music-box', start: 20, end: 26.5 },
      // The last pin: until the recording ends (20 segments of 2 s).
      { productId: 'silk-fan', start: 31.25, end: 40 },
    ]);
    expect(productIds).to.deep.equal(['carousel-music-box', 'paper-lantern', 'silk-fan']);
    expect(issues).to.deep.equal([
      { row: 11, column: 'X-ACTION', message: 'pin "pin-4" is a flash sale; imported as a plain moment' },
      { row: 12, message: 'pin "pin-5" of "oolong-tea-tin" is a sold-out pin, which a show document cannot hold; skipped' },
    ]);
  });

  it('makes, with the store catalogue, a show document that validates', async () => {
    const csv = await fixture('catalog/shopify-products.csv');
    const { products } = await importCatalog(csv, 'products.csv', { currency: 'GBP' });
    const { moments, productIds } = importLivePins(recording);
    expect(productIds.every((id) => products.some((p) => p.id === id))).to.equal(true);
    await expectValidShow(products, moments);
  });
});

const T = (seconds: number) => new Date(Date.parse('2026-03-01T02:00:00.000Z') + seconds * 1000).toISOString();
const pin = (id: string, at: number, extra = '') =>
  `#EXT-X-DATERANGE:ID="${id}",CLASS="com.shoppable.product",START-DATE="${T(at)}",X-PRODUCT-ID="${id}-product"${extra}`;
/** A recording of `count` 2 s segments from T(first), with `tags` in its header. */
const playlist = (tags: string[], { first = 0, count = 5, endList = true } = {}) =>
  [
    '#EXTM3U',
    '#EXT-X-TARGETDURATION:2',
    ...tags,
    ...Array.from({ length: count }, (_, i) => [`#EXT-X-PROGRAM-DATE-TIME:${T(first + 2 * i)}`, '#EXTINF:2.000,', `seg${i}.ts`]).flat(),
    ...(endList ? ['#EXT-X-ENDLIST'] : []),
  ].join('\n');

describe('import: live pins, recordings that need care', () => {
  const cases: { name: string; text: string; moments: [string, number, number][]; issues: ImportIssue[] }[] = [
    {
      name: 'a recording that starts after a pin: the moment starts at 0',
      text: playlist([pin('a', 1, ',DURATION=6')], { first: 4 }),
      moments: [['a-product', 0, 3]],
      issues: [],
    },
    {
      name: 'a pin that ended before the recording starts',
      text: playlist([pin('a', 1, ',DURATION=2'), pin('b', 6)], { first: 4 }),
      moments: [['b-product', 2, 10]],
      issues: [{ row: 3, message: 'pin "a" of "a-product" ends before the recording starts; skipped' }],
    },
    {
      name: 'a pin after the recording, and one that runs past its end',
      text: playlist([pin('a', 8, ',DURATION=30'), pin('b', 12, ',DURATION=1')]),
      moments: [['a-product', 8, 10]],
      issues: [{ row: 4, message: 'pin "b" of "b-product" starts after the recording ends; skipped' }],
    },
    {
      name: 'a pin without a product, and date ranges of another class',
      text: playlist([
        '#EXT-X-DATERANGE:ID="x",CLASS="com.shoppable.product",START-DATE="2026-03-01T02:00:01.000Z"',
        '#EXT-X-DATERANGE:ID="ad",CLASS="com.example.ad",START-DATE="2026-03-01T02:00:01.000Z",DURATION=5',
        pin('a', 3),
      ]),
      moments: [['a-product', 3, 10]],
      issues: [{ row: 3, column: 'X-PRODUCT-ID', message: 'missing; pin skipped' }],
    },
    {
      name: 'a live window (no ENDLIST): its moments, and a note',
      text: playlist([pin('a', 2)], { endList: false }),
      moments: [['a-product', 2, 10]],
      issues: [{ column: 'EXT-X-ENDLIST', message: 'missing: a live window, not a whole recording; moments cover only its segments' }],
    },
    {
      name: 'no program date times',
      text: playlist([pin('a', 2)]).replace(/#EXT-X-PROGRAM-DATE-TIME:.*\n/g, ''),
      moments: [],
      issues: [{ column: 'EXT-X-PROGRAM-DATE-TIME', message: 'missing: pins cannot be placed in the video without it' }],
    },
    {
      name: 'a multivariant playlist',
      text: '#EXTM3U\n#EXT-X-STREAM-INF:BANDWIDTH=800000\nvideo.m3u8\n',
      moments: [],
      issues: [{ message: 'no media segments: a multivariant playlist only names its media playlists; import one of those' }],
    },
    { name: 'not a playlist', text: '<html></html>', moments: [], issues: [{ row: 1, message: 'not an HLS playlist (no #EXTM3U)' }] },
  ];
  for (const { name, text, moments, issues } of cases) {
    it(name, () => {
      const result = importLivePins(text);
      expect(result.moments.map((m) => [m.productId, m.start, m.end])).to.deep.equal(moments);
      expect(result.issues).to.deep.equal(issues);
    });
  }

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, {}, '']) {
      const result = importLivePins(input as unknown as string);
      expect(result.moments).to.deep.equal([]);
      expect(result.issues.length).to.be.greaterThan(0);
    }
  });
});
