// The overlay follows the show while nothing else re-renders the player: a muted autoplaying
// player keeps its controls hidden (no time display updates), so a card that comes on screen must
// be drawn by the shop's own update, not by a later render for something else.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

const MP4 = '/demo/media/replay.mp4';
const show = {
  id: 'overlay-updates',
  title: 'Overlay updates',
  video: { src: MP4 },
  products: [{ id: 'box', title: 'Music box', price: { amount: 1999, currency: 'GBP' } }],
  moments: [{ productId: 'box', start: 1, end: 2, position: { x: 0.5, y: 0.4 } }],
};

describe('<shoppable-video> overlay updates with the controls hidden', () => {
  it('draws the card as the moment starts and takes it away as it ends, while playing with hidden controls', async () => {
    const el = await fixture<ShoppableVideo>(html`<div style="width: 640px"><shoppable-video .show=${show} muted autoplay></shoppable-video></div>`).then(
      (d) => d.querySelector('shoppable-video')!,
    );
    await waitUntil(() => !el.paused && el.currentTime > 0.1 && el.currentTime < 0.9, 'did not start playing before the moment', { timeout: 10_000 });
    expect(el.shadowRoot!.querySelector('[part~="overlay-cards"] shoppable-product-card'), 'a card before the moment').to.equal(null);
    const cards = () => el.shadowRoot!.querySelector('[part~="overlay-cards"] shoppable-product-card');
    // The media time at which the card came and went, seen on every frame.
    let shownAt = NaN;
    let goneAt = NaN;
    const watch = () => {
      if (Number.isNaN(shownAt) && cards()) shownAt = el.currentTime;
      if (!Number.isNaN(shownAt) && Number.isNaN(goneAt) && !cards()) goneAt = el.currentTime;
      if (Number.isNaN(goneAt)) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    await waitUntil(() => !Number.isNaN(goneAt) || el.currentTime > 4, 'the moment did not pass', { timeout: 10_000 });
    expect(el.hasAttribute('controls-hidden'), 'the controls stayed hidden while autoplaying').to.equal(true);
    // Within a few frames of the moment's edges (media time), not at some later, unrelated render
    // (half a second of slack: a loaded CI machine presents frames late; the bug this guards against
    // drew the card only at the next unrelated render, seconds later or never).
    expect(shownAt - 1, 'the card came late').to.be.within(0, 0.5);
    expect(goneAt - 2, 'the card left late').to.be.within(0, 0.5);
  });
});
