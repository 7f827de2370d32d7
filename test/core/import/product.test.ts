import { expect } from '@open-wc/testing';
import { htmlToText, shopifyProductUrl } from '../../../src/core/import/product.js';
import { importCatalog } from '../../../src/core/import/index.js';

describe('import: htmlToText (Shopify descriptions)', () => {
  const cases: [string, string][] = [
    ['<p>Walnut &amp; brass</p>', 'Walnut & brass'],
    ['<p>One</p><p>Two</p>', 'One\nTwo'],
    ['Line<br>break<br/>here', 'Line\nbreak\nhere'],
    ['<ul><li>18 notes</li><li>Walnut</li></ul>', '18 notes\nWalnut'],
    ['<script>alert(1)</script><style>p{}</style>Safe', 'Safe'],
    ['&lt;b&gt; is text, &quot;quoted&quot; &#39;single&#39; &#x4E2D;&#25991; &nbsp;space', '<b> is text, "quoted" \'single\' 中文 space'],
    ['&bogus; &#0; &#x110000;', '&bogus; &#0; &#x110000;'],
    ['  <p>  spaced   out  </p>  ', 'spaced out'],
    ['<p>手工纸灯笼，竹骨架。</p>', '手工纸灯笼，竹骨架。'],
    ['', ''],
  ];
  for (const [html, text] of cases) {
    it(`${JSON.stringify(html.slice(0, 40))} → ${JSON.stringify(text)}`, () => expect(htmlToText(html)).to.equal(text));
  }

  it('cuts a long description at a word, within the show document limit', () => {
    const text = htmlToText(`<p>${'music box '.repeat(800)}</p>`);
    expect(text.length).to.be.at.most(5000);
    expect(text.endsWith('…')).to.equal(true);
    // Whole words only: nothing like "mus…".
    expect(new Set(text.slice(0, -1).split(' '))).to.deep.equal(new Set(['music', 'box']));
  });
});

describe('import: shopifyProductUrl', () => {
  const cases: [string, string | undefined, string][] = [
    ['silk-fan', undefined, '/products/silk-fan'],
    ['茶叶罐', undefined, '/products/%E8%8C%B6%E5%8F%B6%E7%BD%90'],
    ['silk-fan', 'https://shop.example', 'https://shop.example/products/silk-fan'],
    ['silk-fan', 'https://shop.example/en-gb/', 'https://shop.example/products/silk-fan'],
    ['silk-fan', 'not a url', '/products/silk-fan'],
  ];
  for (const [handle, store, url] of cases) {
    it(`${handle} at ${store} → ${url}`, () => expect(shopifyProductUrl(handle, store)).to.equal(url));
  }
});

describe('import: options that are not right', () => {
  it('a currency that is not ISO 4217: prices skipped, and said so', async () => {
    const { products, issues } = await importCatalog('Handle,Title,Variant Price\nfan,Fan,12.50\n', 'p.csv', { currency: 'pounds' });
    expect(products[0]!.price).to.equal(undefined);
    expect(issues[0]).to.deep.equal({ message: '"pounds" is not an ISO 4217 currency code: prices skipped' });
  });

  it('a product from /products/<handle>.js (cents) is not read as units', async () => {
    const js = { product: { handle: 'fan', title: 'Fan', price: 1250, price_min: 1250, variants: [{ id: 1, price: 1250 }] } };
    const { products, issues } = await importCatalog(JSON.stringify(js), 'fan.js', { currency: 'GBP' });
    expect(products).to.deep.equal([]);
    expect(issues).to.deep.equal([{ row: 1, column: 'price', message: 'from /products/<handle>.js (prices in cents); import the .json; product skipped' }]);
  });
});
