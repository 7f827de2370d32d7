// Google Merchant Center feeds: the committed samples (test/fixtures/catalog/merchant-feed.xml and
// .tsv, the same items) and bad items, each reported by row (item) and attribute and skipped.
import { expect } from '@open-wc/testing';
import { importCatalog } from '../../../src/core/import/index.js';
import type { ImportIssue } from '../../../src/core/import/index.js';
import { commonTitle } from '../../../src/core/import/merchant.js';
import { byId, expectValidShow, fixture } from './helpers.js';

const IMG = 'https://shop.example/cdn/img/';
const GBP = (amount: number) => ({ amount, currency: 'GBP' });

describe('import: Merchant Center feed (sample files)', () => {
  let xml: string;
  let tsv: string;
  before(async () => {
    [xml, tsv] = await Promise.all([fixture('catalog/merchant-feed.xml'), fixture('catalog/merchant-feed.tsv')]);
  });

  it('reads the XML feed: item groups as products with variants, sale prices, stock, currencies', async () => {
    const { format, products, issues } = await importCatalog(xml, 'feed.xml');
    expect(format).to.equal('merchant-xml');
    expect(issues).to.deep.equal([]);
    expect(products.map((p) => p.id)).to.deep.equal(['MB-01', 'PL', 'SF-01', 'TT-100', 'TP-01']);

    const box = byId(products, 'MB-01');
    expect(box.title).to.equal('Carousel music box');
    expect(box.description).to.equal('A hand-cranked carousel music box, 18 notes. Walnut & brass, made in Guangzhou.');
    expect(box.url).to.equal('https://shop.example/products/carousel-music-box?variant=walnut');
    expect(box.image).to.equal(`${IMG}music-box.jpg`);
    // On sale: the sale price, the regular one struck through.
    expect(box.price).to.deep.equal(GBP(1999));
    expect(box.compareAtPrice).to.deep.equal(GBP(2499));
    expect(box.options).to.deep.equal([{ name: 'Material', values: ['Walnut', 'Maple'] }]);
    expect(box.variants).to.deep.equal([
      { id: 'MB-01-WALNUT', title: 'Walnut', options: { Material: 'Walnut' }, available: true, price: GBP(1999) },
      { id: 'MB-01-MAPLE', title: 'Maple', options: { Material: 'Maple' }, available: false, price: GBP(2499), image: `${IMG}music-box-maple.jpg` },
    ]);

    const lantern = byId(products, 'PL');
    expect(lantern.title).to.equal('纸灯笼');
    expect(lantern.description).to.equal('手工纸灯笼，竹骨架。');
    expect(lantern.options).to.deep.equal([
      { name: 'Color', values: ['红', '金'] },
      { name: 'Size', values: ['S', 'L'] },
    ]);
    expect(lantern.variants.map((v) => [v.id, v.title, v.options, v.price])).to.deep.equal([
      ['PL-RED-S', '红 / S', { Color: '红', Size: 'S' }, GBP(800)],
      ['PL-RED-L', '红 / L', { Color: '红', Size: 'L' }, GBP(1200)],
      ['PL-GOLD-S', '金 / S', { Color: '金', Size: 'S' }, GBP(900)],
    ]);
    expect(lantern.variants[2]!.image).to.equal(`${IMG}lantern-gold.jpg`);

    // No item_group_id: a product of its own. Listed again in dollars: that price joins `prices`.
    const fan = byId(products, 'SF-01');
    expect(fan.title).to.equal('مروحة حريرية');
    expect(fan.variants).to.deep.equal([]);
    expect(fan.price).to.deep.equal(GBP(1250));
    expect(fan.prices).to.deep.equal([{ amount: 1500, currency: 'USD' }]);

    const tin = byId(products, 'TT-100');
    expect(tin.available).to.equal(false);
    expect(tin.price).to.deep.equal({ amount: 2600, currency: 'JPY' });
    // Preorder can be ordered.
    expect(byId(products, 'TP-01').available).to.equal(true);
    await expectValidShow(products);
  });

  it('reads the TSV file of the same items to the same products', async () => {
    const fromXml = await importCatalog(xml, 'feed.xml');
    const fromTsv = await importCatalog(tsv, 'feed.tsv');
    expect(fromTsv.format).to.equal('merchant-tsv');
    expect(fromTsv.issues).to.deep.equal([]);
    expect(JSON.parse(JSON.stringify(fromTsv.products))).to.deep.equal(JSON.parse(JSON.stringify(fromXml.products)));
  });

  it('reads an Atom feed, and headers written "g:Price" or "Image link"', async () => {
    const atom = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:g="http://base.google.com/ns/1.0">
  <title>Shop</title>
  <entry><g:id>TP-01</g:id><title>Teapot &amp; cups</title><link href="https://shop.example/products/teapot"/><g:price>45.00 GBP</g:price></entry>
</feed>`;
    const fromAtom = await importCatalog(atom);
    expect(fromAtom.format).to.equal('merchant-xml');
    expect(fromAtom.products).to.deep.equal([
      { id: 'TP-01', title: 'Teapot & cups', prices: [], options: [], variants: [], available: true, url: 'https://shop.example/products/teapot', price: GBP(4500) },
    ]);
    const headers = await importCatalog('g:ID\tTitle\tImage link\tg:Price\nTP-01\tTeapot\thttps://shop.example/t.jpg\t45.00 GBP\n');
    expect(headers.products.map((p) => [p.id, p.image, p.price])).to.deep.equal([['TP-01', 'https://shop.example/t.jpg', GBP(4500)]]);
  });
});

const HEADER = 'id\ttitle\tlink\tavailability\tprice\tsale_price\titem_group_id\tcolor\tsize';
const tsvOf = (...rows: string[][]) => [HEADER, ...rows.map((r) => r.join('\t'))].join('\n');
const row = (id: string, extra: Partial<Record<'title' | 'link' | 'availability' | 'price' | 'sale' | 'group' | 'color' | 'size', string>> = {}) => [
  id,
  extra.title ?? `Fan ${id}`,
  extra.link ?? `https://shop.example/${id}`,
  extra.availability ?? 'in_stock',
  extra.price ?? '12.50 GBP',
  extra.sale ?? '',
  extra.group ?? '',
  extra.color ?? '',
  extra.size ?? '',
];

describe('import: Merchant Center feed, bad items', () => {
  const cases: { name: string; text: string; ids: string[]; issues: ImportIssue[] }[] = [
    { name: 'an item without an id', text: tsvOf(row(''), row('b')), ids: ['b'], issues: [{ row: 2, column: 'id', message: 'missing; row skipped' }] },
    {
      name: 'an item without a title',
      text: tsvOf(row('a', { title: ' ' }), row('b')),
      ids: ['b'],
      issues: [{ row: 2, column: 'title', message: 'missing for "a"; row skipped' }],
    },
    {
      name: 'a price without a currency: the price skipped, the item kept',
      text: tsvOf(row('a', { price: '12.50' })),
      ids: ['a'],
      issues: [{ row: 2, column: 'price', message: '"12.50" is not "<amount> <currency>"; price skipped' }],
    },
    {
      name: 'a decimal comma',
      text: tsvOf(row('a', { price: '12,50 EUR' })),
      ids: ['a'],
      issues: [{ row: 2, column: 'price', message: '"12,50" is not a price; price skipped' }],
    },
    {
      name: 'an unknown availability',
      text: tsvOf(row('a', { availability: 'limited' })),
      ids: ['a'],
      issues: [{ row: 2, column: 'availability', message: 'unknown value "limited"; read as in stock' }],
    },
    {
      name: 'the same id twice in the same currency',
      text: tsvOf(row('a'), row('a', { price: '13.00 GBP' })),
      ids: ['a'],
      issues: [{ row: 3, column: 'id', message: '"a" again (row 2); row skipped' }],
    },
    {
      name: 'a link that is not http(s): the link dropped, the product kept',
      text: tsvOf(row('a', { link: 'javascript:alert(1)' })),
      ids: ['a'],
      issues: [{ row: 2, column: 'link', message: 'url: unsafe URL' }],
    },
    {
      name: 'a variant without the attribute its group differs in',
      text: tsvOf(row('a', { group: 'g', color: 'Red' }), row('b', { group: 'g', color: 'Blue' }), row('c', { group: 'g' })),
      ids: ['g'],
      issues: [{ row: 4, column: 'color', message: 'missing while other items of "g" have one; row skipped' }],
    },
    {
      name: 'two variants with the same options',
      text: tsvOf(row('a', { group: 'g', color: 'Red', size: 'S' }), row('b', { group: 'g', color: 'Red', size: 'L' }), row('c', { group: 'g', color: 'Red', size: 'S' })),
      ids: ['g'],
      issues: [{ row: 4, column: 'item_group_id', message: 'same options as row 2 in "g"; row skipped' }],
    },
    {
      name: 'a row with a tab too many',
      text: `${tsvOf(row('a'))}\nb\tFan\t\tin_stock\t1.00 GBP\t\t\t\t\t\textra`,
      ids: ['a'],
      issues: [{ row: 3, message: 'has 11 cells where the header has 9 (is a value with a delimiter not quoted?); row skipped' }],
    },
    { name: 'XML that is not well-formed', text: '<rss><channel><item></channel>', ids: [], issues: [{ message: 'not well-formed XML' }] },
    { name: 'XML that is not a feed', text: '<html><body/></html>', ids: [], issues: [{ message: 'an RSS 2.0 or Atom feed was expected, not <html>' }] },
  ];
  for (const { name, text, ids, issues } of cases) {
    it(name, async () => {
      const result = await importCatalog(text);
      expect(result.products.map((p) => p.id)).to.deep.equal(ids);
      expect(result.issues).to.deep.equal(issues);
      await expectValidShow(result.products);
    });
  }

  it('a sale price in a group: the variant sells at it, the product shows the regular price struck through', async () => {
    const { products } = await importCatalog(tsvOf(row('a', { group: 'g', color: 'Red', sale: '9.99 GBP' }), row('b', { group: 'g', color: 'Blue' })));
    expect(products[0]!.price).to.deep.equal(GBP(999));
    expect(products[0]!.compareAtPrice).to.deep.equal(GBP(1250));
    expect(products[0]!.variants.map((v) => v.price)).to.deep.equal([GBP(999), GBP(1250)]);
  });

  it('takes an XML reader from the caller, and reports one that throws', async () => {
    const item = { name: 'item', namespace: null, attributes: {}, text: '', children: [
      { name: 'id', namespace: 'http://base.google.com/ns/1.0', attributes: {}, text: 'x1', children: [] },
      { name: 'title', namespace: null, attributes: {}, text: 'Tea tin', children: [] },
    ] };
    const channel = { name: 'channel', namespace: null, attributes: {}, text: '', children: [item] };
    const readXml = () => ({ name: 'rss', namespace: null, attributes: {}, text: '', children: [channel] });
    const read = await importCatalog('<rss/>', 'feed.xml', { readXml });
    expect(read.products.map((p) => [p.id, p.title])).to.deep.equal([['x1', 'Tea tin']]);
    const failing = await importCatalog('<rss/>', 'feed.xml', { readXml: () => { throw new Error('no parser'); } });
    expect(failing.issues).to.deep.equal([{ message: 'could not read the XML: no parser' }]);
  });
});

describe('import: commonTitle', () => {
  const cases: [string[], string][] = [
    [['Silk fan - Red', 'Silk fan - Blue'], 'Silk fan'],
    [['Silk fan (Red)', 'Silk fan (Blue)'], 'Silk fan'],
    [['Silk fan, red', 'Silk fan, blue'], 'Silk fan'],
    [['Teapot', 'Teapot'], 'Teapot'],
    [['Teapot'], 'Teapot'],
    [['Redwood box', 'Redberry box'], 'Redwood box'],
    [['Lantern small', 'Lantern smaller'], 'Lantern'],
    [['纸灯笼 红色', '纸灯笼 金色'], '纸灯笼'],
    [['红色', '金色'], '红色'],
  ];
  for (const [titles, expected] of cases) {
    it(`${titles.join(' | ')} → ${expected}`, () => expect(commonTitle(titles)).to.equal(expected));
  }
});
