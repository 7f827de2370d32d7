// The watchdog for silence (issue #20): a player asked to play that makes no progress (no frame,
// no ready-state change, no error) for `stall-timeout` ms reports one fatal media-stalled, tries
// fallback-src (where the shopper was), and otherwise shows the error state with a working Retry.
// Without it each case below spun for ever with no event. hls.js's default load policies are kept
// on purpose: their time limits (two minutes for a segment) are what left these cases silent.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { clickAt, tapAt } from '../helpers/input.js';
import { MP4, REPLAY, part, playsPast } from './helpers.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';

const F = '/__faults';
// Long enough that a busy machine starts the stream (manifest, first segment) inside it.
const STALL_MS = 2500;

async function player(src: string, opts: { fallback?: string; hls?: Record<string, unknown>; autoplay?: boolean; locale?: string; ratio?: string } = {}) {
  const errors: ShoppableErrorEvent[] = [];
  const el = await fixture<ShoppableVideo>(html`<shoppable-video
    src=${src}
    fallback-src=${opts.fallback ?? ''}
    muted
    ?autoplay=${opts.autoplay ?? true}
    preload="auto"
    locale=${opts.locale ?? 'en'}
    aspect-ratio=${opts.ratio ?? '16 / 9'}
    stall-timeout=${STALL_MS}
    .hlsConfig=${opts.hls}
    @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
  ></shoppable-video>`);
  return { el, errors };
}

/** One fatal media-stalled, and the error state with its Retry. */
async function expectStalled(el: ShoppableVideo, errors: ShoppableErrorEvent[]) {
  await waitUntil(() => errors.length > 0 && part(el, 'retry'), 'no stall reported');
  await aTimeout(STALL_MS); // no second report for the same stall
  expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['media-stalled', true]]);
  expect(errors[0].detail.message).to.contain(`${STALL_MS} ms`);
  expect(el.hasAttribute('error')).to.be.true;
  expect(el.hls).to.equal(null);
}

describe('reliability: the watchdog for silence', function () {
  this.timeout(40_000);
  afterEach(async () => {
    await resetMouse();
    await setViewport({ width: 800, height: 600 });
  });

  it('a segment that stalls mid-transfer → one media-stalled, then Retry (pressed) plays again', async () => {
    const { el, errors } = await player(`${F}/hold/seg001.ts/${REPLAY}`);
    await playsPast(el, 0.5);
    await expectStalled(el, errors);
    await clickAt(part(el, 'retry')!);
    await waitUntil(() => !part(el, 'error'), 'Retry did not clear the error state');
    await playsPast(el, 0.5);
    // The same segment stalls again: one more report, and no more.
    await waitUntil(() => errors.length === 2, 'the second stall was not reported');
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['media-stalled', 'media-stalled']);
  });

  it('with fallback-src: the fallback plays on from where the shopper was, with no error', async () => {
    const { el, errors } = await player(`${F}/hold/seg001.ts/${REPLAY}`, { fallback: MP4 });
    await playsPast(el, 1.5);
    await waitUntil(() => el.video.src.includes(MP4) && el.video.readyState >= 1 && el.video.currentTime > 0, 'the fallback did not take over');
    // seg000 (0–2 s) played; seg001 never came: the fallback starts near 2 s, not at 0:00.
    expect(el.video.currentTime).to.be.within(1.4, 2.6);
    const from = el.video.currentTime;
    await waitUntil(() => el.video.currentTime > from + 0.5, 'the fallback did not play on');
    expect(errors).to.deep.equal([]);
    expect(part(el, 'error')).to.equal(null);
  });

  it('a transmuxer (parser) that never answers → one media-stalled at phone size in Arabic, and Retry works under a finger', async () => {
    await setViewport({ width: 390, height: 844 });
    // hls.js hands every segment to a worker whose script never arrives: nothing is ever parsed.
    const { el, errors } = await player(`/${REPLAY}`, { hls: { workerPath: `${F}/timeout/worker.js` }, locale: 'ar', ratio: '9 / 16' });
    await expectStalled(el, errors);
    expect(el.video.readyState).to.be.below(2);
    const retry = part(el, 'retry')!;
    expect(retry.textContent!.trim()).to.not.equal('');
    expect(el.shadowRoot!.querySelector('[part~="player"]')!.getAttribute('dir')).to.equal('rtl');
    await tapAt(retry);
    await waitUntil(() => !part(el, 'error'), 'Retry did not clear the error state');
    await waitUntil(() => errors.length === 2, 'the second stall was not reported');
  });

  it('a player not asked to play, or paused by the shopper, is never called stalled', async () => {
    const idle = await player(`${F}/hold/seg000.ts/${REPLAY}`, { autoplay: false });
    const paused = await player(`/${REPLAY}`);
    await playsPast(paused.el, 0.3);
    paused.el.pause();
    await aTimeout(STALL_MS * 2.5);
    expect(idle.errors).to.deep.equal([]);
    expect(paused.errors).to.deep.equal([]);
    expect(part(paused.el, 'error')).to.equal(null);
  });

  it('stall-timeout="0" turns the watchdog off', async () => {
    const { el, errors } = await player(`${F}/hold/seg001.ts/${REPLAY}`);
    el.stallTimeout = 0;
    await playsPast(el, 0.5);
    await aTimeout(STALL_MS * 3);
    expect(errors).to.deep.equal([]);
    expect(el.hls).to.not.equal(null);
  });

  it('a live stream that stops: its fallback starts at the live edge, not at the shopper\'s time', async () => {
    const id = `wd-live-${crypto.randomUUID()}`;
    try {
      await fetch(`/__live/${id}/start?elapsed=20&window=6`, { method: 'POST' });
      const src = `/__live/${id}/live.m3u8`;
      const { el, errors } = await player(src, { fallback: `${src}?fallback` });
      await waitUntil(() => el.video.currentTime > 0.5 && el.video.duration === Infinity, 'the live stream did not play');
      await fetch(`/__live/${id}/stall`, { method: 'POST' });
      const hls = () => el.hls as unknown as { url?: string; config: { startPosition: number } } | null;
      await waitUntil(() => hls()?.url?.endsWith('?fallback'), 'the fallback did not take over', { timeout: 25_000 });
      // -1: hls.js's own start, the live edge (a replay's fallback gets the shopper's time).
      expect(hls()!.config.startPosition).to.equal(-1);
      await fetch(`/__live/${id}/resume`, { method: 'POST' });
      await waitUntil(() => el.video.currentTime > 0.5 && !el.video.paused, 'the fallback did not play');
      expect(errors).to.deep.equal([]);
    } finally {
      await fetch(`/__live/${id}`, { method: 'DELETE' });
    }
  });
});
