// Adds that used to be lost or doubled (issue #20), on the real card and in the player's overlay,
// pressed with the real mouse: a double click is one add whatever the store does; a rejection that
// throws when read still settles as a failure; an add whose overlay card left while it was pending
// still reaches the page, and the player tells the shopper.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, resetMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { centre, clickAt, tapAt } from '../helpers/input.js';
import { overlayAdd, settle } from '../helpers/player.js';
import '../../src/register.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableAddToCartCompleteEvent, ShoppableAddToCartEvent, ShoppableErrorEvent } from '../../src/events.js';
import { musicBox, variant } from '../fixtures/products.js';
import { replayShow } from '../fixtures/shows.js';

const product = musicBox({ url: undefined, variants: [variant('mb-waltz')] });

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const addButton = (el: Element) => $(el, '[part~="add-to-cart"]')!;
const label = (el: Element) => addButton(el).textContent!.trim();

async function card() {
  const adds: ShoppableAddToCartEvent[] = [];
  const errors: ShoppableErrorEvent[] = [];
  const el = await fixture<ShoppableProductCard>(html`<shoppable-product-card
    locale="en-GB"
    .product=${product}
    cart-timeout="3000"
    @shoppable-add-to-cart=${(e: ShoppableAddToCartEvent) => adds.push(e)}
    @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
  ></shoppable-product-card>`);
  return { el, adds, errors };
}

/** A real double click at the centre: two presses in one round trip (clickCount 1, then 2; see scripts/wtr-commands.mjs). */
async function doubleClick(target: Element): Promise<void> {
  const [x, y] = centre(target);
  await executeServerCommand('dblclick', { x, y });
}

/** Collects the page's unhandled rejections while `run` runs (and a little after). */
async function unhandled(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const on = (e: PromiseRejectionEvent) => {
    seen.push(e.reason);
    e.preventDefault();
  };
  window.addEventListener('unhandledrejection', on);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 100));
  } finally {
    window.removeEventListener('unhandledrejection', on);
  }
  return seen;
}

describe('reliability: adds that were lost or doubled', function () {
  this.timeout(30_000);

  it('a real double click with an instant store is one add', async () => {
    const { el, adds } = await card();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 1 })));
    await doubleClick(addButton(el));
    await waitUntil(() => label(el) === 'Added', 'no success');
    await new Promise((r) => setTimeout(r, 100)); // nothing more comes
    expect(adds).to.have.length(1);
    // "Added" ignores presses but stays focusable and says so.
    expect(addButton(el).getAttribute('aria-disabled')).to.equal('true');
    await clickAt(addButton(el));
    expect(adds).to.have.length(1);
  });

  it('a real double click with a preventDefault-only listener is one add', async () => {
    const { el, adds } = await card();
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault());
    await doubleClick(addButton(el));
    await new Promise((r) => setTimeout(r, 100));
    expect(adds).to.have.length(1);
    expect(label(el)).to.equal('Added');
    // Once "Added" has gone, the next press is a new add.
    await waitUntil(() => label(el) === 'Add to cart', '"Added" did not clear');
    await clickAt(addButton(el));
    expect(adds).to.have.length(2);
  });

  for (const [name, make] of [
    ['whose reason getter throws', () => Object.defineProperty(new Error(), 'reason', { get: () => { throw new Error('getter'); } })],
    ['that is a throwing Proxy', () => new Proxy({}, { get: () => { throw new Error('trap'); }, getPrototypeOf: () => { throw new Error('trap'); } })],
  ] as const) {
    it(`a rejection ${name} settles as a failure, with no unhandled rejection`, async () => {
      const { el, errors } = await card();
      el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(make())));
      const escaped = await unhandled(async () => {
        await clickAt(addButton(el));
        await waitUntil(() => errors.length === 1, 'the add never settled');
      });
      await el.updateComplete;
      expect(escaped).to.deep.equal([]);
      expect(errors[0].detail).to.include({ code: 'cart-failed', fatal: false });
      expect(label(el)).to.equal('Add to cart');
      expect(addButton(el).getAttribute('aria-busy')).to.equal('false');
      expect($(el, '[part~="card-status"]')!.textContent!.trim()).to.equal('Could not add to cart.');
      expect($(el, '[part~="retry"]')).to.not.equal(null);
    });
  }

  it('a resolved Proxy that throws when read is still a success', async () => {
    const { el } = await card();
    // Not a thenable (`then` reads as undefined), but every other field throws.
    const result = new Proxy({}, { get: (_, key) => { if (key === 'then') return undefined; throw new Error('trap'); } });
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve(result)));
    const escaped = await unhandled(async () => {
      await clickAt(addButton(el));
      await waitUntil(() => label(el) === 'Added', 'the add never settled');
    });
    expect(escaped).to.deep.equal([]);
  });

  // A phone (a finger, a 9:16 and a 16:9 player, one in Arabic) and a desktop (the mouse).
  for (const size of [
    { name: 'phone, 9:16 player, ar', viewport: { width: 390, height: 844 }, width: 370, aspect: '9 / 16', lang: 'ar', touch: true },
    { name: 'phone, 16:9 player', viewport: { width: 390, height: 844 }, width: 370, aspect: '16 / 9', lang: 'en', touch: true },
    { name: 'desktop', viewport: { width: 1280, height: 800 }, width: 960, aspect: '16 / 9', lang: 'en', touch: false },
  ])
  describe(`an overlay card that leaves while its add is pending (${size.name})`, () => {
    before(async () => {
      await setViewport(size.viewport);
      await resetMouse();
    });
    after(() => setViewport({ width: 800, height: 600 }));

    async function player() {
      const show = replayShow(product, { id: 'lost-add', title: 'Lost add', start: 0, end: 2 });
      const completes: ShoppableAddToCartCompleteEvent[] = [];
      const errors: ShoppableErrorEvent[] = [];
      // The page listens on document, as a store's script would.
      const onComplete = (e: ShoppableAddToCartCompleteEvent) => completes.push(e);
      const onError = (e: ShoppableErrorEvent) => errors.push(e);
      document.addEventListener('shoppable-add-to-cart-complete', onComplete);
      document.addEventListener('shoppable-error', onError);
      const el = await fixture<ShoppableVideo>(
        html`<shoppable-video style="width: ${size.width}px" aspect-ratio=${size.aspect} locale=${size.lang}
          muted preload="none" cart-url="/cart" cart-timeout="10000" .show=${show}></shoppable-video>`,
      );
      el.currentTime = 1;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="overlay-cards"] shoppable-product-card'), 'no overlay card');
      // The overlay measures itself first (a short player shows a chip): press what is there then.
      await settle(el);
      const overlayCard = (overlayAdd(el).getRootNode() as ShadowRoot).host as ShoppableProductCard;
      const done = () => {
        document.removeEventListener('shoppable-add-to-cart-complete', onComplete);
        document.removeEventListener('shoppable-error', onError);
      };
      return { el, overlayCard, completes, errors, done };
    }
    const announcer = (el: ShoppableVideo) => $(el, '[part~="announcer"]')!.textContent!.trim();

    /** Presses Add on the overlay card with the mouse, then moves past the moment so the card leaves. */
    async function pressThenLeave(el: ShoppableVideo, overlayCard: ShoppableProductCard, store: Promise<unknown>) {
      el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store as Promise<void>), { once: true });
      await (size.touch ? tapAt : clickAt)(addButton(overlayCard));
      await overlayCard.updateComplete;
      expect(addButton(overlayCard).getAttribute('aria-busy')).to.equal('true');
      el.currentTime = 10;
      await waitUntil(() => !overlayCard.isConnected, 'the card did not leave');
    }

    it('the page still gets -complete, and the player shows the cart notice and announces the add', async () => {
      const { el, overlayCard, completes, done } = await player();
      try {
        let resolve!: (v: { quantity: number }) => void;
        await pressThenLeave(el, overlayCard, new Promise((r) => (resolve = r)));
        resolve({ quantity: 1 });
        await waitUntil(() => completes.length === 1, 'the result of the add was dropped');
        expect(completes[0].detail.product.id).to.equal(product.id);
        await waitUntil(() => $(el, '[part~="cart-notice"]'), 'no cart notice');
        expect(announcer(el)).to.equal(size.lang === 'ar' ? 'تمت إضافة Carousel music box إلى السلة' : 'Carousel music box added to cart');
      } finally {
        done();
      }
    });

    it('a failure still reaches the page, and the player announces it', async () => {
      const { el, overlayCard, errors, done } = await player();
      try {
        let reject!: (e: unknown) => void;
        await pressThenLeave(el, overlayCard, new Promise((_, r) => (reject = r)));
        reject(Object.assign(new Error('Sorry, the last one just sold.'), { reason: 'out-of-stock' }));
        await waitUntil(() => errors.some((e) => e.detail.code === 'cart-failed'), 'the failure of the add was dropped');
        await waitUntil(() => announcer(el) === 'Sorry, the last one just sold.', 'the player did not announce the failure');
        expect($(el, '[part~="cart-notice"]')).to.equal(null);
      } finally {
        done();
      }
    });
  });
});
