import { expect } from '@open-wc/testing';
import { CueTimeline, TimelineCursor } from '../../src/core/timeline.js';
import type { Moment } from '../../src/types.js';

const m = (productId: string, start: number, end: number): Moment => ({ productId, start, end });
const ids = (list: readonly Moment[]) => list.map((x) => x.productId);

/** mulberry32: a tiny seeded PRNG, so the random tests are the same on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteForce(moments: readonly Moment[], t: number): Moment[] {
  if (!(t >= 0)) return [];
  return moments
    .map((x, i) => ({ x, i }))
    .filter(({ x }) => x.start <= t && t < x.end)
    .sort((a, b) => a.x.start - b.x.start || a.x.end - b.x.end || a.i - b.i)
    .map(({ x }) => x);
}

function randomMoments(count: number, random: () => number, span: number): Moment[] {
  return Array.from({ length: count }, (_, i) => {
    // Integer-ish starts make exact boundary hits and identical ranges common.
    const start = random() < 0.3 ? Math.floor(random() * span) : random() * span;
    const length = random() < 0.3 ? Math.ceil(random() * 5) : random() * span * 0.01 + 0.001;
    return m(`p${i}`, start, start + length);
  });
}

describe('CueTimeline.at', () => {
  const a = m('a', 0, 10);
  const d = m('d', 2, 4); // nested in a
  const b = m('b', 5, 15);
  const c = m('c', 5, 15); // identical to b, listed after it
  const e = m('e', 20, 30);
  const timeline = new CueTimeline([e, b, c, a, d]);

  const cases: Array<[number, string[]]> = [
    [0, ['a']],
    [1.999, ['a']],
    [2, ['a', 'd']],
    [3.5, ['a', 'd']],
    [4, ['a']],
    [5, ['a', 'b', 'c']],
    [9.999, ['a', 'b', 'c']],
    [10, ['b', 'c']],
    [14.999, ['b', 'c']],
    [15, []],
    [19.999, []],
    [20, ['e']],
    [29.999, ['e']],
    [30, []],
    [1e9, []],
    [Infinity, []],
    [-0.001, []],
    [-Infinity, []],
    [NaN, []],
  ];
  for (const [t, expected] of cases) {
    it(`at(${t}) → [${expected.join(', ')}]`, () => {
      expect(ids(timeline.at(t))).to.deep.equal(expected);
    });
  }

  it('returns the moment objects themselves', () => {
    expect(timeline.at(2)[1]).to.equal(d);
  });

  it('sorts moments by start then end, keeping the given order for identical ranges', () => {
    expect(ids(timeline.moments)).to.deep.equal(['a', 'd', 'b', 'c', 'e']);
    expect(timeline.size).to.equal(5);
  });

  it('orders overlapping results by start, then end', () => {
    const t = new CueTimeline([m('long', 1, 9), m('short', 1, 3), m('late', 2, 5)]);
    expect(ids(t.at(2))).to.deep.equal(['short', 'long', 'late']);
  });

  it('leaves out moments that can never be active', () => {
    const t = new CueTimeline([m('empty', 5, 5), m('reversed', 6, 2), m('nan', NaN, 3), m('ok', 1, 2)]);
    expect(t.size).to.equal(1);
    expect(ids(t.at(5))).to.deep.equal([]);
    expect(ids(t.at(1))).to.deep.equal(['ok']);
  });

  it('answers nothing on an empty timeline', () => {
    const t = new CueTimeline([]);
    expect(t.size).to.equal(0);
    expect(t.at(0)).to.deep.equal([]);
    expect(t.nextBoundary(0)).to.equal(Infinity);
  });

  it('keeps a moment with an open end active for ever', () => {
    const t = new CueTimeline([m('live', 100, Infinity)]);
    expect(ids(t.at(1e12))).to.deep.equal(['live']);
    expect(t.nextBoundary(100)).to.equal(Infinity);
  });
});

describe('CueTimeline build', () => {
  // Like the timeline: `a.start - b.start` is NaN for two infinite starts.
  const byRange = (a: Moment, b: Moment) =>
    a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
  /** The reference order: a stable comparator sort of the moments that can be active. */
  const reference = (moments: readonly Moment[]) => moments.filter((x) => x.end > x.start).sort(byRange);

  it('orders like a stable sort by start then end, for signed, zero, infinite and tied starts', () => {
    const random = prng(42);
    const values = [-Infinity, -3, -1e-300, -0, 0, 1e-300, 1, 1 + 2 ** -52, 7, 7.5, 1e300];
    for (const count of [2, 17, 40, 3000]) {
      // Few distinct values, so runs of identical starts are both short and long (over 16).
      const moments = Array.from({ length: count }, (_, i) => {
        const start = values[Math.floor(random() * values.length)];
        const end = random() < 0.1 ? Infinity : start + [0, 1, 2, 1e-9][Math.floor(random() * 4)];
        return m(`p${i}`, start, end);
      });
      const timeline = new CueTimeline(moments);
      const expected = reference(moments);
      expect(timeline.size, `size of ${count}`).to.equal(expected.length);
      timeline.moments.forEach((x, i) => expect(x, `item ${i} of ${count}`).to.equal(expected[i]));
    }
  });

  it('orders starts that differ only in their last bits', () => {
    // A start this far from its neighbours shares their sort key until the comparator decides.
    const base = 1000;
    const moments = [m('c', base + 2e-10, base + 1), m('a', base, base + 1), m('b', base + 1e-10, base + 1), m('a2', base, base + 0.5)];
    expect(ids(new CueTimeline(moments).moments)).to.deep.equal(['a2', 'a', 'b', 'c']);
  });

  it('keeps its own copy of moments that arrive in order', () => {
    const moments = [m('a', 0, 1), m('b', 1, 2)];
    const timeline = new CueTimeline(moments);
    expect(timeline.moments).not.to.equal(moments);
    moments.reverse();
    expect(ids(timeline.moments)).to.deep.equal(['a', 'b']);
  });

  it('leaves out moments that can never be active from a list otherwise in order', () => {
    const timeline = new CueTimeline([m('a', 0, 1), m('empty', 1, 1), m('b', 2, 3), m('nan', 4, NaN)]);
    expect(ids(timeline.moments)).to.deep.equal(['a', 'b']);
    expect(ids(timeline.at(2))).to.deep.equal(['b']);
  });

  it('finds the boundaries around any time, ignoring infinite starts and ends', () => {
    const timeline = new CueTimeline([m('a', -Infinity, 2), m('b', 5, Infinity), m('c', 3, 5), m('d', -0, 1)]);
    const cases: Array<[number, number, number]> = [
      // t, previousBoundary(t), nextBoundary(t)
      [NaN, -Infinity, 0],
      [-Infinity, -Infinity, 0],
      [-1, -Infinity, 0],
      [0, 0, 1],
      [1.5, 1, 2],
      [2, 2, 3],
      [5, 5, Infinity],
      [1e308, 5, Infinity],
      [Infinity, 5, Infinity],
    ];
    for (const [t, previous, next] of cases) {
      expect(timeline.previousBoundary(t), `previousBoundary(${t})`).to.equal(previous);
      expect(timeline.nextBoundary(t), `nextBoundary(${t})`).to.equal(next);
    }
  });
});

describe('CueTimeline.nextBoundary', () => {
  const timeline = new CueTimeline([m('a', 0, 10), m('b', 5, 15), m('c', 5, 15), m('d', 20, 30)]);
  const cases: Array<[number, number]> = [
    [-5, 0],
    [NaN, 0],
    [0, 5],
    [4.99, 5],
    [5, 10],
    [10, 15],
    [15, 20],
    [29.999, 30],
    [30, Infinity],
    [Infinity, Infinity],
  ];
  for (const [t, expected] of cases) {
    it(`nextBoundary(${t}) → ${expected}`, () => {
      expect(timeline.nextBoundary(t)).to.equal(expected);
    });
  }
});

describe('TimelineCursor', () => {
  const a = m('a', 10, 20);
  const b = m('b', 15, 25);
  const c = m('c', 40, 41);
  const timeline = new CueTimeline([a, b, c]);

  function steps(cursor: TimelineCursor, table: Array<[number, string[], string[], string[]]>) {
    for (const [t, active, entered, exited] of table) {
      const change = cursor.update(t);
      const got = [ids(change.active), ids(change.entered), ids(change.exited)];
      expect(got, `at ${t}`).to.deep.equal([active, entered, exited]);
      expect(change.changed, `changed at ${t}`).to.equal(entered.length + exited.length > 0);
    }
  }

  it('reports entries and exits during forward play, at exact boundaries', () => {
    steps(new TimelineCursor(timeline), [
      [0, [], [], []],
      [9.99, [], [], []],
      [10, ['a'], ['a'], []],
      [14.99, ['a'], [], []],
      [15, ['a', 'b'], ['b'], []],
      [20, ['b'], [], ['a']],
      [25, [], [], ['b']],
    ]);
  });

  it('handles seeks backward and forward', () => {
    steps(new TimelineCursor(timeline), [
      [22, ['b'], ['b'], []],
      [12, ['a'], ['a'], ['b']],
      [16, ['a', 'b'], ['b'], []],
      [0, [], [], ['a', 'b']],
      [40.5, ['c'], ['c'], []],
      [17, ['a', 'b'], ['a', 'b'], ['c']],
    ]);
  });

  it('reports neither entry nor exit for a moment jumped over (a fast rate or a seek)', () => {
    steps(new TimelineCursor(timeline), [
      [30, [], [], []],
      [45, [], [], []],
      [39, [], [], []],
      [5, [], [], []],
      [30, [], [], []],
    ]);
  });

  it('returns the same active array, unchanged, while nothing changes', () => {
    const cursor = new TimelineCursor(timeline);
    const first = cursor.update(11);
    expect(first.changed).to.equal(true);
    const second = cursor.update(12);
    const third = cursor.update(14.5);
    expect(second.changed).to.equal(false);
    expect(second.active).to.equal(first.active);
    expect(third).to.equal(second);
    expect(second.entered).to.have.length(0);
    expect(second.exited).to.have.length(0);
  });

  it('returns the same active array after a seek that lands in the same set', () => {
    const cursor = new TimelineCursor(timeline);
    const before = cursor.update(30).active;
    const after = cursor.update(35);
    expect(after.active).to.equal(before);
    expect(after.changed).to.equal(false);
  });

  it('reports everything active as entered again after reset()', () => {
    const cursor = new TimelineCursor(timeline);
    cursor.update(16);
    cursor.reset();
    steps(cursor, [[16, ['a', 'b'], ['a', 'b'], []]]);
  });

  it('treats a negative or NaN time as nothing active', () => {
    steps(new TimelineCursor(timeline), [
      [12, ['a'], ['a'], []],
      [-1, [], [], ['a']],
      [12, ['a'], ['a'], []],
      [NaN, [], [], ['a']],
      [NaN, [], [], []],
    ]);
  });

  it('diffs against the previous set when the timeline is swapped', () => {
    const cursor = new TimelineCursor(timeline);
    cursor.update(16);
    const pin = m('pin', 16, 18);
    cursor.setTimeline(new CueTimeline([a, b, pin]));
    steps(cursor, [
      [16.5, ['a', 'b', 'pin'], ['pin'], []],
      [18, ['a', 'b'], [], ['pin']],
    ]);
    // Equal ranges but different objects are different moments.
    cursor.setTimeline(new CueTimeline([{ ...a }, b]));
    const change = cursor.update(18);
    expect(ids(change.entered)).to.deep.equal(['a']);
    expect(change.exited).to.deep.equal([a]);
    cursor.setTimeline(new CueTimeline([]));
    steps(cursor, [[18, [], [], ['a', 'b']]]);
  });
});

describe('CueTimeline against a brute-force filter', () => {
  it('agrees for 10,000 random moments at 2,000 random times', () => {
    const random = prng(20260301);
    const moments = randomMoments(10_000, random, 3600);
    const timeline = new CueTimeline(moments);
    expect(timeline.size).to.equal(10_000);
    const boundaries = moments.flatMap((x) => [x.start, x.end]).sort((x, y) => x - y);
    for (let i = 0; i < 2000; i++) {
      // Half the probes land exactly on a boundary.
      const pick = moments[Math.floor(random() * moments.length)];
      const t = i % 2 === 0 ? random() * 3700 - 50 : i % 4 === 1 ? pick.start : pick.end;
      const got = timeline.at(t);
      const expected = bruteForce(moments, t);
      expect(got.length, `count at ${t}`).to.equal(expected.length);
      for (let k = 0; k < got.length; k++) expect(got[k], `item ${k} at ${t}`).to.equal(expected[k]);
      const next = timeline.nextBoundary(t);
      const expectedNext = boundaries.find((x) => x > t) ?? Infinity;
      expect(next, `next boundary after ${t}`).to.equal(expectedNext);
      let expectedPrevious = -Infinity;
      for (const x of boundaries) if (x <= t) expectedPrevious = x;
      expect(timeline.previousBoundary(t), `previous boundary at ${t}`).to.equal(expectedPrevious);
    }
  });

  it('gives a cursor the same entries and exits as diffing brute-force sets', () => {
    const random = prng(7);
    const moments = randomMoments(2000, random, 600);
    const cursor = new TimelineCursor(new CueTimeline(moments));
    let previous: Moment[] = [];
    let t = 0;
    for (let i = 0; i < 3000; i++) {
      // Mostly frame-sized steps, sometimes a seek anywhere.
      t = random() < 0.05 ? random() * 620 - 10 : t + random() * 0.2;
      const change = cursor.update(t);
      const now = bruteForce(moments, t);
      expect(change.active, `active at ${t}`).to.deep.equal(now);
      expect(change.entered, `entered at ${t}`).to.deep.equal(now.filter((x) => !previous.includes(x)));
      expect(change.exited, `exited at ${t}`).to.deep.equal(previous.filter((x) => !now.includes(x)));
      previous = now;
    }
  });

  it('builds 100,000 moments correctly', () => {
    const random = prng(100_000);
    const moments = randomMoments(100_000, random, 36_000);
    const timeline = new CueTimeline(moments);
    expect(timeline.size).to.equal(100_000);
    for (let i = 1; i < timeline.moments.length; i++) {
      const p = timeline.moments[i - 1];
      const q = timeline.moments[i];
      expect(p.start < q.start || (p.start === q.start && p.end <= q.end), `order at ${i}`).to.equal(true);
    }
    for (let i = 0; i < 50; i++) {
      const t = random() * 36_000;
      expect(timeline.at(t)).to.deep.equal(bruteForce(moments, t));
    }
  });
});
