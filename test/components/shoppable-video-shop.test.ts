import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type {
  ShoppableAddToCartEvent,
  ShoppableErrorEvent,
  ShoppableProductClickEvent,
  ShoppableProductShowEvent,
} from '../../src/events.js';

const SHOW = '/demo/shows/spring-launch.json';

function q<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  return el.shadowRoot!.querySelector<T>(selector);
}
function qa(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}
function overlayTitles(el: ShoppableVideo): string[] {
  return qa(el, 'shoppable-product-card').map(
    (card) => card.shadowRoot!.querySelector('[part~="card-title"]')?.textContent?.trim() ?? '',
  );
}
async function loaded(el: ShoppableVideo) {
  await waitUntil(() => qa(el, '[part~="products-button"]').length > 0, 'the show did not load', { timeout: 5000 });
  await el.updateComplete;
}
async function seek(el: ShoppableVideo, t: number) {
  el.currentTime = t;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

describe('<shoppable-video> with a show', () => {
  it('keeps a product shown through a seek made while playback waits for the media', async () => {
    // The same show, its playlists and segments served slowly: playback has begun, nothing loaded.
    const show = await (await fetch(SHOW)).json();
    show.video.src = '/__faults/slow/800/demo/media/replay/master.m3u8';
    const el = await fixture<ShoppableVideo>(html`<shoppable-video .show=${show} muted preload="none"></shoppable-video>`);
    await loaded(el);
    const events: string[] = [];
    el.addEventListener('shoppable-product-show', (e) => events.push(`show ${e.detail.product.id}`));
    el.addEventListener('shoppable-product-hide', (e) => events.push(`hide ${e.detail.product.id}`));
    el.play().catch(() => {}); // settles once the slow media plays, or when the test ends
    await oneEvent(el, 'play');
    expect(el.video.readyState).to.equal(0);
    // The seek waits for the metadata; the clock, already running, must report the time asked
    // for meanwhile, not the video's own 0 (which would take the product off again).
    el.currentTime = 5;
    await waitUntil(() => el.video.currentTime >= 5, 'the seek was not applied', { timeout: 10000 });
    await aTimeout(300);
    expect(events).to.deep.equal(['show music-box-01']);
    expect(overlayTitles(el)).to.deep.equal(['Carousel music box']);
  });

  it('takes its video from the show, and marks every moment on the seek bar', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted></shoppable-video>`);
    await loaded(el);
    await el.play();
    await waitUntil(() => qa(el, '[part~="marker"]').length > 0, 'no markers once the duration is known', { timeout: 8000 });
    el.pause();
    expect(el.hls).to.not.equal(null);
    expect(el.duration).to.be.closeTo(60, 0.5);
    const markers = qa(el, '[part~="marker"]') as HTMLElement[];
    expect(markers).to.have.length(6);
    expect(markers[0].getAttribute('aria-label') ?? markers[0].textContent).to.contain('Carousel music box');
    const bar = q(el, '[part~="timeline"]')!.getBoundingClientRect();
    const fan = markers[3].getBoundingClientRect(); // the fan's moment starts at 34 s of 60 s
    expect((fan.left + fan.width / 2 - bar.left) / bar.width).to.be.closeTo(34 / 60, 0.03);
    const button = q(el, '[part~="products-button"]')!;
    expect(button.querySelector('.visually-hidden')!.textContent).to.equal('Products (6)'); // its accessible name
    expect(q(el, '[part~="badge"]')!.textContent!.trim()).to.equal('6');
  });

  it('shows each product during its moments, with show and hide events (also after seeks)', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    const log: string[] = [];
    el.addEventListener('shoppable-product-show', (e) => log.push(`show ${e.detail.product.id}`));
    el.addEventListener('shoppable-product-hide', (e) => log.push(`hide ${e.detail.product.id}`));
    await seek(el, 1);
    expect(overlayTitles(el)).to.deep.equal([]);
    await seek(el, 5);
    expect(overlayTitles(el)).to.deep.equal(['Carousel music box']);
    expect(el.activeProducts.map((p) => p.id)).to.deep.equal(['music-box-01']);
    await seek(el, 15); // overlapping moments
    expect(overlayTitles(el)).to.deep.equal(['Carousel music box', 'Paper lantern set']);
    await seek(el, 1); // back before everything
    expect(overlayTitles(el)).to.deep.equal([]);
    expect(log).to.deep.equal(['show music-box-01', 'show lantern-02', 'hide music-box-01', 'hide lantern-02']);
  });

  it('places a hotspot at the moment position, which opens the product in the sheet', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    await seek(el, 5);
    const hotspot = q(el, '[part~="hotspot"]')!;
    expect(hotspot.getAttribute('aria-label')).to.equal('Carousel music box');
    const overlay = q(el, '[part~="overlay"]')!.getBoundingClientRect();
    const spot = hotspot.getBoundingClientRect();
    expect((spot.left + spot.width / 2 - overlay.left) / overlay.width).to.be.closeTo(0.72, 0.02);
    expect((spot.top + spot.height / 2 - overlay.top) / overlay.height).to.be.closeTo(0.35, 0.02);
    const click = oneEvent(el, 'shoppable-product-click') as Promise<ShoppableProductClickEvent>;
    hotspot.click();
    expect((await click).detail.product.id).to.equal('music-box-01');
    await el.updateComplete;
    expect(q(el, '[part~="product-sheet"]')).to.exist;
  });

  it('lists every product in the sheet, and "Watch the moment" seeks to its first moment', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    q(el, '[part~="products-button"]')!.click();
    await el.updateComplete;
    const list = q(el, 'shoppable-product-list') as HTMLElement & { updateComplete: Promise<unknown> };
    await list.updateComplete;
    const items = [...list.shadowRoot!.querySelectorAll('[part~="list-item"]')];
    expect(items).to.have.length(6); // the tea tin has no moment and is still listed
    const fan = items.find((i) => i.getAttribute('data-product-id') === 'fan-04')!;
    (fan.querySelector('[part~="watch-moment"]') as HTMLElement).click();
    await el.updateComplete;
    expect(el.currentTime).to.equal(34);
    await waitUntil(() => overlayTitles(el).includes('Silk hand fan'), 'the fan did not show after the seek');
    // Escape (close) returns focus to the Products button.
    list.shadowRoot!.querySelector<HTMLElement>('[part~="list-close"]')!.click();
    await el.updateComplete;
    expect(q(el, '[part~="product-sheet"]')).to.not.exist;
  });

  it('sends the on-screen product to the page with the media time and show id', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    await seek(el, 5);
    const card = q(el, 'shoppable-product-card')!;
    await (card as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const added = oneEvent(el, 'shoppable-add-to-cart') as Promise<ShoppableAddToCartEvent>;
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 1 })), { once: true });
    // The music box has one purchasable tune (the lullaby is sold out): the overlay adds it at once.
    card.shadowRoot!.querySelector<HTMLElement>('[part~="add-to-cart"]')!.click();
    const { detail } = await added;
    expect(detail.product.id).to.equal('music-box-01');
    expect(detail.variant?.id).to.equal('mb-waltz');
    expect(detail.quantity).to.equal(1);
    expect(detail.currentTime).to.equal(5);
    expect(detail.showId).to.equal('spring-launch-2026-03-01');
    expect(detail.price).to.deep.equal({ amount: 1999, currency: 'GBP' });
    expect(detail.requestId).to.be.a('string').and.not.empty;
  });

  it('formats prices for the chosen currency and locale', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    await seek(el, 5);
    const price = () =>
      q(el, 'shoppable-product-card')!.shadowRoot!.querySelector('[part~="card-price"]')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(price()).to.contain('£19.99');
    el.currency = 'JPY';
    el.locale = 'ja-JP';
    await seek(el, 5);
    await (q(el, 'shoppable-product-card') as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(price()).to.contain('3,800');
    expect(price()).to.not.contain('.');
  });

  it('reads a show from a <script type="application/json"> child', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video muted preload="none">
      <script type="application/json">
        { "version": 1, "id": "inline", "products": [{ "id": "p", "title": "Inline product" }],
          "moments": [{ "productId": "p", "start": 0, "end": 10 }] }
      </script>
    </shoppable-video>`);
    await loaded(el);
    await seek(el, 2);
    expect(overlayTitles(el)).to.deep.equal(['Inline product']);
  });

  it('never breaks on a bad show: invalid entries are reported once, the rest still works', async () => {
    const errors: ShoppableErrorEvent[] = [];
    const el = document.createElement('shoppable-video') as ShoppableVideo;
    el.addEventListener('shoppable-error', (e) => errors.push(e));
    el.preload = 'none';
    el.show = {
      version: 1,
      id: 'bad',
      products: [
        { id: 'ok', title: '<img src=x onerror="window.__pwned=1">', url: 'javascript:alert(1)' },
        { title: 'no id' },
        'not a product',
      ],
      moments: [{ productId: 'ok', start: 0, end: 5 }, { productId: 'ghost', start: 0, end: 1 }, { productId: 'ok', start: 4, end: 2 }],
    };
    document.body.append(el);
    try {
      await loaded(el);
      await seek(el, 1);
      expect(errors).to.have.length(1);
      expect(errors[0].detail).to.include({ code: 'show-invalid', fatal: false });
      expect(errors[0].detail.message).to.contain('products[1].id');
      expect(errors[0].detail.message).to.contain('moments[1]');
      const card = q(el, 'shoppable-product-card')!;
      expect(card.shadowRoot!.querySelector('img[onerror]')).to.not.exist;
      expect(card.shadowRoot!.textContent).to.contain('<img src=x onerror=');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
      for (const a of card.shadowRoot!.querySelectorAll('a')) expect(a.getAttribute('href') ?? '').to.not.match(/^javascript:/i);
    } finally {
      el.remove();
    }
  });

  it('reports a show URL that fails, and keeps the player working', async () => {
    const el = document.createElement('shoppable-video') as ShoppableVideo;
    const error = oneEvent(el, 'shoppable-error') as Promise<ShoppableErrorEvent>;
    el.setAttribute('show', '/demo/shows/missing.json');
    el.setAttribute('src', '/demo/media/replay.mp4');
    el.muted = true;
    document.body.append(el);
    try {
      const { detail } = await error;
      expect(detail).to.include({ code: 'show-fetch', fatal: false });
      await el.play();
      await waitUntil(() => el.currentTime > 0.2, 'the video did not play', { timeout: 8000 });
    } finally {
      el.remove();
    }
  });

  it('announces products politely as they appear', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none"></shoppable-video>`);
    await loaded(el);
    const shown = oneEvent(el, 'shoppable-product-show') as Promise<ShoppableProductShowEvent>;
    await seek(el, 25);
    await shown;
    await el.updateComplete;
    const status = q(el, '[part~="announcer"]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent).to.contain('Celadon teapot');
  });
});
