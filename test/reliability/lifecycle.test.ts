// Lifecycle and leaks: mounting and unmounting players (100 times), re-adding one, and changing
// src or show mid-playback leave no hls.js instance, open MediaSource, observer, interval or
// document/window listener behind.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { FAST_HLS, MP4, playsPast } from './helpers.js';
import { CountingHls, countingHls, installProbes } from './leak-probes.js';

const SRC = '/demo/media/replay/master.m3u8';
const VERTICAL = '/demo/media/vertical/index.m3u8';

function make(src = SRC): ShoppableVideo {
  const el = document.createElement('shoppable-video');
  el.src = src;
  el.muted = true;
  el.autoplay = true;
  el.hlsConstructor = countingHls;
  el.hlsConfig = FAST_HLS;
  return el;
}

/** Nothing of a removed player's media is left attached. */
function expectDetached(el: ShoppableVideo) {
  expect(el.hls).to.equal(null);
  expect(el.video.hasAttribute('src')).to.be.false;
  expect(el.video.srcObject).to.equal(null);
}

describe('reliability: lifecycle and leaks', function () {
  this.timeout(60_000);
  let probes: ReturnType<typeof installProbes>;

  beforeEach(() => {
    CountingHls.live.clear();
    CountingHls.made = 0;
    probes = installProbes();
  });
  afterEach(() => probes.restore());

  it('the probes see a deliberate leak of each kind (so the checks below can fail)', async () => {
    const hls = new CountingHls();
    const source = new MediaSource();
    const video = document.createElement('video');
    video.src = URL.createObjectURL(source);
    const io = new IntersectionObserver(() => {});
    io.observe(document.body);
    const id = setInterval(() => {}, 1000);
    const fn = () => {};
    document.addEventListener('fullscreenchange', fn);
    try {
      expect(CountingHls.live.size).to.equal(1);
      expect(probes.sources).to.deep.equal([source]);
      await waitUntil(() => source.readyState === 'open', 'the deliberate MediaSource did not open');
      expect(probes.observing.size).to.equal(1);
      expect(probes.intervals.size).to.equal(1);
      expect(probes.listeners.size).to.equal(1);
    } finally {
      hls.destroy();
      video.removeAttribute('src');
      video.load();
      io.disconnect();
      clearInterval(id);
      document.removeEventListener('fullscreenchange', fn);
    }
    expect([CountingHls.live.size, probes.observing.size, probes.intervals.size, probes.listeners.size]).to.deep.equal([0, 0, 0, 0]);
  });

  it('100 mount/unmount cycles of an HLS embed leave no hls.js, MediaSource, observer, interval or listener', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    for (let i = 0; i < 100; i++) {
      const el = make();
      box.append(el);
      await waitUntil(() => el.hls !== null, `cycle ${i}: no hls.js`, { timeout: 5000, interval: 5 });
      // Every tenth cycle plays for real before it goes.
      if (i % 10 === 0) await playsPast(el, 0.1);
      el.remove();
      expectDetached(el);
    }
    expect(CountingHls.made).to.equal(100);
    expect(CountingHls.live.size).to.equal(0);
    expect(probes.sources.length).to.be.at.least(100);
    await waitUntil(() => probes.sources.every((s) => s.readyState === 'closed'), 'a MediaSource stayed open', {
      timeout: 3000,
    });
    expect(probes.observing.size, 'observers still observing').to.equal(0);
    expect([...probes.intervals], 'intervals still running').to.deep.equal([]);
    expect([...probes.listeners.keys()], 'document/window listeners left').to.deep.equal([]);
  });

  it('removing and re-adding the same element loads a fresh instance (paused, like a <video>), plays, and leaves none behind', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = make();
    box.append(el);
    await playsPast(el, 0.2);
    const first = el.hls;
    el.remove();
    expectDetached(el);
    expect(CountingHls.live.size).to.equal(0);
    box.append(el);
    await waitUntil(() => el.hls !== null, 'no hls.js after re-adding', { timeout: 5000 });
    expect(el.hls).to.not.equal(first);
    // As a <video> does, a removed player pauses and does not autoplay again; play() works.
    expect(el.paused).to.be.true;
    await el.play();
    await waitUntil(() => !el.paused && el.video.currentTime > 0.1, 'did not play after re-adding', { timeout: 8000 });
    expect(CountingHls.live.size).to.equal(1);
    el.remove();
    expect(CountingHls.live.size).to.equal(0);
    expect(probes.observing.size).to.equal(0);
  });

  it('a src change mid-playback destroys the previous hls.js instance', async () => {
    const el = make();
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await playsPast(el, 0.2);
    const first = el.hls!;
    el.src = VERTICAL;
    await waitUntil(() => el.hls && el.hls !== first, 'no new instance', { timeout: 5000 });
    expect(CountingHls.live.size).to.equal(1);
    expect([...CountingHls.live][0]).to.equal(el.hls);
    await waitUntil(() => el.video.currentTime > 0.1, 'the new source did not play', { timeout: 8000 });
    el.src = MP4;
    await waitUntil(() => el.hls === null && el.video.src.endsWith(MP4), 'MP4 not attached', { timeout: 5000 });
    expect(CountingHls.live.size).to.equal(0);
    await waitUntil(() => probes.sources.every((s) => s.readyState === 'closed'), 'a MediaSource stayed open', { timeout: 3000 });
  });

  it('a show change mid-playback hides the old show’s products and replaces its media', async () => {
    const base = await (await fetch('/demo/shows/spring-launch.json')).json();
    // Without their images: relative to the show's URL, which an object show does not have.
    const product = (id: string) => ({ ...base.products.find((p: { id: string }) => p.id === id), image: undefined });
    const showA = { ...base, id: 'show-a', video: { src: SRC }, products: [product('music-box-01')], moments: [{ productId: 'music-box-01', start: 0, end: 60 }] };
    const showB = { ...base, id: 'show-b', video: { src: VERTICAL }, products: [product('lantern-02')], moments: [{ productId: 'lantern-02', start: 0, end: 20 }] };
    const log: string[] = [];
    const el = await fixture<ShoppableVideo>(html`<shoppable-video
      muted
      autoplay
      .hlsConstructor=${countingHls}
      .show=${showA}
      @shoppable-product-show=${(e: CustomEvent) => log.push(`show ${e.detail.product.id}`)}
      @shoppable-product-hide=${(e: CustomEvent) => log.push(`hide ${e.detail.product.id}`)}
    ></shoppable-video>`);
    await playsPast(el, 0.3);
    await waitUntil(() => log.includes('show music-box-01'), 'show A’s product did not show', { timeout: 3000 });
    const first = el.hls!;
    expect(first).to.not.equal(null);
    el.show = showB;
    await waitUntil(() => log.includes('hide music-box-01'), 'show A’s product was not hidden', { timeout: 5000 });
    await waitUntil(() => el.hls && el.hls !== first, 'show B’s media did not replace show A’s', { timeout: 5000 });
    expect(CountingHls.live.size).to.equal(1);
    await waitUntil(() => log.includes('show lantern-02'), 'show B’s product did not show', { timeout: 8000 });
    expect(el.activeProducts.map((p) => p.id)).to.deep.equal(['lantern-02']);
    expect(log.indexOf('hide music-box-01')).to.be.below(log.indexOf('show lantern-02'));
  });
});
