// `npm run shots`: the key states a shopper meets, pressed with real input and photographed in
// Chromium at the phone and desktop sizes, in English and Arabic, into docs/shots/ (linked from the
// README). Not part of `npm test`: the pictures are for people to look at.
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { clickAt, screenshot, tap } from '../helpers/input.js';
import { overlayAdd, part, settle } from '../helpers/player.js';

const SHOW = '/demo/shows/spring-launch.json';
const OUT = 'docs/shots';

const SIZES = [
  { name: 'phone-9x16', viewport: { width: 390, height: 844 }, width: 374, aspect: '9 / 16', touch: true, page: true, src: '/demo/media/vertical/index.m3u8' },
  { name: 'phone-16x9', viewport: { width: 390, height: 844 }, width: 358, aspect: '16 / 9', touch: true, page: true },
  { name: '640x360', viewport: { width: 660, height: 400 }, width: 640, aspect: '16 / 9', touch: false, page: false },
  { name: '1280x720', viewport: { width: 1300, height: 760 }, width: 1280, aspect: '16 / 9', touch: false, page: false },
];




describe('npm run shots', function () {
  this.timeout(120_000);
  for (const size of SIZES) {
    for (const lang of ['en', 'ar']) {
      it(`${size.name} ${lang}`, async () => {
        await setViewport(size.viewport);
        await resetMouse();
        const press = (target: HTMLElement) => (size.touch ? tap(target) : clickAt(target));
        /** A player shown at 0:13 (two products): played a moment, then paused, so the picture shows its frame. */
        const mount = async () => {
          const el = await fixture<ShoppableVideo>(html`<shoppable-video
            style="width: ${size.width}px"
            show=${SHOW}
            src=${ifDefined('src' in size ? size.src : undefined)}
            locale=${lang}
            aspect-ratio=${size.aspect}
            muted
            cart-url="#cart"
            checkout-url="#checkout"
            cart-count="2"
          ></shoppable-video>`);
          await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'no shop');
          el.currentTime = 13;
          await el.play();
          await waitUntil(() => el.currentTime > 13.3 && part(el.shadowRoot!, 'play-button'), 'did not play', { timeout: 20_000 });
          el.pause();
          await waitUntil(() => el.paused && el.activeProducts.length === 2, 'no products');
          return el;
        };
        /** The viewport at phone sizes (a page sheet shows over it), else the player and a margin. */
        const shoot = async (el: ShoppableVideo, state: string) => {
          await settle(el);
          const r = el.getBoundingClientRect();
          const clip = size.page ? undefined : { x: Math.max(0, r.x - 8), y: Math.max(0, r.y - 8), width: r.width + 16, height: r.height + 16 };
          await screenshot(`${OUT}/${size.name}-${lang}-${state}.jpg`, clip);
        };

        const el = await mount();
        // The default: on a phone-sized player one card (the newest product) and "+ 1 more".
        await shoot(el, 'products');
        // The add states with both cards, as a page with max-cards="2" shows them.
        el.setAttribute('max-cards', '2');
        await waitUntil(() => el.shadowRoot!.querySelectorAll('[part~="overlay-cards"] shoppable-product-card').length === 2, 'max-cards did not apply');
        el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(new Promise(() => {})), { once: true });
        await press(overlayAdd(el));
        await shoot(el, 'adding');
        el.remove();

        // A fresh player for the add that succeeds, then the sheet.
        const again = await mount();
        again.setAttribute('max-cards', '2');
        await waitUntil(() => again.shadowRoot!.querySelectorAll('[part~="overlay-cards"] shoppable-product-card').length === 2, 'max-cards did not apply');
        again.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 1, cartCount: 3 })), { once: true });
        await settle(again);
        await press(overlayAdd(again));
        await waitUntil(() => part(again.shadowRoot!, 'cart-notice'), 'no cart notice');
        await shoot(again, 'added');
        await press(part(again.shadowRoot!, 'products-button')!);
        await waitUntil(() => part(again.shadowRoot!, 'product-sheet'), 'no sheet');
        await shoot(again, 'sheet');
      });
    }
  }
});
