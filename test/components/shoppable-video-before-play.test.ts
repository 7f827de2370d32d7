// Before play: a replay's length and its product markers show as soon as its playlist is read,
// though no segment loads until the shopper presses Play (preload="metadata", the default).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { clickAt } from '../helpers/input.js';

const SHOW = '/demo/shows/spring-launch.json';
const part = (el: ShoppableVideo, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Element | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<shoppable-video> before play', () => {
  afterEach(() => resetMouse());

  it('shows the replay length and its product markers before any segment loads', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: 640px" show=${SHOW} muted></shoppable-video>`);
    await waitUntil(() => text(part(el, 'time')) === '0:00 / 1:00', `the time reads "${text(part(el, 'time'))}"`, { timeout: 5000 });
    expect(el.readyState, 'a segment loaded before play').to.equal(0);
    expect(Number.isNaN(el.duration), 'duration is the video’s, as on <video>').to.be.true;
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="marker"]').length === 6, 'no markers before play');

    // A real click on the teapot's marker (0:24) seeks there before play, and shows the teapot.
    const teapot = [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="marker"]')].find((m) => /teapot/i.test(m.getAttribute('aria-label') ?? ''))!;
    await clickAt(teapot);
    await waitUntil(() => el.activeProducts.some((p) => p.id === 'teapot-03'), 'the marker did not bring the teapot on screen');
    expect(text(part(el, 'time'))).to.equal('0:24 / 1:00');
    await el.play();
    await waitUntil(() => el.currentTime > 24, 'playback did not start at the marker', { timeout: 10_000 });
  });

  it('takes no replay length from a live playlist: the LIVE badge shows, no total time', async () => {
    const id = `bp-${Math.random().toString(36).slice(2, 10)}`;
    expect((await fetch(`/__live/${id}/start?elapsed=6&window=6`, { method: 'POST' })).status).to.equal(201);
    try {
      const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: 640px" src="/__live/${id}/live.m3u8" muted></shoppable-video>`);
      await waitUntil(() => part(el, 'live-badge'), 'no LIVE badge', { timeout: 5000 });
      expect(text(part(el, 'time'))).not.to.contain('/');
    } finally {
      await fetch(`/__live/${id}`, { method: 'DELETE' });
    }
  });
});
