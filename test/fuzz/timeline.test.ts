import * as fc from 'fast-check';
import { CueTimeline, TimelineCursor, type TimelineChange } from '../../src/core/timeline.js';
import type { Moment } from '../../src/types.js';
import { check } from './arbitraries.js';
import { ok } from './invariants.js';

/** Few distinct values, so ranges tie, touch and nest; plus the values a broken clock gives. */
const EDGES = [0, 0.5, 1, 1.5, 2, 3, 5, 8, 13, -1, Infinity, -Infinity, Number.NaN, -0];
const time = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EDGES) },
  { weight: 2, arbitrary: fc.double({ min: -2, max: 15 }) },
);

const moments = fc.array(
  fc.record({ start: time, end: time }).map(({ start, end }): Moment => ({ productId: 'p', start, end })),
  { maxLength: 12 },
);

type Op =
  | { readonly op: 'seek'; readonly t: number }
  | { readonly op: 'edge'; readonly pick: number; readonly nudge: number }
  | { readonly op: 'play'; readonly dt: number }
  | { readonly op: 'reset' }
  | { readonly op: 'swap'; readonly keep: readonly boolean[]; readonly extra: readonly Moment[] };

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: time.map((t) => ({ op: 'seek' as const, t })) },
  // Seeks onto a start or end of the current moments, or just either side of it.
  {
    weight: 3,
    arbitrary: fc.record({ pick: fc.nat(), nudge: fc.constantFrom(0, -1e-9, 1e-9) }).map((e) => ({ op: 'edge' as const, ...e })),
  },
  { weight: 5, arbitrary: fc.double({ min: 0, max: 0.6, noNaN: true }).map((dt) => ({ op: 'play' as const, dt })) },
  { weight: 1, arbitrary: fc.constant({ op: 'reset' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ keep: fc.array(fc.boolean(), { maxLength: 12 }), extra: moments }).map((s) => ({ op: 'swap' as const, ...s })),
  },
);

// `a.start - b.start` is NaN for two infinite starts: compare like the timeline does.
function byRange(a: Moment, b: Moment): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
}

/** The brute-force model: valid ranges containing `t`, by start then end, ties in the given order. */
function model(all: readonly Moment[], t: number): Moment[] {
  if (!(t >= 0)) return [];
  const valid = all.filter((m) => m.start === m.start && m.end === m.end && m.end > m.start);
  return valid.sort(byRange).filter((m) => m.start <= t && t < m.end);
}

const same = (a: readonly Moment[], b: readonly Moment[]) => a.length === b.length && a.every((m, i) => m === b[i]);
const show = (ms: readonly Moment[]) => JSON.stringify(ms.map((m) => [m.productId, m.start, m.end]));

describe('fuzz: CueTimeline and TimelineCursor agree with a brute-force model', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  it('CueTimeline.at(t) is exactly the moments containing t, in order', () => {
    check(
      fc.property(moments, fc.array(time, { minLength: 1, maxLength: 20 }), (ms, times) => {
        const timeline = new CueTimeline(ms);
        for (const t of times) {
          const got = timeline.at(t);
          const want = model(ms, t);
          ok(same(got, want), `at(${t}): ${show(got)}, expected ${show(want)}`);
          // Nothing changes strictly between the boundaries around t: the cursor relies on it.
          const before = timeline.previousBoundary(t);
          const after = timeline.nextBoundary(t);
          ok(!(before > t) && !(after <= t && after !== Infinity), `boundaries ${before}, ${after} around ${t}`);
          if (t >= 0 && Number.isFinite(after)) {
            const mid = t + (after - t) / 2;
            if (mid < after) ok(same(timeline.at(mid), want), `changed between ${t} and the next boundary ${after}`);
          }
        }
      }),
      400,
    );
  });

  it('each update reports what entered and exited since the last, for any seeks, plays, resets and swaps', () => {
    check(
      fc.property(moments, fc.array(op, { minLength: 1, maxLength: 60, size: 'max' }), (initial, ops) => {
        let current = initial;
        const cursor = new TimelineCursor(new CueTimeline(current));
        let previous: TimelineChange | undefined;
        let modelActive: Moment[] = [];
        let t = 0;
        for (const o of ops) {
          if (o.op === 'reset') {
            cursor.reset();
            modelActive = [];
            previous = undefined;
            continue;
          }
          if (o.op === 'swap') {
            current = [...current.filter((_, i) => o.keep[i]), ...o.extra];
            cursor.setTimeline(new CueTimeline(current));
            continue;
          }
          if (o.op === 'seek') t = o.t;
          else if (o.op === 'play') t += o.dt;
          else {
            const m = current[o.pick % Math.max(1, current.length)];
            t = m ? (o.pick % 2 ? m.end : m.start) + o.nudge : t;
          }
          const change = cursor.update(t);
          const want = model(current, t);
          const entered = want.filter((m) => !modelActive.includes(m));
          const exited = modelActive.filter((m) => !want.includes(m));
          const at = `update(${t}) after ${show(modelActive)}`;
          ok(same(change.active, want), `${at}: active ${show(change.active)}, expected ${show(want)}`);
          ok(same(change.entered, entered), `${at}: entered ${show(change.entered)}, expected ${show(entered)}`);
          ok(same(change.exited, exited), `${at}: exited ${show(change.exited)}, expected ${show(exited)}`);
          ok(change.changed === (entered.length + exited.length > 0), `${at}: changed is ${change.changed}`);
          if (!change.changed && previous) ok(change.active === previous.active, `${at}: a new active array with no change`);
          previous = change;
          modelActive = want;
        }
      }),
      300,
    );
  });
});

describe('fuzz regressions: timeline', function (this: Mocha.Suite) {
  // CPU-bound properties: on a loaded 2-core machine one may take longer than the 15 s default.
  this.timeout(60_000);
  // Found by the property above (seed 20260301): after update(Infinity) the cursor cached "nothing
  // active" for [last boundary, Infinity), hiding a moment that ends at Infinity (an open live pin).
  it('after a seek to Infinity, a moment that ends at Infinity is active again at a finite time', () => {
    const open: Moment = { productId: 'p', start: 0, end: Infinity };
    const cursor = new TimelineCursor(new CueTimeline([open]));
    ok(cursor.update(Infinity).active.length === 0, 'nothing is active at Infinity');
    const change = cursor.update(0);
    ok(same(change.active, [open]) && same(change.entered, [open]), `active at 0: ${show(change.active)}`);
  });
});
