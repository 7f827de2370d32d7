// <shoppable-video> on the live studio (test/servers/live.mjs): the LIVE badge and go-to-live, the
// sliding window, pins appended while playing, END-ON-NEXT and DURATION ends, an unknown product,
// ENDLIST turning live into a replay, and the recording's replay giving the same moments.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import type { ShoppableErrorEvent, ShoppableProductShowEvent } from '../../src/events.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import '../../src/register.js';

// The studio's segments are 2 s long.
const TARGET = 2;
const streams: string[] = [];

async function startStream(query = 'elapsed=6&window=6'): Promise<string> {
  const id = `pl-${Math.random().toString(36).slice(2, 10)}`;
  const res = await fetch(`/__live/${id}/start?${query}`, { method: 'POST' });
  expect(res.status, 'the studio did not start a stream').to.equal(201);
  streams.push(id);
  return id;
}

async function pin(id: string, body: Record<string, unknown>): Promise<{ id: string }> {
  const res = await fetch(`/__live/${id}/pin`, { method: 'POST', body: JSON.stringify(body) });
  expect(res.status, `the studio refused the pin ${JSON.stringify(body)}`).to.equal(201);
  return res.json();
}

async function player(src: string): Promise<ShoppableVideo> {
  return fixture<ShoppableVideo>(html`<shoppable-video src=${src} show="/demo/live/show.json" muted autoplay></shoppable-video>`);
}

/** A player on the stream's live playlist, once it plays live. */
async function livePlayer(id: string): Promise<ShoppableVideo> {
  const el = await player(`/__live/${id}/live.m3u8`);
  await waitUntil(() => el.hasAttribute('live') && !el.paused && el.currentTime > 0.2, 'the live stream did not start playing live', {
    timeout: 10_000,
  });
  return el;
}

const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const cardTitles = (el: ShoppableVideo) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement & { product?: { title: unknown } }>('[part~="overlay-cards"] shoppable-product-card')].map(
    (c) => c.product?.title,
  );
const markers = (el: ShoppableVideo) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"]')].map((m) => m.getAttribute('aria-label'));
// None before the shop layer has come (a muted autoplaying player's comes after its first frame).
const momentsOf = (el: ShoppableVideo) =>
  ((el as unknown as { shopLoader: { shop?: { showController: { moments: { productId: string; start: number; end: number }[] } } } }).shopLoader.shop?.showController.moments ?? []).map(
    (m) => ({ productId: m.productId, start: m.start, end: m.end }),
  );

// Generous: the pin must reach a playlist refresh (one target duration), then be played into.
const PIN_WAIT = { timeout: 6 * TARGET * 1000 };

describe('<shoppable-video> live', function () {
  this.timeout(30_000);

  afterEach(async () => {
    await Promise.all(streams.splice(0).map((id) => fetch(`/__live/${id}`, { method: 'DELETE' })));
  });

  it('shows a LIVE badge and no total duration, with the seek bar over the DVR window', async () => {
    const el = await livePlayer(await startStream());
    expect(el.duration).to.equal(Infinity);
    await waitUntil(() => part(el, 'live-badge')?.getAttribute('part') === 'live-badge', 'no LIVE badge at the live edge', { timeout: 2000 });
    const badge = part(el, 'live-badge')!;
    expect(badge.getAttribute('aria-label')).to.equal('Live');
    expect(part(el, 'time'), 'a live player shows no time at the edge').to.be.null;
    const slider = part(el, 'timeline')!;
    expect(slider.getAttribute('aria-valuetext')).to.equal('Live');
    // The window slides every segment and the bar follows at its next render (each timeupdate):
    // read both at one moment once the bar has caught up, not once at any moment.
    const min = () => Number(slider.getAttribute('aria-valuemin'));
    await waitUntil(() => min() === Math.floor(el.video.seekable.start(0)), 'the bar does not start at the seekable start', {
      timeout: 2000,
    });
    expect(Number(slider.getAttribute('aria-valuemax'))).to.be.greaterThan(min());
  });

  it('slides the window while playing', async () => {
    const el = await livePlayer(await startStream());
    const hls = el.hls as unknown as { latestLevelDetails: { startSN: number } | null };
    const first = hls.latestLevelDetails!.startSN;
    const start = el.video.seekable.start(0);
    await waitUntil(
      () => hls.latestLevelDetails!.startSN > first && el.video.seekable.start(0) > start,
      'the media sequence and the seekable start did not advance',
      { timeout: 3 * TARGET * 1000 },
    );
    expect(el.hasAttribute('live')).to.be.true;
  });

  it('shows a pin appended during playback, then ends END-ON-NEXT and DURATION pins', async () => {
    const id = await startStream();
    const el = await livePlayer(id);
    const shown: string[] = [];
    el.addEventListener('shoppable-product-show', (e) => shown.push((e as ShoppableProductShowEvent).detail.product.id));
    await pin(id, { productId: 'music-box-01', endOnNext: true });
    await waitUntil(() => cardTitles(el).includes('Carousel music box'), 'the pinned card did not appear', PIN_WAIT);
    expect(shown).to.include('music-box-01');

    await pin(id, { productId: 'lantern-02', duration: 3 });
    await waitUntil(
      () => cardTitles(el).includes('Paper lantern set') && !cardTitles(el).includes('Carousel music box'),
      'the END-ON-NEXT card was not replaced by the next pin',
      PIN_WAIT,
    );
    await waitUntil(() => cardTitles(el).length === 0, 'the DURATION pin did not end', PIN_WAIT);
    expect(shown).to.deep.equal(['music-box-01', 'lantern-02']);
  });

  it('reports an unknown product id once, however many refreshes carry it', async () => {
    const id = await startStream();
    const el = await livePlayer(id);
    const errors: ShoppableErrorEvent['detail'][] = [];
    el.addEventListener('shoppable-error', (e) => errors.push((e as ShoppableErrorEvent).detail));
    await pin(id, { productId: 'no-such-product', duration: 30 });
    const hls = el.hls as unknown as { latestLevelDetails: { startSN: number } | null };
    await waitUntil(() => errors.length > 0, 'the unknown product was not reported', PIN_WAIT);
    const sn = hls.latestLevelDetails!.startSN;
    await waitUntil(() => hls.latestLevelDetails!.startSN >= sn + 2, 'the playlist did not refresh', { timeout: 4 * TARGET * 1000 });
    expect(errors.map((e) => [e.code, e.fatal])).to.deep.equal([['pin-unknown-product', false]]);
    expect(cardTitles(el)).to.deep.equal([]);
  });

  it('offers go-to-live when behind the edge, and returns near it', async () => {
    const el = await livePlayer(await startStream('elapsed=12&window=12'));
    el.currentTime = el.video.seekable.start(0) + 1;
    await waitUntil(() => part(el, 'go-live'), 'no go-to-live control after seeking back', { timeout: 5000 });
    const button = part(el, 'go-live')!;
    expect(button.getAttribute('aria-label')).to.equal('Go to live');
    expect(part(el, 'time')!.textContent).to.match(/^-\d+:\d\d$/);
    expect(part(el, 'timeline')!.getAttribute('aria-valuetext')).to.match(/^-\d+:\d\d behind live$/);
    button.click();
    await waitUntil(() => !part(el, 'go-live') && part(el, 'live-badge'), 'go-to-live did not return to the edge', { timeout: 5000 });
    const sync = (el.hls as unknown as { liveSyncPosition: number }).liveSyncPosition;
    expect(el.currentTime).to.be.closeTo(sync, 3 * TARGET);
  });

  it('turns into a replay when the show ends, without reloading', async () => {
    const id = await startStream();
    const el = await livePlayer(id);
    let emptied = 0;
    el.addEventListener('emptied', () => emptied++);
    const before = el.video.currentSrc;
    await fetch(`/__live/${id}/end`, { method: 'POST' });
    await waitUntil(() => !el.hasAttribute('live'), 'the player stayed live after ENDLIST', { timeout: 4 * TARGET * 1000 });
    await el.updateComplete;
    expect(Number.isFinite(el.duration)).to.be.true;
    expect(part(el, 'live-badge')).to.be.null;
    expect(part(el, 'time')!.textContent).to.contain('/');
    const t = el.currentTime;
    await waitUntil(() => el.currentTime > t + 0.5, 'the replay did not play on', { timeout: 5000 });
    expect(emptied, 'the source was reloaded').to.equal(0);
    expect(el.video.currentSrc).to.equal(before);
  });

  it('gives the recording the same moments as the live session', async () => {
    const id = await startStream('elapsed=6&window=20');
    const el = await livePlayer(id);
    await pin(id, { productId: 'teapot-03', duration: 4 });
    await pin(id, { productId: 'fan-04', endOnNext: true, x: 0.5, y: 0.5 });
    await waitUntil(() => momentsOf(el).length === 2, 'the live player did not see both pins', PIN_WAIT);
    await fetch(`/__live/${id}/end`, { method: 'POST' });
    await waitUntil(() => !el.hasAttribute('live'), 'the live player did not turn into a replay', { timeout: 4 * TARGET * 1000 });
    await el.updateComplete;
    const live = { moments: momentsOf(el), markers: markers(el) };

    const replay = await player(`/__live/${id}/recording.m3u8`);
    await waitUntil(() => momentsOf(replay).length === 2 && markers(replay).length === 2, 'the replay shows no markers', {
      timeout: 10_000,
    });
    expect(replay.hasAttribute('live')).to.be.false;
    expect(live.markers).to.have.length(2);
    expect(markers(replay)).to.deep.equal(live.markers);
    // Same pins, same products, same times: hls.js maps a date through fragment starts that it aligns
    // to the media's own timestamps once loaded, so the two sessions may differ by a few milliseconds.
    const replayed = momentsOf(replay);
    expect(replayed.map((m) => m.productId)).to.deep.equal(live.moments.map((m) => m.productId));
    replayed.forEach((m, i) => {
      const was = live.moments[i]!;
      expect(m.start, `start of ${m.productId}`).to.be.closeTo(was.start, 0.05);
      if (Number.isFinite(was.end)) expect(m.end, `end of ${m.productId}`).to.be.closeTo(was.end, 0.05);
      else expect(m.end, `end of ${m.productId}`).to.be.greaterThan(m.start);
    });
  });
});
