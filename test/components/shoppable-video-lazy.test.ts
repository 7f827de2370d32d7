// Lazy loading. This file imports no hls.js itself, so any hls.js request comes from the element.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

const HLS = '/demo/media/replay/master.m3u8';

/** What the page fetched since the last clear: the hls.js module, playlists, segments. */
function fetched(under = '/demo/media/') {
  const names = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((n) => !n.startsWith('/demo/') || n.startsWith(under));
  return {
    engine: names.filter((n) => /hls/i.test(n)),
    playlists: names.filter((n) => n.endsWith('.m3u8')),
    segments: names.filter((n) => n.startsWith('/demo/media/') && n.endsWith('.ts')),
  };
}

describe('<shoppable-video> lazy loading', () => {
  beforeEach(() => performance.clearResourceTimings());

  it('loads nothing while far off-screen, and loads once scrolled into view', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <shoppable-video src=${HLS} muted></shoppable-video>
    </div>`);
    const el = wrap.querySelector('shoppable-video')!;
    await el.updateComplete;
    await aTimeout(1500);
    expect(fetched()).to.deep.equal({ engine: [], playlists: [], segments: [] });
    expect(el.hls).to.be.null;
    // Only the shell: the video box and the big Play button; the control bar's chunk waits too.
    const chrome = () => performance.getEntriesByType('resource').filter((e) => /\/chrome\.(ts|js)/.test(e.name));
    expect(chrome()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="controls"]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~="big-play-button"]')).to.not.equal(null);
    el.scrollIntoView();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="play-button"]'), 'no controls once near', { timeout: 5000 });
    expect(chrome()).to.have.length(1);
    await waitUntil(() => fetched().playlists.length > 0, 'no playlist fetched after scrolling into view', { timeout: 5000 });
    expect(fetched().engine).to.not.be.empty;
    await waitUntil(() => el.hls !== null);
  });

  it('with preload="metadata" (the default) fetches the playlist but no segment before play', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} muted></shoppable-video>`);
    await waitUntil(() => el.hls !== null && el.hls.levels.length > 0, 'manifest not parsed', { timeout: 5000 });
    await aTimeout(300);
    expect(fetched().segments).to.deep.equal([]);
    await el.play();
    await waitUntil(() => fetched().segments.length > 0, 'no segment after play', { timeout: 5000 });
  });

  it('with preload="none" loads nothing until play()', async () => {
    // Another stream than the other tests', so their late requests cannot count here.
    const src = '/demo/media/vertical/index.m3u8';
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${src} preload="none" muted></shoppable-video>`);
    await aTimeout(1000);
    expect(fetched('/demo/media/vertical/')).to.deep.include({ playlists: [], segments: [] });
    expect(el.hls).to.be.null;
    await el.play();
    expect(el.hls).to.not.be.null;
    await waitUntil(() => el.currentTime > 0.2, 'did not play after play()', { timeout: 8000 });
    expect(fetched('/demo/media/vertical/').segments).to.not.be.empty;
  });

  it('a muted autoplaying player brings in its control bar only after its first frame', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} muted autoplay></shoppable-video>`);
    const video = el.video;
    let controlsAtFirstFrame: boolean | undefined;
    video.requestVideoFrameCallback(() => {
      controlsAtFirstFrame = !!el.shadowRoot!.querySelector('[part~="controls"]');
    });
    await waitUntil(() => controlsAtFirstFrame !== undefined, 'no frame presented', { timeout: 8000 });
    expect(controlsAtFirstFrame, 'control bar rendered before the first frame').to.be.false;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="controls"]'), 'no controls after the first frame', { timeout: 5000 });
    // Hidden until the shopper is active on the player.
    expect(el.hasAttribute('controls-hidden')).to.be.true;
  });

  it('autoplays only once in view, and stays paused without error if play() is refused', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <shoppable-video src="/demo/media/replay.mp4" autoplay></shoppable-video>
    </div>`);
    const el = wrap.querySelector('shoppable-video')!;
    const errors: Event[] = [];
    el.addEventListener('shoppable-error', (e) => errors.push(e));
    // The page refuses playback, as a browser's autoplay policy would.
    el.video.play = () => Promise.reject(new DOMException('Autoplay refused', 'NotAllowedError'));
    await aTimeout(500);
    expect(el.video.hasAttribute('src')).to.be.false;
    el.scrollIntoView();
    await waitUntil(() => el.video.hasAttribute('src'), 'did not load in view', { timeout: 5000 });
    await aTimeout(300);
    expect(el.paused).to.be.true;
    expect(el.shadowRoot!.querySelector('[part~="big-play-button"]')).to.exist;
    expect(errors).to.have.length(0);
  });

  it('fetches the shop layer and the show only once the player with a show is near', async () => {
    const shopRequests = () =>
      performance
        .getEntriesByType('resource')
        .map((e) => new URL(e.name).pathname)
        .filter((n) => /shop-layer|\/shows\//.test(n));
    window.scrollTo(0, 0);
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <div style="height: 3000px"></div>
      <shoppable-video src=${HLS} show="/demo/shows/spring-launch.json" muted></shoppable-video>
    </div>`);
    const el = wrap.querySelector('shoppable-video')!;
    await aTimeout(1500);
    expect(shopRequests()).to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('[part~="products-button"]')).to.equal(null);
    el.scrollIntoView();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="products-button"]'), 'no shop after scrolling into view', {
      timeout: 5000,
    });
    expect(shopRequests().some((n) => n.includes('shop-layer'))).to.equal(true);
    expect(shopRequests()).to.include('/demo/shows/spring-launch.json');
  });
});
