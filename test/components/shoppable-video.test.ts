import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import Hls from 'hls.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { HlsConstructor } from '../../src/engine/media-engine.js';
import { seekable } from '../media/seekable.js';

const HLS = '/demo/media/replay/master.m3u8';
const MP4 = '/demo/media/replay.mp4';
const buffered = (el: ShoppableVideo) => seekable(el.video);
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

/** Real hls.js, counting the instances it makes and the ones destroyed. */
function countingHls() {
  const made: Hls[] = [];
  let destroyed = 0;
  class CountingHls extends Hls {
    constructor(config?: Partial<Hls['config']>) {
      super(config);
      made.push(this);
    }
    override destroy(): void {
      destroyed++;
      super.destroy();
    }
  }
  return { Ctor: CountingHls as unknown as HlsConstructor, made, destroyed: () => destroyed };
}

describe('<shoppable-video>', () => {
  it('plays HLS through hls.js (muted autoplay)', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} autoplay muted></shoppable-video>`);
    await waitUntil(() => el.currentTime > 1, 'HLS did not advance past 1 s', { timeout: 10_000 });
    expect(el.hls).to.not.be.null;
    expect(el.paused).to.be.false;
    expect(el.hasAttribute('playing')).to.be.true;
    expect(el.video.hasAttribute('controls')).to.be.false;
    expect(el.video.playsInline).to.be.true;
  });

  it('plays MP4 through the video itself', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} autoplay muted></shoppable-video>`);
    await waitUntil(() => el.currentTime > 1, 'MP4 did not advance past 1 s', { timeout: 10_000 });
    expect(el.hls).to.be.null;
    expect(el.video.src).to.contain(MP4);
  });

  it('re-dispatches media events from the host, as a <video> would', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} muted preload="auto"></shoppable-video>`);
    const played = oneEvent(el, 'play');
    const ticked = oneEvent(el, 'timeupdate');
    void el.play();
    const play = await played;
    expect(play.target).to.equal(el);
    expect(play.bubbles).to.be.false;
    await ticked;
    const paused = oneEvent(el, 'pause');
    el.pause();
    await paused;
    expect(el.hasAttribute('paused')).to.be.true;
    await buffered(el);
    el.currentTime = el.duration - 0.5;
    await oneEvent(el, 'seeked');
    const ended = oneEvent(el, 'ended');
    await el.play();
    await ended;
    expect(el.ended).to.be.true;
  });

  it('passes the media API through', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} muted preload="auto"></shoppable-video>`);
    await oneEvent(el, 'loadedmetadata');
    expect(el.duration).to.be.closeTo(60, 0.5);
    expect(el.muted).to.be.true;
    el.volume = 0.4;
    el.playbackRate = 1.5;
    el.muted = false;
    expect(el.video.volume).to.be.closeTo(0.4, 0.001);
    expect(el.video.playbackRate).to.equal(1.5);
    expect(el.video.muted).to.be.false;
    await buffered(el);
    el.currentTime = 20;
    await oneEvent(el, 'seeked');
    expect(el.currentTime).to.equal(20);
    expect(el.readyState).to.be.greaterThan(0);
    expect(el.buffered).to.be.instanceOf(TimeRanges);
  });

  it('starts at the start attribute', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} start="12" muted preload="auto"></shoppable-video>`);
    await oneEvent(el, 'loadeddata');
    await waitUntil(() => el.currentTime >= 11.9, `did not start at 12 s (at ${el.currentTime})`, { timeout: 5000 });
  });

  it('destroys the old hls.js instance when src changes mid-playback, and plays the new one', async () => {
    const { Ctor, made, destroyed } = countingHls();
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} .hlsConstructor=${Ctor} autoplay muted></shoppable-video>`);
    await waitUntil(() => el.currentTime > 0.3, 'did not play', { timeout: 8000 });
    const first = el.hls;
    el.src = '/demo/media/vertical/index.m3u8';
    await el.updateComplete;
    expect(destroyed()).to.equal(1);
    await waitUntil(() => el.hls && el.hls !== first, 'no new instance');
    expect(made).to.have.length(2);
    await waitUntil(() => !el.paused && el.currentTime > 0.3, 'new source did not play', { timeout: 8000 });
  });

  it('releases hls.js and stops the clock when removed, and works again when re-added', async () => {
    const { Ctor, made, destroyed } = countingHls();
    const samples: number[] = [];
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} .hlsConstructor=${Ctor} autoplay muted></shoppable-video>`);
    // The media clock is the element's own; a test subscribes to it as the shop's timeline does.
    (el as unknown as { media: { clock: { subscribe(s: { sample(t: number): void }): () => void } } }).media.clock.subscribe({ sample: (t) => samples.push(t) });
    await waitUntil(() => samples.length > 5, 'clock did not run', { timeout: 8000 });
    const parent = el.parentElement!;
    el.remove();
    expect(destroyed()).to.equal(1);
    expect(el.hls).to.be.null;
    expect(el.video.hasAttribute('src')).to.be.false;
    const count = samples.length;
    await aTimeout(300);
    expect(samples.length).to.equal(count);
    parent.append(el);
    await waitUntil(() => made.length === 2 && el.hls === made[1], 're-adding did not load again', { timeout: 5000 });
    await el.play();
    await waitUntil(() => samples.length > count + 5, 'clock did not run again', { timeout: 8000 });
  });

  it('reserves its aspect ratio before media loads: 16 / 9 by default, vertical by attribute', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width: 320px">
      <shoppable-video src=${HLS} preload="none"></shoppable-video>
      <shoppable-video src=${HLS} preload="none" aspect-ratio="9 / 16"></shoppable-video>
    </div>`);
    const [wide, tall] = wrap.querySelectorAll('shoppable-video');
    await tall.updateComplete;
    expect(wide.getBoundingClientRect().height).to.be.closeTo(180, 1);
    expect(tall.getBoundingClientRect().height).to.be.closeTo(568.9, 1);
    expect(getComputedStyle(wide).display).to.equal('block');
    expect(part(wide, 'video')!.localName).to.equal('video');
  });

  it('shows the poster and the big Play button before the first play', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} poster="/demo/media/poster.jpg" muted></shoppable-video>`);
    expect(el.video.poster).to.contain('/demo/media/poster.jpg');
    const big = part(el, 'big-play-button')!;
    expect(big.getAttribute('aria-label')).to.equal('Play');
    big.click();
    await oneEvent(el, 'playing');
    await el.updateComplete;
    expect(part(el, 'big-play-button')).to.be.null;
  });

  it('never uses an unsafe URL', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src="javascript:alert(1)" poster="javascript:alert(2)" preload="auto"></shoppable-video>`);
    await el.updateComplete;
    expect(el.video.hasAttribute('src')).to.be.false;
    expect(el.video.hasAttribute('poster')).to.be.false;
  });

  it('is accessible while idle', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} muted></shoppable-video>`);
    await expect(el).to.be.accessible();
  });
});
