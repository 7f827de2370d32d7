// Issue #20, the media side: inputs that used to leave the player silent (spinning, or at 0:00 with
// no error) or misreported. Each case is the input that showed it, through the fault server.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { FAST_HLS, MP4, REPLAY, errorState, part, player, playsPast, uniqueKey } from './helpers.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableErrorEvent } from '../../src/events.js';

const F = '/__faults';
const PIN_SHOW = {
  version: 1,
  id: 'pins',
  products: [
    { id: 'pin-bad', title: 'Bad pin', price: { amount: 100, currency: 'GBP' } },
    { id: 'pin-ok', title: 'Good pin', price: { amount: 100, currency: 'GBP' } },
  ],
  moments: [],
};

describe('reliability: no silent hang (media)', function () {
  this.timeout(30_000);

  for (const id of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    it(`an EXT-X-DATERANGE with ID="${id}" is skipped and reported; the stream plays with its other pins`, async () => {
      const errors: ShoppableErrorEvent[] = [];
      const el = await fixture<ShoppableVideo>(html`<shoppable-video
        src=${`${F}/daterange/${encodeURIComponent(id)}/${REPLAY}`}
        muted
        autoplay
        .show=${PIN_SHOW}
        .hlsConfig=${FAST_HLS}
        @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
      ></shoppable-video>`);
      await playsPast(el, 0.5);
      await waitUntil(() => el.activeProducts.some((p) => p.id === 'pin-ok'), 'the good pin did not show');
      expect(el.activeProducts.map((p) => p.id)).to.not.include('pin-bad');
      expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['show-invalid', false]]);
      expect(errors[0].detail.message).to.contain(`ID="${id}"`);
      expect(part(el, 'error')).to.equal(null);
    });
  }

  // A small forward buffer, so that a segment is fetched (and fails) while the shopper watches the
  // one before it, as on a long replay.
  const NEAR = { maxBufferLength: 1, maxMaxBufferLength: 2 };
  /**
   * Plays `src` (with the MP4 as fallback-src) at double speed until the fallback takes over;
   * resolves with the last time the shopper saw on the HLS source and the fallback's first time.
   */
  async function fallbackTakesOver(src: string) {
    const { el, errors } = await player(src, { fallback: MP4, hls: NEAR });
    let seen = 0;
    el.video.addEventListener('timeupdate', () => el.hls && (seen = el.video.currentTime));
    await playsPast(el, 0.1);
    el.playbackRate = 2;
    await waitUntil(() => el.video.src.includes(MP4), 'the fallback was not tried', { timeout: 20_000 });
    // Past half a second: the fallback either began where the shopper was, or played from 0:00
    // (a time read at the first frame of metadata may precede the engine's seek to the position).
    await waitUntil(() => el.video.readyState >= 1 && el.video.currentTime > 0.5, 'the fallback did not load');
    return { el, errors, seen, resumed: el.video.currentTime };
  }

  it('a corrupted TS segment (fatal once): the recovery loads it again from where playback was; never back to 0:00, never silent', async () => {
    const key = uniqueKey('corrupt');
    // The first copy is corrupt (hls.js finds it fatal); the recovery's load gets a clean one.
    const { el, errors } = await player(`${F}/corrupt/${key}/seg002.ts/1/${REPLAY}`, { hls: NEAR });
    await playsPast(el, 1);
    el.playbackRate = 2;
    // The recovery attaches a new MediaSource (the time reads 0 until it is loaded): what counts is
    // where playback goes on, so only times with media to show are looked at.
    let back = false;
    el.video.addEventListener('timeupdate', () => {
      if (el.video.currentTime < 1 && el.video.readyState >= 2) back = true;
    });
    // seg002 is 4–6 s: played on past it. (hls.js reports the broken fragment fatal twice, a few ms
    // apart; the second report once ended the recovery in a media-decode error.)
    const state = () => `t=${el.video.currentTime} paused=${el.video.paused} readyState=${el.video.readyState} errors=${errors.map((e) => e.detail.code)}`;
    await waitUntil(() => el.video.currentTime > 7 || errors.length > 0, 'silent', { timeout: 20_000 }).catch(() => expect.fail(`silent: ${state()}`));
    expect(errors, state()).to.deep.equal([]);
    expect(back, 'time went back to 0:00').to.be.false;
    const { count } = await (await fetch(`${F}/counts/${key}`)).json();
    expect(count, 'the recovery loaded the segment again').to.be.at.least(2);
  });

  it('a segment that stays corrupt: one fatal media-decode error with Retry, not a spinner at 0:00', async () => {
    const key = uniqueKey('corrupt-always');
    const { el, errors } = await player(`${F}/corrupt/${key}/seg002.ts/always/${REPLAY}`, { hls: NEAR });
    await errorState(el, errors, 15_000);
    await aTimeout(300);
    expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['media-decode', true]]);
  });

  it('a segment that stays corrupt with fallback-src: the fallback plays on from where the shopper was', async () => {
    const { errors, seen, resumed } = await fallbackTakesOver(`${F}/corrupt/${uniqueKey('corrupt-fallback')}/seg003.ts/always/${REPLAY}`);
    expect(seen, 'the shopper got into the replay').to.be.above(2);
    expect(resumed).to.be.closeTo(seen, 1);
    expect(errors).to.deep.equal([]);
  });

  it('a VOD that fails mid-way resumes its fallback-src where the shopper was', async () => {
    const { el, errors, seen, resumed } = await fallbackTakesOver(`${F}/seg/${uniqueKey('mid')}/seg003.ts/always/${REPLAY}`);
    // seg003 (6–8 s) never loads: the shopper was past 4 s when the HLS source gave up.
    expect(seen).to.be.above(4);
    expect(resumed).to.be.closeTo(seen, 1);
    const from = el.video.currentTime;
    await waitUntil(() => el.video.currentTime > from + 0.5, 'the fallback did not play on');
    expect(errors).to.deep.equal([]);
  });

  it('a fallback-src set after playback started is the one tried when the source fails', async () => {
    const { el, errors } = await player(`${F}/seg/${uniqueKey('late-fallback')}/seg002.ts/always/${REPLAY}`, { hls: NEAR });
    await playsPast(el, 0.1);
    el.setAttribute('fallback-src', MP4);
    await waitUntil(() => el.video.src.includes(MP4), 'the fallback was not tried', { timeout: 20_000 });
    await waitUntil(() => el.video.currentTime > 0 && !el.video.paused, 'the fallback did not play');
    expect(errors).to.deep.equal([]);
    expect(part(el, 'error')).to.equal(null);
  });

  it('src and fallback-src both 404 → one fatal media-network error, not "Format error"', async () => {
    const { el, errors } = await player(`${F}/404/${REPLAY}`, { fallback: `${F}/404/replay.mp4` });
    await errorState(el, errors);
    await aTimeout(300);
    expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['media-network', true]]);
    expect(errors[0].detail.message).to.not.contain('Format error');
  });

  it('a 404 MP4 alone → media-network', async () => {
    const { el, errors } = await player(`${F}/404/replay.mp4`);
    await errorState(el, errors);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['media-network']);
  });
});
