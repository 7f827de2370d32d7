// The mouse wheel over an overlay card scrolls the page, as over any other part of the player: the
// card column (a scroll container, for a short player's chips) once held the wheel with
// overscroll-behavior: contain even when it had nothing to scroll.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { overlayAdd, settle } from '../helpers/player.js';
import '../../src/register.js';

const SIZES = [
  { name: 'phone, 16:9', width: 390, height: 844, aspect: '16 / 9', locale: 'en' },
  { name: 'phone, 9:16, Arabic', width: 390, height: 844, aspect: '9 / 16', locale: 'ar' },
  { name: 'desktop', width: 1280, height: 720, aspect: '16 / 9', locale: 'en' },
];

describe('the wheel over an overlay card', function () {
  this.timeout(30_000);
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  for (const size of SIZES) {
    it(`scrolls the page (${size.name})`, async () => {
      await setViewport({ width: size.width, height: size.height });
      const wrap = await fixture<HTMLElement>(html`<div style="max-inline-size: 640px">
        <shoppable-video show="/demo/shows/kite-short.json" muted locale=${size.locale} aspect-ratio=${size.aspect}></shoppable-video>
        <div style="height: 3000px"></div>
      </div>`);
      const el = wrap.querySelector('shoppable-video')!;
      await waitUntil(() => el.activeProducts.length > 0, 'a product on screen');
      await settle(el);
      // The card's middle, where a shopper's pointer rests on it.
      const box = ((overlayAdd(el).getRootNode() as ShadowRoot).host as HTMLElement).getBoundingClientRect();
      const x = Math.round(box.left + box.width / 2);
      const y = Math.round(box.top + box.height / 2);
      await sendMouse({ type: 'move', position: [x, y] });
      await executeServerCommand('wheel', { x, y, deltaY: 400 });
      await waitUntil(() => scrollY > 0, `the page did not scroll (wheel at ${x},${y})`, { timeout: 3000 });
      expect(scrollY).to.be.greaterThan(0);
    });
  }
});
