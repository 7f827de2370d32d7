import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { HLS, deep, overlayCards, seek, showPlayer } from './helpers.js';

// axe on the player (and, through its shadow roots, the cards and list inside it) in every state.
describe('accessibility (axe) in every state', () => {
  // axe measures contrast as painted: a card still fading in (150 ms) would read as low contrast.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('idle: before the first play', async () => {
    const el = await showPlayer();
    expect(deep(el, '[part~="big-play-button"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('playing: muted autoplay of an HLS replay', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src=${HLS} muted autoplay></shoppable-video>`);
    await waitUntil(() => el.hasAttribute('playing'), 'never started playing', { timeout: 8000 });
    el.pause();
    // A muted autoplaying player brings in its control bar after its first frame, or on pause.
    await waitUntil(() => deep(el, '[part~="timeline"]'), 'no control bar once paused', { timeout: 5000 });
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('a product shown on the video', async () => {
    const el = await showPlayer();
    await seek(el, 5);
    expect(overlayCards(el)).to.have.length(1);
    expect(deep(el, '[part~="hotspot"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('the product list open', async () => {
    const el = await showPlayer();
    await seek(el, 5);
    deep(el, '[part~="products-button"]')!.click();
    await el.updateComplete;
    const list = deep(el, 'shoppable-product-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(deep(el, '[part~="list-item"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('an add to cart pending', async () => {
    const el = await showPlayer();
    await seek(el, 5);
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(new Promise(() => {})));
    const card = overlayCards(el)[0] as ShoppableProductCard;
    const add = card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add-to-cart"]')!;
    add.click();
    await card.updateComplete;
    expect(add.getAttribute('aria-busy')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('the error state', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video src="/__faults/404/x.m3u8" preload="auto"></shoppable-video>`);
    await oneEvent(el, 'shoppable-error');
    await el.updateComplete;
    expect(deep(el, '[part~="error"]')!.getAttribute('role')).to.equal('alert');
    expect(deep(el, '[part~="retry"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('every pointer target is at least 24 × 24 px', async () => {
    const el = await showPlayer();
    await seek(el, 5);
    const targets = [
      ...el.shadowRoot!.querySelectorAll<HTMLElement>('button'),
      ...overlayCards(el).flatMap((c) => [...c.shadowRoot!.querySelectorAll<HTMLElement>('button')]),
    ].filter((b) => b.getBoundingClientRect().width > 0);
    expect(targets.length).to.be.greaterThan(5);
    for (const t of targets) {
      const r = t.getBoundingClientRect();
      expect(Math.min(r.width, r.height), t.getAttribute('part') ?? t.className).to.be.at.least(24);
    }
  });
});
