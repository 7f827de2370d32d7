import { expect } from '@open-wc/testing';
import { emptyDraft, reduceDraft, typedProduct, type ShowDraft } from '../../../src/core/studio/draft.js';
import { commit, redo, startHistory, undo, HISTORY_LIMIT } from '../../../src/core/studio/history.js';
import { closeMarks, markKey, productForKey, toggleMark } from '../../../src/core/studio/marking.js';

const box = typedProduct('music-box', 'Music box', 1999, 'gbp');
const lamp = typedProduct('lamp', 'Lamp', 4500, 'GBP', 'https://shop.example/lamp');
const withProducts = (): ShowDraft => reduceDraft(emptyDraft(), { type: 'add-products', products: [box, lamp] });

describe('studio draft edits', () => {
  it('typed products carry their price in upper-case currency and their url', () => {
    expect(box.price).to.deep.equal({ amount: 1999, currency: 'GBP' });
    expect(lamp.url).to.equal('https://shop.example/lamp');
    expect(typedProduct('x', 'X', undefined, 'GBP')).to.not.have.property('price');
  });

  it('adding a product with a known id replaces it in place', () => {
    const d = reduceDraft(withProducts(), { type: 'add-products', products: [{ ...box, title: 'Music box II' }] });
    expect(d.products.map((p) => [p.id, p.title])).to.deep.equal([['music-box', 'Music box II'], ['lamp', 'Lamp']]);
  });

  it('moments get keys, stay sorted, and are clamped to at least half a second from zero', () => {
    let d = reduceDraft(withProducts(), {
      type: 'add-moments',
      moments: [
        { productId: 'lamp', start: 10, end: 20 },
        { productId: 'music-box', start: -3, end: 0.1 },
      ],
    });
    expect(d.moments.map((m) => [m.key, m.productId, m.start, m.end])).to.deep.equal([
      ['m2', 'music-box', 0, 0.5],
      ['m1', 'lamp', 10, 20],
    ]);
    d = reduceDraft(d, { type: 'update-moment', key: 'm1', patch: { start: 0.0004, end: 0.2 } });
    // Equal ranges keep their order (a stable sort).
    expect(d.moments.map((m) => [m.key, m.start, m.end])).to.deep.equal([['m2', 0, 0.5], ['m1', 0, 0.5]]);
  });

  it('removing a product removes its moments', () => {
    let d = reduceDraft(withProducts(), { type: 'add-moments', moments: [{ productId: 'lamp', start: 1, end: 2 }] });
    d = reduceDraft(d, { type: 'remove-product', id: 'lamp' });
    expect(d.products.map((p) => p.id)).to.deep.equal(['music-box']);
    expect(d.moments).to.have.length(0);
  });

  it('a product patch with an empty value removes the field', () => {
    const d = reduceDraft(withProducts(), { type: 'update-product', id: 'lamp', patch: { url: '' } });
    expect(d.products[1]).to.not.have.property('url');
  });

  it('an edit that changes nothing returns the same draft', () => {
    const d = withProducts();
    expect(reduceDraft(d, { type: 'add-products', products: [] })).to.equal(d);
    expect(reduceDraft(d, { type: 'remove-product', id: 'nope' })).to.equal(d);
  });

  it('markets are added, patched and removed by index', () => {
    let d = reduceDraft(emptyDraft(), { type: 'add-market', market: { id: 'uk', country: 'GB', currency: 'GBP' } });
    d = reduceDraft(d, { type: 'update-market', index: 0, patch: { taxInclusive: true } });
    expect(d.markets).to.deep.equal([{ id: 'uk', country: 'GB', currency: 'GBP', taxInclusive: true }]);
    expect(reduceDraft(d, { type: 'remove-market', index: 0 }).markets).to.deep.equal([]);
  });
});

describe('studio history', () => {
  it('undo and redo walk the steps; a new commit clears redo', () => {
    let h = startHistory(1);
    h = commit(h, 2);
    h = commit(h, 3);
    h = undo(h);
    expect(h.present).to.equal(2);
    h = redo(h);
    expect(h.present).to.equal(3);
    h = commit(undo(h), 4);
    expect([h.past, h.present, h.future]).to.deep.equal([[1, 2], 4, []]);
    expect(undo(undo(undo(h))).present).to.equal(1);
    expect(redo(h)).to.equal(h);
  });

  it('commits of one group are one step; the same state is no step', () => {
    let h = startHistory('a');
    h = commit(h, 'b', 'drag-1');
    h = commit(h, 'c', 'drag-1');
    h = commit(h, 'd', 'drag-1');
    h = commit(h, 'd');
    expect(h.past).to.deep.equal(['a']);
    h = commit(h, 'e', 'drag-2');
    expect(h.past).to.deep.equal(['a', 'd']);
    expect(undo(undo(h)).present).to.equal('a');
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    let h = startHistory(0);
    for (let i = 1; i <= HISTORY_LIMIT + 10; i++) h = commit(h, i);
    expect(h.past).to.have.length(HISTORY_LIMIT);
    expect(h.past[0]).to.equal(10);
  });
});

describe('studio key marking', () => {
  it('keys 1–9 then 0 name the first ten products', () => {
    expect([0, 8, 9, 10, -1].map(markKey)).to.deep.equal(['1', '9', '0', undefined, undefined]);
    const products = [box, lamp];
    expect(productForKey(products, '2')).to.equal(lamp);
    expect(productForKey(products, '3')).to.equal(undefined);
    expect(productForKey(products, 'a')).to.equal(undefined);
    expect(productForKey(products, 'F1')).to.equal(undefined);
  });

  const cases: Array<[string, number, number, [number, number] | undefined]> = [
    ['press, press later', 12.5, 48, [12.5, 48]],
    ['second press before the first (seeked back)', 30, 10, [10, 30]],
    ['two presses at once', 5, 5, [5, 5.5]],
    ['before zero', -1, 3, [0, 3]],
  ];
  for (const [name, first, second, range] of cases) {
    it(name, () => {
      const a = toggleMark({}, 'lamp', first);
      expect(a.moment).to.equal(undefined);
      const b = toggleMark(a.open, 'lamp', second);
      expect(b.open).to.deep.equal({});
      expect(b.moment && [b.moment.start, b.moment.end]).to.deep.equal(range);
    });
  }

  it('marks of several products are open at once; closeMarks ends them all', () => {
    let open = toggleMark({}, 'lamp', 1).open;
    open = toggleMark(open, 'music-box', 2).open;
    expect(open).to.deep.equal({ lamp: 1, 'music-box': 2 });
    expect(closeMarks(open, 9)).to.deep.equal([
      { productId: 'lamp', start: 1, end: 9 },
      { productId: 'music-box', start: 2, end: 9 },
    ]);
    expect(toggleMark({}, '__proto__', 1).open).to.have.property('__proto__');
  });
});
