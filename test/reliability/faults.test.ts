// The fault matrix: the real hls.js against test/servers/media-faults.mjs. Every case asserts what
// a viewer sees (playing past the fault, or the error state with Retry) and the shoppable-error
// events a page gets. docs/errors.md ("What happens under network faults") mirrors this file.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { MP4, REPLAY, errorState, part, player, playsPast, uniqueKey } from './helpers.js';

const F = '/__faults';

/** Asserts the settled fatal outcome: one fatal event with `code`, error part and Retry, no hls.js. */
async function expectFatal(src: string, code: string) {
  const { el, errors } = await player(src);
  await errorState(el, errors);
  // No second report arrives for the same failure.
  await aTimeout(300);
  expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([[code, true]]);
  expect(el.hasAttribute('error')).to.be.true;
  expect(part(el, 'retry')!.textContent!.trim()).to.equal('Retry');
  expect(el.hls).to.equal(null);
  return { el, errors };
}

describe('reliability: media faults', function () {
  this.timeout(20_000);

  it('manifest 404 → one fatal media-network error with Retry', async () => {
    await expectFatal(`${F}/404/${REPLAY}`, 'media-network');
  });

  it('manifest 500 (retried once) → one fatal media-network error with Retry', async () => {
    const key = uniqueKey('m500');
    const { errors } = await expectFatal(`${F}/seg/${key}/master.m3u8/always/${REPLAY}`, 'media-network');
    expect(errors[0].detail.message).to.contain('(manifestLoadError)');
    // hls.js retried a 500 once (manifestLoadPolicy errorRetry) before giving up.
    const { count } = await (await fetch(`${F}/counts/${key}`)).json();
    expect(count).to.equal(2);
  });

  it('manifest that never answers → one fatal media-network error (manifestLoadTimeOut)', async () => {
    const { errors } = await expectFatal(`${F}/timeout/${REPLAY}`, 'media-network');
    expect(errors[0].detail.message).to.contain('(manifestLoadTimeOut)');
  });

  it('manifest 500 or timeout with fallback-src → plays the MP4, no fatal error', async () => {
    for (const src of [`${F}/500/${REPLAY}`, `${F}/timeout/${REPLAY}`]) {
      const { el, errors } = await player(src, { fallback: MP4 });
      await playsPast(el, 0.5);
      expect(el.video.src).to.contain(MP4);
      expect(el.hls).to.equal(null);
      expect(part(el, 'error')).to.equal(null);
      expect(errors).to.have.length(0);
    }
  });

  it('a segment that fails once → hls.js retries it and playback continues past it', async () => {
    const key = uniqueKey('once');
    const { el, errors } = await player(`${F}/seg/${key}/seg001.ts/1/${REPLAY}`);
    await playsPast(el, 0.1);
    el.playbackRate = 2;
    await playsPast(el, 4.2); // seg001 is 2–4 s
    const { count } = await (await fetch(`${F}/counts/${key}`)).json();
    expect(count).to.be.at.least(2); // failed, then retried
    expect(errors).to.have.length(0);
    expect(part(el, 'error')).to.equal(null);
  });

  it('a segment that always fails → one fatal media-network error after the retries (hls.js 1.7 does not skip it)', async () => {
    const key = uniqueKey('always');
    const { el, errors } = await player(`${F}/seg/${key}/seg001.ts/always/${REPLAY}`);
    await errorState(el, errors, 12_000);
    await aTimeout(300);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['media-network']);
    expect(errors[0].detail.message).to.contain('(fragLoadError)');
    // Playback never got past the broken segment.
    expect(el.video.currentTime).to.be.below(4);
    const { count } = await (await fetch(`${F}/counts/${key}`)).json();
    expect(count).to.equal(3); // the first try and two retries (fragLoadPolicy)
  });

  it('a slow segment (1.5 s) → plays late but plays past it', async () => {
    const key = uniqueKey('slow');
    const { el, errors } = await player(`${F}/seg/${key}/seg001.ts/slow1500/${REPLAY}`);
    await playsPast(el, 0.1);
    el.playbackRate = 2;
    await playsPast(el, 4.2);
    expect(errors).to.have.length(0);
    expect(part(el, 'error')).to.equal(null);
  });

  it('a garbage playlist → one fatal media-network error (manifestParsingError)', async () => {
    const { errors } = await expectFatal(`${F}/garbage/master.m3u8`, 'media-network');
    expect(errors[0].detail.message).to.contain('(manifestParsingError)');
  });

  it('a truncated master playlist (no variant left) → one fatal media-network error (manifestParsingError)', async () => {
    const { errors } = await expectFatal(`${F}/truncated/120/${REPLAY}`, 'media-network');
    expect(errors[0].detail.message).to.contain('(manifestParsingError)');
  });

  it('wrong content types (playlists as text/html, segments as text/plain) → plays anyway', async () => {
    const probe = await fetch(`${F}/mime/${REPLAY}`);
    expect(probe.headers.get('content-type')).to.contain('text/html');
    const seg = await fetch(`${F}/mime/demo/media/replay/seg000.ts`);
    expect(seg.headers.get('content-type')).to.contain('text/plain');
    const { el, errors } = await player(`${F}/mime/${REPLAY}`);
    await playsPast(el, 1);
    expect(el.hls).to.not.equal(null);
    expect(errors).to.have.length(0);
  });

  it('heal: fatal, the server heals, Retry plays', async () => {
    const key = uniqueKey('heal');
    const { el, errors } = await expectFatal(`${F}/broken/${key}/${REPLAY}`, 'media-network');
    expect((await (await fetch(`${F}/toggle/${key}`)).json()).healed).to.be.true;
    part(el, 'retry')!.click();
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
    await playsPast(el, 0.5);
    expect(el.hasAttribute('error')).to.be.false;
    expect(errors).to.have.length(1);
  });

  it('Retry against a server still broken fails again with exactly one more fatal error', async () => {
    const key = uniqueKey('still');
    const { el, errors } = await expectFatal(`${F}/broken/${key}/${REPLAY}`, 'media-network');
    part(el, 'retry')!.click();
    await waitUntil(() => errors.length === 2 && part(el, 'retry'), 'no second failure', { timeout: 8000 });
    await aTimeout(300);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['media-network', 'media-network']);
    expect(part(el, 'retry')).to.not.equal(null);
  });
});
