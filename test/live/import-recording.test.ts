// The live-pin import against the live studio itself, in real time: a show is started, two products
// are pinned as the producer page pins them, the show ends, and its recording imports back to the
// moments the studio's own state reports (pin dates less the show's start date), not read from the
// playlist. (test/core/import/live-pins.test.ts does the same with a committed recording.)
import { expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { importLivePins } from '../../src/core/import/index.js';

interface State {
  startDate: string;
  liveEdge: string;
}
interface Pin {
  id: string;
  startDate: string;
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(path, {
    method,
    cache: 'no-store',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.ok, text).to.equal(true);
  return (res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T;
}

const seconds = (date: string, from: string) => (Date.parse(date) - Date.parse(from)) / 1000;

describe('import: live pins from a live studio show, recorded in real time', () => {
  const base = `/__live/import-${Math.random().toString(36).slice(2, 10)}`;
  after(() => call('DELETE', base));

  it('gives the moments the studio pinned', async () => {
    const started = await call<State>('POST', `${base}/start?elapsed=10`);
    const fan = await call<Pin>('POST', `${base}/pin`, { productId: 'silk-fan', duration: 1 });
    const lantern = await call<Pin>('POST', `${base}/pin`, { productId: 'paper-lantern', x: 0.25, y: 0.5 });
    // The recording holds whole segments: wait until one ends after the last pin.
    await waitUntil(
      async () => Date.parse((await call<State>('GET', `${base}/`)).liveEdge) > Date.parse(lantern.startDate),
      'a segment recorded after the pins',
      { interval: 200 },
    );
    const ended = await call<State>('POST', `${base}/end`);
    const recording = await call<string>('GET', `${base}/recording.m3u8`);
    const end = seconds(ended.liveEdge, started.startDate);

    const { moments, productIds, issues } = importLivePins(recording);
    expect(issues).to.deep.equal([]);
    expect(productIds).to.deep.equal(['silk-fan', 'paper-lantern']);
    const fanStart = seconds(fan.startDate, started.startDate);
    const lanternStart = seconds(lantern.startDate, started.startDate);
    expect(fanStart).to.be.at.least(20);
    expect(moments).to.deep.equal([
      { productId: 'silk-fan', start: fanStart, end: Math.min(end, Math.round((fanStart + 1) * 1000) / 1000) },
      { productId: 'paper-lantern', start: lanternStart, end, position: { x: 0.25, y: 0.5 } },
    ]);
  });
});
