import { expect } from '@open-wc/testing';
import { formatIssues, validateMoments, validateProduct, validateProducts, validateShow } from '../../src/core/show.js';
import type { ValidationIssue } from '../../src/types.js';

const lines = (issues: readonly ValidationIssue[]) => issues.map((i) => `${i.path}: ${i.message}`);

describe('validateProduct, validateProducts, validateMoments (the show reader for one part)', () => {
  it('fills in what the show document may leave out', () => {
    const { product, issues } = validateProduct({ id: 'fan', title: 'Fan', price: { amount: 800, currency: 'gbp' } });
    expect(issues).to.deep.equal([]);
    expect(product).to.deep.equal({
      id: 'fan',
      title: 'Fan',
      prices: [],
      options: [],
      variants: [],
      available: true,
      price: { amount: 800, currency: 'GBP' },
    });
  });

  it('names each problem from `product`, and keeps a product whose optional field is bad', () => {
    const table: [unknown, string[], boolean][] = [
      [null, ['product: must be an object'], false],
      [42, ['product: must be an object'], false],
      [[], ['product: must be an object'], false],
      [{ title: 'x' }, ['product.id: missing'], false],
      [{ id: 'x', title: 3 }, ['product.title: must be a string or a map of language tags to strings'], false],
      [{ id: 'x', title: 'X', price: '19.99' }, ['product.price: must be an object with amount and currency'], true],
      [{ id: 'x', title: 'X', image: 'javascript:alert(1)' }, ['product.image: unsafe URL'], true],
    ];
    for (const [input, expected, kept] of table) {
      const { product, issues } = validateProduct(input);
      expect(lines(issues), JSON.stringify(input)).to.deep.equal(expected);
      expect(!!product, JSON.stringify(input)).to.equal(kept);
    }
  });

  it('passes what the reader made through unread, and reads a copy of it to the same value', () => {
    const { show } = validateShow({
      id: 's',
      products: [
        {
          id: 'box',
          title: 'Box',
          options: [{ name: { en: 'Tune', fr: 'Air' }, values: [{ en: 'Waltz', fr: 'Valse' }, 'Lullaby'] }],
          variants: [{ id: 'w', options: { Tune: 'Waltz' } }],
        },
      ],
      moments: [{ productId: 'box', start: 1, end: 2 }],
    });
    const box = show.products[0];
    expect(validateProduct(box).product).to.equal(box);
    expect(validateProducts(show.products).products[0]).to.equal(box);
    expect(validateMoments(show.moments).moments[0]).to.equal(show.moments[0]);
    // A copy (a page's typed Product) is read again, translations included.
    const copy = validateProduct(structuredClone(box));
    expect(copy.issues).to.deep.equal([]);
    expect(copy.product).to.not.equal(box);
    expect(copy.product).to.deep.equal(box);
  });

  it('reads a list entry by entry, duplicates and bad entries dropped with their index', () => {
    const fan = { id: 'fan', title: 'Fan' };
    const { products, issues } = validateProducts([fan, null, { id: 'fan', title: 'Again' }, { id: 'b', title: 'B' }]);
    expect(products.map((p) => p.id)).to.deep.equal(['fan', 'b']);
    expect(lines(issues)).to.deep.equal(['products[1]: must be an object', 'products[2].id: duplicate id "fan"']);
    expect(lines(validateProducts('x').issues)).to.deep.equal(['products: must be an array']);
    expect(validateProducts(undefined)).to.deep.equal({ products: [], issues: [] });
  });

  it('reads moments of any product id, sorted, bad ones dropped', () => {
    const { moments, issues } = validateMoments([
      { productId: 'b', start: 5, end: 9 },
      { productId: 'a', start: 1, end: 1 },
      { productId: 'c', start: 2, end: 3 },
    ]);
    expect(moments.map((m) => m.productId)).to.deep.equal(['c', 'b']);
    expect(lines(issues)).to.deep.equal(['moments[1].end: end must be after start']);
  });

  it('formatIssues names its subject', () => {
    const issues = [{ path: 'product.id', message: 'missing' }];
    expect(formatIssues(issues, 10, '<shoppable-product-card>')).to.equal('<shoppable-product-card>: 1 invalid entry skipped: product.id: missing');
    expect(formatIssues(issues)).to.equal('Show document: 1 invalid entry skipped: product.id: missing');
  });
});
