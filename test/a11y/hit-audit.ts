// The hit-test audit (issue #16), shared by the hit-audit-*.test.ts files that run side by side: in
// every state a shopper meets, at phone and desktop sizes and in four languages (one right to
// left), every visible control of the player, its cards and its sheet takes a tap at its centre,
// lies inside the player (or the page sheet) and is at least 24×24 px. States are reached with
// real input (mouse, touch, keys), never element.click().
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { auditHits, deepQueryAll, type HitProblem } from '../helpers/hit-audit.js';
import { clickAt, tapAt } from '../helpers/input.js';
import { overlayAdd, part, settle } from '../helpers/player.js';

export const SHOW = '/demo/shows/spring-launch.json';

export interface Size {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  readonly width: number;
  readonly aspect?: string;
  readonly touch: boolean;
}

export const SIZES: Size[] = [
  { name: 'phone, 9:16 player', viewport: { width: 390, height: 844 }, width: 374, aspect: '9 / 16', touch: true },
  { name: 'phone, 16:9 player', viewport: { width: 390, height: 844 }, width: 358, touch: true },
  { name: '640×360', viewport: { width: 660, height: 700 }, width: 640, touch: false },
  { name: '1280×720', viewport: { width: 1300, height: 900 }, width: 1280, touch: false },
];
export const LANGS = ['en', 'ja', 'de', 'ar'];



export function deferred() {
  let resolve!: (v: { quantity: number; cartCount: number }) => void;
  const promise = new Promise<{ quantity: number; cartCount: number }>((res) => (resolve = res));
  return { promise, resolve };
}


/** The audit over `sizes` × {@link LANGS}, through every state a shopper meets on a replay. */
export function auditReplay(title: string, sizes: readonly Size[]): void {
describe(`hit-test audit: ${title}`, function () {
  this.timeout(60_000);
  afterEach(async () => {
    await resetMouse();
  });

  for (const size of sizes) {
    for (const lang of LANGS) {
      it(`${size.name}, ${lang}`, async () => {
        await setViewport(size.viewport);
        await resetMouse();
        // Two cards at every size: the fullest layout the demo show makes (a phone-sized player
        // shows one by default, with "+ 1 more"; test/components/shoppable-video-dense covers that).
        const el = await fixture<ShoppableVideo>(html`<shoppable-video
          style="width: ${size.width}px"
          max-cards="2"
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

        // An add the store cannot take now: the card shows the error with Retry (an out-of-stock
        // refusal has no Retry: test/components/product-card-refusals.test.ts).
        el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(Object.assign(new Error('The store did not answer'), { reason: 'timeout' }))), {
          once: true,
        });
        const music = overlayAdd(el, /music box|音乐盒|オルゴール|Spieluhr|صندوق/i);
        // "Added" ignores presses (one press, one add) until it clears.
        await waitUntil(() => !(music as HTMLButtonElement).disabled && music.dataset.status !== 'success', 'the button stayed disabled or "Added" after the add');
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
}
