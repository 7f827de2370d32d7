// The purchase path with real taps on a muted autoplaying player, and the hit-test audit on a live
// stream and in full screen: see hit-audit.ts.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { auditHits } from '../helpers/hit-audit.js';
import { centre, clickAt, tapAt } from '../helpers/input.js';
import { overlayAdd, part, settle } from '../helpers/player.js';
import { SHOW, SIZES } from './hit-audit.js';

describe('a shopper can tap Add to cart on a muted autoplaying player', () => {
  for (const size of SIZES) {
    it(`${size.name}: the first ${size.touch ? 'tap' : 'click'} on a card's Add to cart fires exactly one event`, async () => {
      await setViewport(size.viewport);
      await resetMouse();
      const el = await fixture<ShoppableVideo>(
        html`<shoppable-video style="width: ${size.width}px" max-cards="2" show=${SHOW} aspect-ratio=${size.aspect ?? '16 / 9'} muted autoplay start="13"></shoppable-video>`,
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
