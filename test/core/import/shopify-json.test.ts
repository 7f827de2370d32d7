// A Shopify store's products.json: the committed sample (test/fixtures/catalog/shopify-products.json)
// keeps Shopify's variant ids, which the Shopify cart recipe sends to /cart/add.js as they are.
import { expect } from '@open-wc/testing';
import { importCatalog } from '../../../src/core/import/index.js';
import { addToShopifyCart } from '../../../src/cart/shopify.js';
import type { AddToCartDetail } from '../../../src/events.js';
import { byId, expectValidShow, fixture } from './helpers.js';

const IMG = 'https://cdn.shopify.com/s/files/1/0612/3456/7890/files/';
const GBP = (amount: number) => ({ amount, currency: 'GBP' });

describe('import: Shopify products.json (sample file)', () => {
  let text: string;
  before(async () => {
    text = await fixture('catalog/shopify-products.json');
  });

  it('reads products keyed by handle, variants keyed by Shopify variant id', async () => {
    const { format, products, issues } = await importCatalog(text, 'products.json', { currency: 'GBP' });
    expect(format).to.equal('shopify-json');
    expect(issues).to.deep.equal([]);
    expect(products.map((p) => p.id)).to.deep.equal(['carousel-music-box', 'paper-lantern', 'silk-fan', 'oolong-tea-tin']);

    const box = byId(products, 'carousel-music-box');
    expect(box.url).to.equal('/products/carousel-music-box');
    expect(box.image).to.equal(`${IMG}music-box.jpg?v=1740477600`);
    expect(box.price).to.deep.equal(GBP(1999));
    expect(box.compareAtPrice).to.deep.equal(GBP(2499));
    expect(box.variants).to.deep.equal([
      { id: '46012345670001', options: { Tune: 'Waltz' }, available: true, title: 'Waltz', price: GBP(1999), image: `${IMG}music-box-waltz.jpg?v=1740477600` },
      { id: '46012345670002', options: { Tune: 'Lullaby' }, available: false, title: 'Lullaby', price: GBP(1999) },
      { id: '46012345670003', options: { Tune: 'Canon in D' }, available: true, title: 'Canon in D', price: GBP(2150) },
    ]);

    const lantern = byId(products, 'paper-lantern');
    expect(lantern.title).to.equal('纸灯笼 · Paper lantern');
    expect(lantern.options.map((o) => o.name)).to.deep.equal(['颜色', 'Size']);
    expect(lantern.variants.map((v) => [v.id, v.options])).to.deep.equal([
      ['46012345670011', { 颜色: '红', Size: 'S' }],
      ['46012345670012', { 颜色: '红', Size: 'L' }],
      ['46012345670013', { 颜色: '金', Size: 'S' }],
    ]);

    const fan = byId(products, 'silk-fan');
    expect(fan.title).to.equal('مروحة حريرية');
    expect(fan.description).to.equal('مروحة يدوية من الحرير المطرز.');
    expect(fan.options).to.deep.equal([]);
    expect(fan.variants).to.deep.equal([{ id: '46012345670021', options: {}, available: true, price: GBP(1250) }]);

    expect(byId(products, 'oolong-tea-tin').available).to.equal(false);
    await expectValidShow(products);
  });

  it('gives the cart recipe the Shopify variant id of the chosen variant', async () => {
    const { products } = await importCatalog(text, 'products.json', { currency: 'GBP' });
    const product = byId(products, 'carousel-music-box');
    const sent: { url: string; body: unknown }[] = [];
    // The store's answers are beside the point here: only what the recipe sends is.
    const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(url), body: init?.body ? JSON.parse(String(init.body)) : undefined });
      return new Response(JSON.stringify({ item_count: 1, items: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const detail = { product, variant: product.variants[2], quantity: 1, currentTime: 0, showId: 's', requestId: 'r1' };
    await addToShopifyCart(detail as unknown as AddToCartDetail, { root: '/', fetch });
    expect(sent[0]).to.deep.equal({ url: '/cart/add.js', body: { items: [{ id: 46012345670003, quantity: 1 }] } });
  });

  it('reads one product (/products/<handle>.json) and reports bad entries by product and field', async () => {
    const one = await importCatalog(JSON.stringify({ product: JSON.parse(text).products[2] }), 'silk-fan.json', { currency: 'GBP' });
    expect(one.products.map((p) => p.id)).to.deep.equal(['silk-fan']);

    const bad = {
      products: [
        {
          handle: 'box',
          title: 'Music box',
          options: [{ name: 'Tune', values: ['Waltz', 'Lullaby'] }],
          variants: [
            { id: 1, option1: 'Waltz', price: '19.99', available: true },
            { id: 2, option1: 'Lullaby', price: 'free' },
            { option1: 'Canon', price: '5.00' },
            { id: 5, option1: 'Waltz', price: '19.99' },
          ],
        },
        { title: 'No handle' },
        { handle: 'lantern', options: [{ name: 'Colour', values: ['Red'] }], variants: [{ id: 3, option1: 'Red' }] },
        'not a product',
        { handle: 'fan', title: 'Fan', options: [{ name: 'Colour', values: ['Red'] }], variants: [{ id: 4 }] },
      ],
    };
    const { products, issues } = await importCatalog(JSON.stringify(bad), 'products.json', { currency: 'GBP' });
    expect(products.map((p) => [p.id, p.variants.map((v) => v.id)])).to.deep.equal([
      ['box', ['1', '2']],
      ['fan', []],
    ]);
    expect(issues).to.deep.equal([
      { row: 1, column: 'variants[1].price', message: '"free" is not a price; price skipped' },
      { row: 1, column: 'variants[2].id', message: 'missing; variant skipped' },
      { row: 1, message: '"box" has the variant Waltz twice (row 1); variant skipped' },
      { row: 2, column: 'handle', message: 'missing; product skipped' },
      { row: 3, column: 'title', message: 'missing for "lantern"; product skipped' },
      { row: 4, column: 'products', message: 'not an object; product skipped' },
      { row: 5, column: 'variants[0].option1', message: 'missing; variant skipped' },
    ]);
    await expectValidShow(products);
  });

  it('reports JSON that is not JSON, or not products.json', async () => {
    const broken = await importCatalog('{"products": [', 'products.json', { currency: 'GBP' });
    expect(broken.products).to.deep.equal([]);
    expect(broken.issues[0]!.message).to.match(/^not valid JSON: /);
    const other = await importCatalog('{"items": []}', 'x.json', { currency: 'GBP' });
    expect(other.issues).to.deep.equal([{ message: 'no "products" list: not a Shopify products.json' }]);
  });
});
