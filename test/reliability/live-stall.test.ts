// A live playlist that stops updating (the live studio's stall): hls.js keeps polling the playlist,
// so this is no error: the player runs out of media and waits (the loading state), and picks up
// again when the stream resumes.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { player } from './helpers.js';

describe('reliability: a live playlist that stops updating', function () {
  this.timeout(30_000);
  const id = `stall-${Date.now().toString(36)}`;
  afterEach(() => fetch(`/__live/${id}`, { method: 'DELETE' }));

  it('waits without a fatal error while stalled, and plays on once the stream resumes', async () => {
    await fetch(`/__live/${id}/start?elapsed=8&window=6`, { method: 'POST' });
    const { el, errors } = await player(`/__live/${id}/live.m3u8`);
    await waitUntil(() => el.video.currentTime > 0.5 && !el.paused, 'the live stream did not play', { timeout: 10_000 });

    await fetch(`/__live/${id}/stall`, { method: 'POST' });
    // Playback drains what was buffered, then stops advancing: wait for a second without progress.
    let last = -1;
    let still = 0;
    await waitUntil(
      () => {
        const t = el.video.currentTime;
        still = Math.abs(t - last) < 0.01 ? still + 1 : 0;
        last = t;
        return still >= 5;
      },
      'playback never ran out of media',
      { timeout: 15_000, interval: 200 },
    );
    const stalledAt = el.video.currentTime;
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('error')).to.be.false;
    expect(el.hls).to.not.equal(null);
    await waitUntil(() => el.hasAttribute('loading'), 'no loading state while waiting for media', { timeout: 3000 });

    await fetch(`/__live/${id}/resume`, { method: 'POST' });
    await waitUntil(() => el.video.currentTime > stalledAt + 1, 'playback did not continue after resume', { timeout: 12_000 });
    await aTimeout(0);
    expect(errors).to.deep.equal([]);
    expect(el.hasAttribute('error')).to.be.false;
  });
});
