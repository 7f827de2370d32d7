// The hit-test audit (issue #16): in every state a shopper meets, at phone and desktop sizes and in
// four languages (one right to left), every visible control of the player, its cards and its sheet
// takes a tap at its centre, lies inside the player (or the page sheet) and is at least 24×24 px.
// States are reached with real input (mouse, touch, keys), never element.click().
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { auditHits, deepQueryAll, type HitProblem } from '../helpers/hit-audit.js';
import { centre, clickAt, tapAt } from '../helpers/input.js';
import { overlayAdd, part, settle } from '../helpers/player.js';

const SHOW = '/demo/shows/spring-launch.json';

interface Size {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  readonly width: number;
  readonly aspect?: string;
  readonly touch: boolean;
}

const SIZES: Size[] = [
  { name: 'phone, 9:16 player', viewport: { width: 390, height: 844 }, width: 374, aspect: '9 / 16', touch: true },
  { name: 'phone, 16:9 player', viewport: { width: 390, height: 844 }, width: 358, touch: true },
  { name: '640×360', viewport: { width: 660, height: 700 }, width: 640, touch: false },
  { name: '1280×720', viewport: { width: 1300, height: 900 }, width: 1280, touch: false },
];
const LANGS = ['en', 'ja', 'de', 'ar'];



function deferred() {
  let resolve!: (v: { quantity: number; cartCount: number }) => void;
  const promise = new Promise<{ quantity: number; cartCount: number }>((res) => (resolve = res));
  return { promise, resolve };
}


describe('hit-test audit: every visible control takes a tap at its centre', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await resetMouse();
  });

  for (const size of SIZES) {
    for (const lang of LANGS) {
      it(`${size.name}, ${lang}`, async () => {
        await setViewport(size.viewport);
        await resetMouse();
        const el = await fixture<ShoppableVideo>(html`<shoppable-video
          style="width: ${size.width}px"
          show=${SHOW}
          locale=${lang}
          aspect-ratio=${size.aspect ?? '16 / 9'}
          muted
          autoplay
          start="13"
          cart-url="/cart"
          checkout-url="/checkout"
          cart-count="2"
        ></shoppable-video>`);
        const press = (target: HTMLElement) => (size.touch ? tapAt(target) : clickAt(target));
        const problems: Array<HitProblem & { state: string }> = [];
        const audit = async (state: string) => {
          await settle(el);
          problems.push(...auditHits(el).map((p) => ({ ...p, state })));
        };

        // Playing on its own: the controls stay hidden, the cards and the hotspot show.
        await waitUntil(() => !el.paused && el.activeProducts.length === 2 && el.hasAttribute('controls-hidden'), 'no products while playing', {
          timeout: 10_000,
        });
        await audit('playing, controls hidden');

        // The pointer over the player shows the controls.
        const box = el.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 10)] });
        await waitUntil(() => !el.hasAttribute('controls-hidden') && part(el.shadowRoot!, 'controls'), 'the controls did not show');
        await audit('playing, controls shown');

        // Paused with the Play button, then an add that the page's cart takes its time over.
        await press(part(el.shadowRoot!, 'play-button')!);
        await waitUntil(() => el.paused, 'Pause did not pause');
        const cart = deferred();
        el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(cart.promise), { once: true });
        await press(overlayAdd(el, /music box|音乐盒|オルゴール|Spieluhr|صندوق/i));
        await audit('add pending');
        cart.resolve({ quantity: 1, cartCount: 3 });
        await waitUntil(() => part(el.shadowRoot!, 'cart-notice'), 'no cart notice after the add');
        await audit('added, cart notice');

        // An add the store refuses: the card shows the error with Retry.
        el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(Object.assign(new Error('Sold out'), { reason: 'out-of-stock' }))), {
          once: true,
        });
        const music = overlayAdd(el, /music box|音乐盒|オルゴール|Spieluhr|صندوق/i);
        await waitUntil(() => !(music as HTMLButtonElement).disabled, 'the button stayed disabled after the add');
        await press(music);
        await waitUntil(() => deepQueryAll(el.shadowRoot!, '[part~="retry"]').length > 0, 'no Retry after a refused add');
        await audit('add failed');

        // The product sheet, opened from the bar.
        await press(part(el.shadowRoot!, 'products-button')!);
        await waitUntil(() => part(el.shadowRoot!, 'product-sheet'), 'the sheet did not open');
        await audit('product sheet open');

        expect(problems.map((p) => `${p.state}: ${p.control}: ${p.problem}`)).to.deep.equal([]);
      });
    }
  }
});

describe('a shopper can tap Add to cart on a muted autoplaying player', () => {
  for (const size of SIZES) {
    it(`${size.name}: the first ${size.touch ? 'tap' : 'click'} on a card's Add to cart fires exactly one event`, async () => {
      await setViewport(size.viewport);
      await resetMouse();
      const el = await fixture<ShoppableVideo>(
        html`<shoppable-video style="width: ${size.width}px" show=${SHOW} aspect-ratio=${size.aspect ?? '16 / 9'} muted autoplay start="13"></shoppable-video>`,
      );
      await waitUntil(() => !el.paused && el.activeProducts.length === 2 && el.hasAttribute('controls-hidden') && part(el.shadowRoot!, 'controls'), 'no products while playing', {
        timeout: 10_000,
      });
      await settle(el);
      const adds: string[] = [];
      el.addEventListener('shoppable-add-to-cart', (e) => {
        adds.push(e.detail.product.id);
        e.preventDefault();
      });
      const button = overlayAdd(el, /music box/i);
      const [x, y] = centre(button);
      expect(el.shadowRoot!.elementFromPoint(x, y), 'the hidden control bar is over the button').not.to.equal(part(el.shadowRoot!, 'controls'));
      await (size.touch ? tapAt(button) : clickAt(button));
      await waitUntil(() => adds.length > 0, 'the tap fired no add-to-cart', { timeout: 2000 });
      await new Promise((r) => setTimeout(r, 100));
      expect(adds).to.deep.equal(['music-box-01']);
    });
  }
});

describe('hit-test audit: live, and full screen', function () {
  this.timeout(60_000);
  const streams: string[] = [];
  afterEach(async () => {
    await resetMouse();
    if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
    await Promise.all(streams.splice(0).map((id) => fetch(`/__live/${id}`, { method: 'DELETE' })));
  });

  for (const size of [SIZES[0], SIZES[1], SIZES[3]]) {
    for (const lang of ['en', 'ar']) {
      it(`live, ${size.name}, ${lang}`, async () => {
        await setViewport(size.viewport);
        const id = `audit-${Math.random().toString(36).slice(2, 10)}`;
        expect((await fetch(`/__live/${id}/start?elapsed=6&window=6`, { method: 'POST' })).status).to.equal(201);
        streams.push(id);
        const el = await fixture<ShoppableVideo>(html`<shoppable-video
          style="width: ${size.width}px"
          src="/__live/${id}/live.m3u8"
          show="/demo/live/show.json"
          locale=${lang}
          aspect-ratio=${size.aspect ?? '16 / 9'}
          muted
          autoplay
        ></shoppable-video>`);
        await waitUntil(() => el.hasAttribute('live') && !el.paused, 'the stream did not play live', { timeout: 10_000 });
        const pinned = await fetch(`/__live/${id}/pin`, { method: 'POST', body: JSON.stringify({ productId: 'music-box-01', duration: 60 }) });
        expect(pinned.status).to.equal(201);
        await waitUntil(() => el.activeProducts.length > 0, 'the pin did not show', { timeout: 10_000 });
        const problems: string[] = [];
        const audit = async (state: string) => {
          await settle(el);
          problems.push(...auditHits(el).map((p) => `${state}: ${p.control}: ${p.problem}`));
        };
        await audit('live, controls hidden');
        const box = el.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(box.left + box.width / 2), Math.round(box.top + 10)] });
        await waitUntil(() => !el.hasAttribute('controls-hidden') && part(el.shadowRoot!, 'live-badge'), 'no LIVE badge');
        await audit('live, controls shown');
        await (size.touch ? tapAt : clickAt)(part(el.shadowRoot!, 'products-button')!);
        await waitUntil(() => part(el.shadowRoot!, 'product-sheet'), 'the sheet did not open');
        await audit('live, product sheet open');
        expect(problems).to.deep.equal([]);
      });
    }
  }

  for (const size of [SIZES[1], SIZES[3]]) {
    it(`full screen from ${size.name}`, async () => {
      await setViewport(size.viewport);
      const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: ${size.width}px" show=${SHOW} muted></shoppable-video>`);
      await waitUntil(() => el.activeProducts, 'no shop', { timeout: 10_000 });
      el.currentTime = 13;
      await waitUntil(() => part(el.shadowRoot!, 'fullscreen-button') && el.activeProducts.length === 2, 'no controls or products', { timeout: 10_000 });
      await clickAt(part(el.shadowRoot!, 'fullscreen-button')!);
      await waitUntil(() => el.hasAttribute('fullscreen') && document.fullscreenElement === el, 'full screen did not start');
      const problems: string[] = [];
      const audit = async (state: string) => {
        await settle(el);
        problems.push(...auditHits(el).map((p) => `${state}: ${p.control}: ${p.problem}`));
      };
      await audit('full screen, paused');
      await clickAt(part(el.shadowRoot!, 'products-button')!);
      await waitUntil(() => part(el.shadowRoot!, 'product-sheet'), 'the sheet did not open');
      expect(part(el.shadowRoot!, 'product-sheet')!.hasAttribute('popover'), 'a full-screen player keeps its sheet').to.be.false;
      await audit('full screen, product sheet open');
      expect(problems).to.deep.equal([]);
    });
  }
});
