import { expect } from '@open-wc/testing';
import { validateShow, validateShowSteps } from '../../src/core/show.js';
import { runInSlices } from '../../src/core/slices.js';

/** Steps that count how far they got, yielding after each of `n` units of work. */
function* counted(n: number, done: { steps: number }): Generator<void, string> {
  for (let i = 0; i < n; i++) {
    done.steps++;
    yield;
  }
  return 'end';
}

/** A clock that moves one millisecond each time it is read, and a pause that counts. */
const fake = () => {
  let t = 0;
  const pauses: number[] = [];
  return { now: () => t++, pause: async () => void pauses.push(t), pauses };
};

describe('runInSlices', () => {
  it('runs work that fits in a slice at once, without pausing', async () => {
    const clock = fake();
    const done = { steps: 0 };
    expect(await runInSlices(counted(5, done), { ...clock, sliceMs: 30 })).to.equal('end');
    expect(clock.pauses).to.deep.equal([]);
  });

  it('pauses each time a slice is spent, and once more before returning', async () => {
    const clock = fake();
    const done = { steps: 0 };
    expect(await runInSlices(counted(100, done), { ...clock, sliceMs: 10 })).to.equal('end');
    expect(done.steps).to.equal(100);
    // Each slice reads the clock about ten times: about ten pauses, plus the last one.
    expect(clock.pauses.length).to.be.within(9, 12);
  });

  it('counts the work done before the steps (`since`) in the first slice', async () => {
    const clock = fake();
    await runInSlices(counted(3, { steps: 0 }), { ...clock, sliceMs: 30, since: -100 });
    expect(clock.pauses.length).to.equal(2);
  });

  it('stops at a pause once the signal is aborted, and returns undefined', async () => {
    const clock = fake();
    const signal = { aborted: false };
    const done = { steps: 0 };
    const pause = async () => {
      signal.aborted = true;
    };
    expect(await runInSlices(counted(100, done), { now: clock.now, pause, signal, sliceMs: 5 })).to.equal(undefined);
    expect(done.steps).to.be.below(10);
  });
});

describe('validateShowSteps', () => {
  it('gives what validateShow gives, in small steps: one per product and per 500 moments', async () => {
    const values = Array.from({ length: 100 }, (_, v) => `v${v}`);
    const options = Array.from({ length: 10 }, (_, o) => ({ name: `o${o}`, values }));
    const products: unknown[] = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, title: `P${i}`, options }));
    const moments: unknown[] = Array.from({ length: 5000 }, (_, i) => ({ productId: `p${i % 50}`, start: (i * 7) % 60, end: 61 }));
    // Invalid entries too, so that issues are compared as well.
    products.push({ id: 'p1', title: 'again' }, 7);
    moments.push({ productId: 'nope', start: 1, end: 2 });
    const doc = { id: 's', products, moments, video: { poster: 'poster.jpg' } };
    let yields = 0;
    for (const _ of validateShowSteps(doc)) yields++;
    expect(yields).to.be.at.least(52 + 10);
    const clock = fake();
    const sliced = await runInSlices(validateShowSteps(doc, { baseUrl: 'https://a.example/' }), { ...clock, sliceMs: 20 });
    expect(clock.pauses.length).to.be.above(2);
    expect(sliced).to.deep.equal(validateShow(doc, { baseUrl: 'https://a.example/' }));
  });

  it('is a single step for a document that is not an object', () => {
    const steps = validateShowSteps('no');
    const first = steps.next();
    expect(first.done).to.equal(true);
  });
});
