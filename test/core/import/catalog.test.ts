// importCatalog as the studio calls it: which format a file is, and an answer for any input.
import { expect } from '@open-wc/testing';
import { detectCatalogFormat, importCatalog } from '../../../src/core/import/index.js';
import type { CatalogFormat } from '../../../src/core/import/index.js';

describe('import: detectCatalogFormat', () => {
  const cases: [string, string | undefined, CatalogFormat][] = [
    ['{"products":[]}', undefined, 'shopify-json'],
    ['\uFEFF  [', 'x.csv', 'shopify-json'],
    ['<?xml version="1.0"?><rss/>', undefined, 'merchant-xml'],
    ['<feed xmlns="http://www.w3.org/2005/Atom"/>', 'feed.txt', 'merchant-xml'],
    ['id\ttitle\tprice\n1\tFan\t1.00 GBP', undefined, 'merchant-tsv'],
    ['Handle,Title,Variant Price\nfan,Fan,1.00', 'products_export.csv', 'shopify-csv'],
    ['Handle,Title\n', 'feed.tsv', 'shopify-csv'],
    ['', 'products.json', 'shopify-json'],
    ['', 'feed.xml', 'merchant-xml'],
    ['id\n', 'feed.TSV', 'merchant-tsv'],
    ['id\n', 'feed.txt', 'merchant-tsv'],
    ['', undefined, 'shopify-csv'],
  ];
  for (const [text, name, format] of cases) {
    it(`${JSON.stringify(text.slice(0, 24))} ${name ?? ''} → ${format}`, () => expect(detectCatalogFormat(text, name)).to.equal(format));
  }
});

describe('import: importCatalog never throws', () => {
  for (const input of ['', '\n\n', 'Handle\n', '{', '[]', 'null', '<', '\t', '"', null, undefined, 42]) {
    it(`answers for ${JSON.stringify(input)}`, async () => {
      const result = await importCatalog(input as unknown as string, undefined, { currency: 'GBP' });
      expect(result.products).to.deep.equal([]);
      expect(result.issues.length, JSON.stringify(result.issues)).to.be.greaterThan(0);
      expect(result.issues.every((i) => typeof i.message === 'string' && i.message.length > 0)).to.equal(true);
    });
  }
});
