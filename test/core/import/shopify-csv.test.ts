// The Shopify product CSV export: the committed sample (test/fixtures/catalog/shopify-products.csv,
// written to Shopify's column list) and bad rows, each reported by row and column and skipped.
import { expect } from '@open-wc/testing';
import { importCatalog } from '../../../src/core/import/index.js';
import type { CatalogOptions, ImportIssue } from '../../../src/core/import/index.js';
import { byId, expectValidShow, fixture } from './helpers.js';

const IMG = 'https://cdn.shopify.com/s/files/1/0612/3456/7890/files/';
const GBP = (amount: number) => ({ amount, currency: 'GBP' });
const OPTIONS: CatalogOptions = { currency: 'GBP', marketCurrencies: { 'United States': 'USD', Japan: 'JPY' } };

describe('import: Shopify CSV export (sample file)', () => {
  let text: string;
  before(async () => {
    text = await fixture('catalog/shopify-products.csv');
  });

  it('reads every product on sale, with variants, prices in three currencies, images and stock', async () => {
    const { format, products, issues } = await importCatalog(text, 'products_export_1.csv', OPTIONS);
    expect(format).to.equal('shopify-csv');
    expect(products.map((p) => p.id)).to.deep.equal(['carousel-music-box', 'paper-lantern', 'silk-fan', 'oolong-tea-tin']);

    const box = byId(products, 'carousel-music-box');
    expect(box.title).to.equal('Carousel music box');
    expect(box.description).to.equal('A hand-cranked carousel music box, 18 notes.\nWalnut & brass, made in Guangzhou.');
    expect(box.url).to.equal('/products/carousel-music-box');
    expect(box.image).to.equal(`${IMG}music-box.jpg`);
    expect(box.price).to.deep.equal(GBP(1999));
    expect(box.compareAtPrice).to.deep.equal(GBP(2499));
    expect(box.prices).to.deep.equal([{ amount: 2499, currency: 'USD' }, { amount: 3800, currency: 'JPY' }]);
    expect(box.options).to.deep.equal([{ name: 'Tune', values: ['Waltz', 'Lullaby', 'Canon in D'] }]);
    expect(box.available).to.equal(true);
    expect(box.variants).to.deep.equal([
      {
        id: 'MB-01-WALTZ',
        options: { Tune: 'Waltz' },
        available: true,
        title: 'Waltz',
        price: GBP(1999),
        prices: [{ amount: 2499, currency: 'USD' }, { amount: 3800, currency: 'JPY' }],
        image: `${IMG}music-box-waltz.jpg`,
      },
      {
        id: 'MB-01-LULLABY',
        options: { Tune: 'Lullaby' },
        // 0 in stock, and the policy is "deny": sold out.
        available: false,
        title: 'Lullaby',
        price: GBP(1999),
        prices: [{ amount: 2499, currency: 'USD' }, { amount: 3800, currency: 'JPY' }],
        image: `${IMG}music-box-lullaby.jpg`,
      },
      {
        id: 'MB-01-CANON',
        options: { Tune: 'Canon in D' },
        // 0 in stock, but the policy is "continue": still sold.
        available: true,
        title: 'Canon in D',
        price: GBP(2150),
        prices: [{ amount: 2650, currency: 'USD' }, { amount: 4100, currency: 'JPY' }],
      },
    ]);

    const lantern = byId(products, 'paper-lantern');
    expect(lantern.title).to.equal('纸灯笼 · Paper lantern');
    expect(lantern.description).to.equal('手工纸灯笼，竹骨架。\nHand-made paper lantern on a bamboo frame.');
    expect(lantern.options).to.deep.equal([
      { name: '颜色', values: ['红', '金'] },
      { name: 'Size', values: ['S', 'L'] },
    ]);
    expect(lantern.variants.map((v) => [v.id, v.title, v.options])).to.deep.equal([
      ['PL-RED-S', '红 / S', { 颜色: '红', Size: 'S' }],
      ['PL-RED-L', '红 / L', { 颜色: '红', Size: 'L' }],
      ['PL-GOLD-S', '金 / S', { 颜色: '金', Size: 'S' }],
    ]);
    // Not sold in Japan (Included / Japan = false): no yen price.
    expect(lantern.prices).to.deep.equal([{ amount: 1000, currency: 'USD' }]);
    expect(lantern.variants[2]!.image).to.equal(`${IMG}lantern-gold.jpg`);

    // Shopify's single "Default Title" variant: no options, one variant that carries the stock and price.
    const fan = byId(products, 'silk-fan');
    expect(fan.title).to.equal('مروحة حريرية');
    expect(fan.options).to.deep.equal([]);
    expect(fan.variants).to.deep.equal([
      { id: 'SF-01', options: {}, available: true, price: GBP(1250), prices: [{ amount: 1500, currency: 'USD' }, { amount: 2000, currency: 'JPY' }] },
    ]);
    expect(fan.price).to.deep.equal(GBP(1250));
    expect(fan.compareAtPrice).to.equal(undefined);

    const tin = byId(products, 'oolong-tea-tin');
    expect(tin.available).to.equal(false);
    expect(tin.variants.map((v) => v.available)).to.deep.equal([false, false]);
    expect(tin.price).to.deep.equal(GBP(1400));

    expect(issues).to.deep.equal([
      { row: 12, column: 'Status', message: '"porcelain-teapot" is draft, not on sale; product skipped' },
      {
        column: 'Variant ID',
        message: 'the export has no Shopify variant ids, so variants are keyed by SKU; the Shopify cart recipe needs the ids: import products.json for them',
      },
    ]);
    await expectValidShow(products);
  });

  it('skips prices without the store currency, and a market whose currency is not known', async () => {
    const bare = await importCatalog(text, 'products.csv');
    expect(bare.products).to.have.length(4);
    expect(bare.products.every((p) => !p.price && p.prices.length === 0 && p.variants.every((v) => !v.price))).to.equal(true);
    expect(bare.issues[0]!.message).to.match(/do not name their currency/);
    expect(bare.issues.filter((i) => i.column?.startsWith('Price / ')).map((i) => i.column)).to.deep.equal([
      'Price / United States',
      'Price / Japan',
    ]);

    const gbpOnly = await importCatalog(text, 'products.csv', { currency: 'gbp', marketCurrencies: { Japan: 'JPY' } });
    expect(byId(gbpOnly.products, 'silk-fan').prices).to.deep.equal([{ amount: 2000, currency: 'JPY' }]);
    expect(gbpOnly.issues.filter((i) => i.row === 1)).to.deep.equal([
      { row: 1, column: 'Price / United States', message: 'the currency of market "United States" is not known; its prices skipped' },
    ]);
    await expectValidShow(gbpOnly.products);
  });

  it('makes product URLs absolute with the store address', async () => {
    const { products } = await importCatalog(text, 'products.csv', { ...OPTIONS, storeUrl: 'https://cantonmusic.example/en-gb/' });
    expect(byId(products, 'paper-lantern').url).to.equal('https://cantonmusic.example/products/paper-lantern');
  });
});

const HEADER = ['Handle', 'Title', 'Body (HTML)', 'Option1 Name', 'Option1 Value', 'Variant SKU', 'Variant Price', 'Variant Compare At Price', 'Image Src', 'Status'];
const csv = (...rows: string[]) => [HEADER.join(','), ...rows].join('\n');

describe('import: Shopify CSV export, bad rows', () => {
  const cases: { name: string; text: string; ids: string[]; issues: ImportIssue[] }[] = [
    {
      name: 'a price that is not a number: the price skipped, the variant kept',
      text: csv('box,Music box,,Tune,Waltz,W,19.99,,,active', 'box,,,,Lullaby,L,twelve,,,'),
      ids: ['box'],
      issues: [{ row: 3, column: 'Variant Price', message: '"twelve" is not a price; price skipped' }],
    },
    {
      name: 'more decimals than the currency has',
      text: csv('box,Music box,,Title,Default Title,B,19.999,24.99,,active'),
      ids: ['box'],
      issues: [{ row: 2, column: 'Variant Price', message: '"19.999" has more decimals than GBP has (2); price skipped' }],
    },
    {
      name: 'a row without a handle',
      text: csv('box,Music box,,Title,Default Title,B,19.99,,,active', ',Lantern,,Title,Default Title,L,8.00,,,active'),
      ids: ['box'],
      issues: [{ row: 3, column: 'Handle', message: 'missing; row skipped' }],
    },
    {
      name: 'a product whose first row has no title',
      text: csv(',,,,,,,,,', 'ghost,,,Title,Default Title,G,5.00,,,active', 'fan,Silk fan,,Title,Default Title,F,12.50,,,active'),
      ids: ['fan'],
      issues: [{ row: 3, column: 'Title', message: 'missing on the first row of "ghost"; product skipped' }],
    },
    {
      name: 'an image that is not an http(s) URL: the image dropped, the product kept',
      text: csv('box,Music box,,Title,Default Title,B,19.99,,javascript:alert(1),active'),
      ids: ['box'],
      issues: [{ row: 2, column: 'Image Src', message: 'image: unsafe URL' }],
    },
    {
      name: 'a row with too few cells (a quote left open)',
      text: csv('box,Music box,"<p>18 notes,Title,Default Title,B,19.99,,,active', 'fan,Silk fan,,Title,Default Title,F,12.50,,,active'),
      ids: [],
      issues: [{ row: 2, message: 'has 3 cells where the header has 10 (is a quote left open?); row skipped' }],
    },
    {
      name: 'a row with too many cells',
      text: csv('box,Music box,18 notes, walnut,Title,Default Title,B,19.99,,,active', 'fan,Silk fan,,Title,Default Title,F,12.50,,,active'),
      ids: ['fan'],
      issues: [{ row: 2, message: 'has 11 cells where the header has 10 (is a value with a delimiter not quoted?); row skipped' }],
    },
    {
      name: 'the same variant twice',
      text: csv('box,Music box,,Tune,Waltz,W1,19.99,,,active', 'box,,,,Waltz,W2,19.99,,,'),
      ids: ['box'],
      issues: [{ row: 3, message: '"box" has the variant Waltz twice (row 2); variant skipped' }],
    },
    {
      name: 'a variant without a value for the option',
      text: csv('box,Music box,,Tune,Waltz,W,19.99,,,active', 'box,,,,,L,18.00,,,'),
      ids: ['box'],
      issues: [{ row: 3, column: 'Option1 Value', message: 'no value for "Tune"; variant skipped' }],
    },
    {
      name: 'an archived product',
      text: csv('box,Music box,,Title,Default Title,B,19.99,,,archived'),
      ids: [],
      issues: [{ row: 2, column: 'Status', message: '"box" is archived, not on sale; product skipped' }],
    },
    {
      name: 'a file without a Handle column',
      text: 'Name,Price\nMusic box,19.99\n',
      ids: [],
      issues: [{ row: 1, column: 'Handle', message: 'no Handle column: not a Shopify product CSV export' }],
    },
  ];
  for (const { name, text, ids, issues } of cases) {
    it(name, async () => {
      const result = await importCatalog(text, 'products.csv', { currency: 'GBP' });
      expect(result.products.map((p) => p.id)).to.deep.equal(ids);
      // The note about variant ids comes with every export that lacks them; it is tested above.
      expect(result.issues.filter((i) => i.column !== 'Variant ID')).to.deep.equal(issues);
      await expectValidShow(result.products);
    });
  }

  it('keeps the rest of a file when a product is bad, and the kept variant of a bad row', async () => {
    const { products } = await importCatalog(
      csv('box,Music box,,Tune,Waltz,W,19.99,,,active', 'box,,,,Lullaby,L,twelve,,,'),
      'products.csv',
      { currency: 'GBP' },
    );
    expect(products[0]!.variants.map((v) => [v.id, v.price])).to.deep.equal([
      ['W', GBP(1999)],
      ['L', undefined],
    ]);
  });
});
