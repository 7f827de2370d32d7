import { expect } from '@open-wc/testing';
import { ALWAYS_DRAWN, ListWindow } from '../../src/core/list-window.js';

describe('ListWindow', () => {
  it('draws nothing for an empty list, and a short list whole wherever the view is', () => {
    expect(new ListWindow(0).range(0, 500, 500)).to.deep.equal({ start: 0, end: 0, before: 0, after: 0 });
    expect(new ListWindow(ALWAYS_DRAWN).range(10_000, 0, 0)).to.deep.equal({ start: 0, end: ALWAYS_DRAWN, before: 0, after: 0 });
  });

  it('draws at least one entry of a long list', () => {
    const w = new ListWindow(ALWAYS_DRAWN + 1);
    const r = w.range(0, 0, 0);
    expect([r.start, r.end]).to.deep.equal([0, 1]);
  });

  it('estimates entries never measured as 320 px, then as the mean of those measured', () => {
    const w = new ListWindow(1000, 10);
    expect(w.estimate).to.equal(320);
    expect(w.measure(0, 100)).to.equal(true);
    expect(w.measure(1, 300)).to.equal(true);
    expect(w.measure(1, 300)).to.equal(false);
    expect(w.estimate).to.equal(200);
    expect(w.offsetOf(3)).to.equal(100 + 10 + 300 + 10 + 200 + 10);
  });

  it('ignores measurements of entries that do not exist or heights that are not numbers', () => {
    const w = new ListWindow(2);
    expect(w.measure(-1, 10)).to.equal(false);
    expect(w.measure(2, 10)).to.equal(false);
    expect(w.measure(0, NaN)).to.equal(false);
    expect(w.estimate).to.equal(320);
  });

  // 1,000 entries of 100 px with 10 px gaps: entry i spans [110 i, 110 i + 100).
  const list = () => {
    const w = new ListWindow(1000, 10);
    for (let i = 0; i < 1000; i++) w.measure(i, 100);
    return w;
  };
  const cases: Array<[string, number, number, number, [number, number]]> = [
    ['the top, no overscan', 0, 500, 0, [0, 5]],
    ['the top, a screen of overscan', 0, 500, 500, [0, 10]],
    ['the middle', 55_000, 500, 500, [495, 510]],
    ['the bottom', 109_490, 500, 500, [990, 1000]],
    ['scrolled past the end', 1e9, 500, 500, [999, 1000]],
    ['a negative scroll (rubber band)', -300, 500, 0, [0, 2]],
  ];
  for (const [name, top, height, overscan, [start, end]] of cases) {
    it(`draws [${start}, ${end}) at ${name}, and the space of the rest`, () => {
      const w = list();
      const r = w.range(top, height, overscan);
      expect([r.start, r.end]).to.deep.equal([start, end]);
      expect(r.before).to.equal(110 * start);
      // The whole list's height is what is drawn plus the space before and after.
      const drawn = end > start ? 110 * (end - start) - 10 : 0;
      expect(r.before + drawn + r.after).to.equal(110 * 1000 - 10);
    });
  }

  it('draws a bounded number of entries for any view at 1,000 entries', () => {
    const w = list();
    for (let top = 0; top < 110_000; top += 997) {
      const r = w.range(top, 844, 844);
      expect(r.end - r.start).to.be.within(1, Math.ceil((3 * 844) / 110) + 2);
    }
  });
});
