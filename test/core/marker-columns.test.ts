import { expect } from '@open-wc/testing';
import { MAX_MARKER_COLUMNS, markerColumns } from '../../src/core/marker-columns.js';

describe('markerColumns', () => {
  it('marks each column holding a time once, in order', () => {
    expect([...markerColumns([9, 1, 1.01, 5, 0], 0, 10, 10)]).to.deep.equal([0, 1, 5, 9]);
  });

  it('puts the end of the range in the last column and leaves out times outside it', () => {
    expect([...markerColumns([10, -1, 11, NaN, Infinity], 0, 10, 4)]).to.deep.equal([3]);
  });

  it('follows the range start (a live window)', () => {
    expect([...markerColumns([100, 150, 199], 100, 200, 2)]).to.deep.equal([0, 1]);
  });

  it('is empty for an empty or invalid range', () => {
    expect(markerColumns([1], 5, 5, 100).length).to.equal(0);
    expect(markerColumns([1], 0, NaN, 100).length).to.equal(0);
    expect(markerColumns([1], 0, Infinity, 100).length).to.equal(0);
  });

  it('summarises 100,000 moments to at most one per pixel column', () => {
    const times = Array.from({ length: 100_000 }, (_, i) => (i * 60) / 100_000);
    const cols = markerColumns(times, 0, 60, 620);
    expect(cols.length).to.equal(620);
    expect(cols[619]).to.equal(619);
  });

  it('bounds the columns whatever the width claims', () => {
    expect(markerColumns([0, 1], 0, 1, 1e9).length).to.equal(2);
    expect(markerColumns([0.99999], 0, 1, 1e9)[0]).to.equal(MAX_MARKER_COLUMNS - 1);
    expect([...markerColumns([0, 1], 0, 1, 0)]).to.deep.equal([0]);
  });
});
