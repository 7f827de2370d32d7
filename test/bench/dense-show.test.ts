import { expect } from '@open-wc/testing';
import { DENSITIES, FRAME, denseShow, edgePeriod } from '../../bench/pages/dense-show.js';
import { validateShow } from '../../src/core/show.js';
import { CueTimeline } from '../../src/core/timeline.js';

// The benchmark's dense shows must be what their rows say they are: read by the library's own
// validator and cue timeline, `active` moments of `active` different products at every time.
describe('bench: dense show generator', () => {
  for (const active of DENSITIES) {
    it(`${active} active: valid, and exactly ${active} moments and products at every sampled time`, () => {
      const { show, issues } = validateShow(denseShow({ active }));
      expect(issues).to.deep.equal([]);
      const timeline = new CueTimeline(show.moments);
      const every = edgePeriod(active);
      // Between edges, on edges (where one moment ends and the next starts), and near the ends.
      const times = [0, every / 2, every, 1, 7.5, 30 + every, 59.99];
      for (let i = 0; i < 200; i++) times.push(Math.round(((i * 59.7) / 200) * 1e6) / 1e6);
      for (const t of times) {
        const now = timeline.at(t);
        expect(now.length, `moments at ${t}`).to.equal(active);
        expect(new Set(now.map((m) => m.productId)).size, `products at ${t}`).to.equal(active);
        expect(now.every((m) => m.position)).to.equal(true);
      }
    });
  }

  it('the dense shows change what is active every frame', () => {
    for (const active of [100, 500]) {
      const { moments } = denseShow({ active });
      const edges = [...new Set(moments.flatMap((m) => [m.start, m.end]))].filter((t) => t < 60).sort((a, b) => a - b);
      const gaps = edges.slice(1).map((t, i) => t - edges[i]);
      expect(Math.max(...gaps)).to.be.closeTo(FRAME, 1e-5);
      expect(edges.length).to.be.within(3590, 3610);
    }
  });

  it('is deterministic for a seed, and the seed changes the draw', () => {
    expect(denseShow({ active: 10 })).to.deep.equal(denseShow({ active: 10 }));
    const a = denseShow({ active: 10, seed: 1 }).moments[5].position;
    const b = denseShow({ active: 10, seed: 2 }).moments[5].position;
    expect(a).not.to.deep.equal(b);
  });

  it('refuses densities it was not built for', () => {
    expect(() => denseShow({ active: 0 })).to.throw(RangeError);
    expect(() => denseShow({ active: 501 })).to.throw(RangeError);
    expect(() => denseShow({ active: 10, every: 0 })).to.throw(RangeError);
  });
});
