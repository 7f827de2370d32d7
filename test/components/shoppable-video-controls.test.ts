import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/components/shoppable-video/shoppable-video.js';
import { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { seekable } from '../media/seekable.js';

const HLS = '/demo/media/replay/master.m3u8';
const MP4 = '/demo/media/replay.mp4';
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const activeInShadow = (el: ShoppableVideo) => el.shadowRoot!.activeElement as HTMLElement | null;

/** A real pointer click in the middle of `target`. */
async function click(target: Element) {
  const r = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
}

/** Moves the mouse over the player (near its top-left corner) and waits for its update. */
async function hover(el: ShoppableVideo) {
  const r = el.getBoundingClientRect();
  await sendMouse({ type: 'move', position: [Math.round(r.x + 20), Math.round(r.y + 20)] });
  await el.updateComplete;
}

async function ready(src = MP4, attrs = html``) {
  const el = await fixture<ShoppableVideo>(html`<div style="width: 640px">
    <shoppable-video src=${src} preload="auto" muted>${attrs}</shoppable-video>
  </div>`).then((w) => w.querySelector('shoppable-video')!);
  await seekable(el.video);
  await el.updateComplete;
  return el;
}

describe('<shoppable-video> controls', () => {
  afterEach(() => resetMouse());
  // The player remembers the shopper's caption choice; each test starts from none.
  beforeEach(() => localStorage.removeItem('shoppable-video:captions'));

  it('plays and mutes by pointer', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${MP4} preload="auto"></shoppable-video>`);
    const play = part(el, 'play-button')!;
    expect(play.getAttribute('aria-label')).to.equal('Play');
    await click(play);
    await waitUntil(() => el.hasAttribute('playing'), 'not playing after clicking Play', { timeout: 5000 });
    expect(el.paused).to.be.false;
    await el.updateComplete;
    expect(part(el, 'play-button')!.getAttribute('aria-label')).to.equal('Pause');
    expect(part(el, 'mute-button')!.getAttribute('aria-label')).to.equal('Mute');
    await click(part(el, 'mute-button')!);
    expect(el.muted).to.be.true;
    await el.updateComplete;
    expect(part(el, 'mute-button')!.getAttribute('aria-label')).to.equal('Unmute');
    expect((part(el, 'volume') as HTMLInputElement).value).to.equal('0');
  });

  it('answers the keyboard: Space toggles, ArrowRight seeks 5 s, M mutes', async () => {
    const el = await ready(MP4);
    el.muted = false;
    part(el, 'player')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !el.paused, 'Space did not play');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => el.paused, 'Space did not pause');
    const before = el.currentTime;
    await sendKeys({ press: 'ArrowRight' });
    expect(el.currentTime).to.be.closeTo(before + 5, 0.01);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.currentTime).to.be.closeTo(before, 0.01);
    await sendKeys({ press: 'm' });
    expect(el.muted).to.be.true;
    await sendKeys({ press: 'm' });
    expect(el.muted).to.be.false;
    el.volume = 0.5;
    await sendKeys({ press: 'ArrowDown' });
    expect(el.volume).to.be.closeTo(0.4, 0.001);
  });

  it('hides the controls while playing without activity, and shows them again on pointer move', async () => {
    const el = await ready(MP4);
    expect(el.hasAttribute('controls-hidden')).to.be.false;
    await click(part(el, 'play-button')!);
    await waitUntil(() => el.hasAttribute('playing'));
    await waitUntil(() => el.hasAttribute('controls-hidden'), 'controls did not hide', { timeout: 4500 });
    await waitUntil(() => getComputedStyle(part(el, 'controls')!).opacity === '0', 'controls still visible');
    await hover(el);
    expect(el.hasAttribute('controls-hidden')).to.be.false;
    el.pause();
    await oneEvent(el, 'pause');
    await aTimeout(2700);
    expect(el.hasAttribute('controls-hidden')).to.be.false;
  });

  it('keeps the controls hidden when playback starts on its own, until the pointer moves over the player', async () => {
    const el = await fixture<ShoppableVideo>(html`<div style="width: 640px">
      <shoppable-video src=${MP4} muted autoplay></shoppable-video>
    </div>`).then((w) => w.querySelector('shoppable-video')!);
    await waitUntil(() => el.hasAttribute('playing'), 'autoplay did not start', { timeout: 5000 });
    await waitUntil(() => part(el, 'controls'), 'no controls', { timeout: 5000 });
    await el.updateComplete;
    expect(el.hasAttribute('controls-hidden'), 'controls shown without activity').to.be.true;
    await hover(el);
    expect(el.hasAttribute('controls-hidden')).to.be.false;
    // After activity, a new start (here after a pause) shows them for the usual spell.
    el.pause();
    await oneEvent(el, 'pause');
    await el.play();
    await el.updateComplete;
    expect(el.hasAttribute('controls-hidden')).to.be.false;
  });

  it('shows the seek bar as a slider with the time as text, operable by keyboard', async () => {
    const el = await ready(MP4);
    const timeline = part(el, 'timeline')!;
    expect(timeline.getAttribute('role')).to.equal('slider');
    expect(timeline.getAttribute('aria-label')).to.equal('Seek');
    expect(timeline.getAttribute('aria-valuetext')).to.equal('0:00 of 1:00');
    expect(part(el, 'time')!.textContent!.replace(/\s+/g, '')).to.equal('0:00/1:00');
    timeline.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(el.currentTime).to.be.closeTo(10, 0.01);
    await el.updateComplete;
    expect(timeline.getAttribute('aria-valuetext')).to.equal('0:10 of 1:00');
    expect(timeline.getAttribute('aria-valuenow')).to.equal('10');
    await sendKeys({ press: 'End' });
    expect(el.currentTime).to.be.closeTo(60, 0.1);
    await sendKeys({ press: 'Home' });
    expect(el.currentTime).to.equal(0);
    await sendKeys({ press: 'PageUp' });
    expect(el.currentTime).to.be.closeTo(10, 0.01);
  });

  it('seeks where the seek bar is clicked', async () => {
    const el = await ready(MP4);
    const track = part(el, 'timeline')!.querySelector('.track')!;
    const r = track.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(r.x + r.width * 0.25), Math.round(r.y + r.height / 2)] });
    expect(el.currentTime).to.be.closeTo(15, 0.5);
  });

  it('places markers at their time along the bar, names them, and seeks when one is activated', async () => {
    const el = await ready(MP4);
    el.markers = [
      { id: 'a', time: 30, label: 'Carousel music box' },
      { id: 'b', time: 45, label: 'Tin robot' },
      { id: 'late', time: 75, label: 'After the end' },
    ];
    await el.updateComplete;
    const markers = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"]')];
    expect(markers).to.have.length(2);
    const track = part(el, 'timeline')!.querySelector('.track')!.getBoundingClientRect();
    const at = (m: HTMLElement) => {
      const r = m.getBoundingClientRect();
      return (r.x + r.width / 2 - track.x) / track.width;
    };
    expect(at(markers[0])).to.be.closeTo(0.5, 0.01);
    expect(at(markers[1])).to.be.closeTo(0.75, 0.01);
    expect(markers[0].getAttribute('aria-label')).to.equal('Carousel music box at 0:30');
    expect(markers[0].textContent!.trim()).to.equal('Carousel music box');
    await click(markers[1]);
    expect(el.currentTime).to.equal(45);
    markers[0].focus();
    await sendKeys({ press: 'Enter' });
    expect(el.currentTime).to.equal(30);
  });

  it('offers playback speeds in a keyboard-operable menu; Escape closes it and focus returns', async () => {
    const el = await ready(MP4);
    const button = part(el, 'rate-button')!;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const menu = part(el, 'menu')!;
    expect(menu.getAttribute('role')).to.equal('menu');
    const items = [...menu.querySelectorAll('[role="menuitemradio"]')].map((i) => i.textContent!.trim());
    expect(items).to.deep.equal(['0.5×', '0.75×', '1×', '1.25×', '1.5×', '2×']);
    await waitUntil(() => activeInShadow(el)?.textContent?.trim() === '1×', 'focus not on the checked item');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'ArrowDown' });
    expect(activeInShadow(el)!.textContent!.trim()).to.equal('1.25×');
    await sendKeys({ press: 'Enter' });
    expect(el.playbackRate).to.equal(1.25);
    await el.updateComplete;
    expect(part(el, 'menu')).to.be.null;
    await waitUntil(() => activeInShadow(el) === part(el, 'rate-button'), 'focus did not return');
    expect(part(el, 'rate-button')!.textContent!.trim()).to.equal('1.25×');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(part(el, 'menu')).to.exist;
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(part(el, 'menu')).to.be.null;
    await waitUntil(() => activeInShadow(el) === part(el, 'rate-button'), 'focus did not return after Escape');
    expect(el.playbackRate).to.equal(1.25);
  });

  it('offers the HLS subtitle tracks (English, Chinese) in a captions menu; choosing English sets hls.subtitleTrack', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} preload="auto" muted></shoppable-video>`);
    await waitUntil(() => part(el, 'captions-button'), 'no captions button', { timeout: 8000 });
    expect(el.hasAttribute('has-captions')).to.be.true;
    await click(part(el, 'captions-button')!);
    await el.updateComplete;
    const items = [...part(el, 'menu')!.querySelectorAll<HTMLElement>('[role="menuitemradio"]')];
    expect(items.map((i) => i.textContent!.trim())).to.deep.equal(['Off', 'English', '中文']);
    expect(items[0].getAttribute('aria-checked')).to.equal('true');
    await click(items[1]);
    expect(el.hls!.subtitleTrack).to.equal(0);
    expect(el.hls!.subtitleDisplay).to.be.true;
    await el.updateComplete;
    await click(part(el, 'captions-button')!);
    await el.updateComplete;
    const checked = part(el, 'menu')!.querySelector('[aria-checked="true"]')!;
    expect(checked.textContent!.trim()).to.equal('English');
  });

  it('has no captions button without tracks; the captions property adds tracks and C toggles them', async () => {
    const el = await ready(MP4);
    expect(part(el, 'captions-button')).to.be.null;
    expect(el.hasAttribute('has-captions')).to.be.false;
    el.captions = [{ src: '/demo/media/en.vtt', srclang: 'en', label: 'English' }];
    await waitUntil(() => part(el, 'captions-button'), 'no captions button for a <track>');
    const track = el.video.querySelector('track')!;
    expect(track.srclang).to.equal('en');
    part(el, 'player')!.focus();
    await sendKeys({ press: 'c' });
    expect(el.video.textTracks[0].mode).to.equal('showing');
    await sendKeys({ press: 'c' });
    expect(el.video.textTracks[0].mode).to.equal('disabled');
  });

  it('puts the whole element in full screen', async () => {
    const el = await ready(MP4);
    const button = part(el, 'fullscreen-button')!;
    expect(button.getAttribute('aria-label')).to.equal('Full screen');
    await click(button);
    await waitUntil(() => document.fullscreenElement === el, 'element not in full screen', { timeout: 3000 });
    await waitUntil(() => el.hasAttribute('fullscreen'));
    expect(part(el, 'fullscreen-button')!.getAttribute('aria-label')).to.equal('Exit full screen');
    await document.exitFullscreen();
    await waitUntil(() => !el.hasAttribute('fullscreen'));
  });

  it('puts the shop in its places: cards in the overlay, the Products button last in the bar, the sheet last in the player', async () => {
    const el = await fixture<ShoppableVideo>(html`<div style="width: 640px">
      <shoppable-video src=${MP4} show="/demo/shows/spring-launch.json" preload="none"></shoppable-video>
    </div>`).then((d) => d.querySelector('shoppable-video')!);
    await waitUntil(() => part(el, 'products-button'), 'the shop did not render');
    el.currentTime = 5; // the music box's moment
    await waitUntil(() => part(el, 'overlay-cards')?.querySelector('shoppable-product-card'), 'no card on screen at 5 s');
    const root = el.shadowRoot!;
    expect(root.querySelector('[part="overlay"] [part="overlay-cards"]')).to.exist;
    expect(root.querySelector('.bar')!.lastElementChild!.matches('[part~="products-button"]')).to.be.true;
    await click(part(el, 'products-button')!);
    await waitUntil(() => part(el, 'product-sheet'), 'the sheet did not open');
    expect(root.querySelector('[part="player"]')!.lastElementChild!.matches('[part="product-sheet"]')).to.be.true;
  });
});
