import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductClickEvent } from '../../src/events.js';
import { record } from './record-events.js';
import { composedContains, deepHit, tap } from '../helpers/input.js';

// The control bar (another engineer's) still takes taps on its transparent top while hidden: `tap`
// presses the part of a button a tap reaches and fails when no part of it is reachable.
const SHOW = '/demo/shows/spring-launch.json';
type Updatable = HTMLElement & { updateComplete: Promise<unknown> };

const q = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  root.shadowRoot!.querySelector<T>(selector);

async function player(opts: { aspect?: string; locale?: string; width?: number } = {}) {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${opts.width ?? 358}px">
    <shoppable-video show=${SHOW} muted preload="none" aspect-ratio=${opts.aspect ?? '16 / 9'} locale=${opts.locale ?? 'en-GB'}></shoppable-video>
  </div>`);
  const el = wrap.querySelector('shoppable-video') as ShoppableVideo;
  await waitUntil(() => q(el, '[part~="products-button"]'), 'the show did not load', { timeout: 8000 });
  return el;
}

async function at(el: ShoppableVideo, t: number) {
  el.currentTime = t;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}

/** The overlay card of `productId`, once its view has rendered. */
async function overlayCard(el: ShoppableVideo, productId: string): Promise<Updatable> {
  let found: Updatable | undefined;
  await waitUntil(
    () => {
      found = [...el.shadowRoot!.querySelectorAll<Updatable>('.cards shoppable-product-card')].find(
        (c) => (c as unknown as { product?: { id: string } }).product?.id === productId && c.shadowRoot!.querySelector('[part~="card"]'),
      );
      return found;
    },
    `no overlay card for ${productId}`,
    { timeout: 5000 },
  );
  return found!;
}

/** The sheet's card of `productId`. */
async function sheetCard(el: ShoppableVideo, productId: string): Promise<Updatable> {
  await waitUntil(() => q(el, '[part~="product-sheet"] shoppable-product-list'), 'the sheet did not open');
  const list = q<Updatable>(el, 'shoppable-product-list')!;
  await list.updateComplete;
  let card: Updatable | null = null;
  await waitUntil(() => {
    card = list.shadowRoot!.querySelector<Updatable>(`[data-product-id="${productId}"] shoppable-product-card`);
    return card?.shadowRoot!.querySelector('[part~="add-to-cart"]');
  }, `the sheet shows no card for ${productId}`);
  return card!;
}

const part = (card: Element, name: string) => card.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const optionValue = (card: Element, label: string) =>
  [...card.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option-value"]')].find((o) => o.textContent!.trim() === label)!;

/** Chooses the kite in the player: Choose options opens the sheet, then Blue, then Add to cart. */
async function chooseBlueKite(el: ShoppableVideo, chooseLabel: string, blue = 'Blue') {
  const { adds } = record(el);
  const clicks: ShoppableProductClickEvent[] = [];
  el.addEventListener('shoppable-product-click', (e) => clicks.push(e));
  await at(el, 50); // the kite's moment alone
  const card = await overlayCard(el, 'kite-05');
  expect(part(card, 'add-to-cart')).to.equal(null);
  const choose = part(card, 'choose-options');
  expect(choose.textContent!.trim()).to.equal(chooseLabel);
  await tap(choose);
  const inSheet = await sheetCard(el, 'kite-05');
  expect(adds, 'Choose options added to the cart').to.have.length(0);
  expect(clicks.map((c) => c.detail.product.id)).to.deep.equal(['kite-05']);
  expect(clicks[0].detail.showId).to.equal('spring-launch-2026-03-01');
  await waitUntil(() => inSheet.shadowRoot!.activeElement?.matches('input[type="radio"]'), 'focus did not move to its options');
  await tap(optionValue(inSheet, blue));
  await inSheet.updateComplete;
  await tap(part(inSheet, 'add-to-cart'));
  await inSheet.updateComplete;
  expect(adds).to.have.length(1);
  expect(adds[0].detail.product.id).to.equal('kite-05');
  expect(adds[0].detail.variant?.id).to.equal('kt-blue');
  expect(adds[0].detail.quantity).to.equal(1);
}

describe('<shoppable-video> on a 390×844 phone: the overlay sells with real taps', () => {
  before(() => setViewport({ width: 390, height: 844 }));
  afterEach(() => resetMouse());

  it('16:9: the chip covers at most a quarter of a 358×201 player and never its hotspot', async () => {
    const el = await player();
    for (const [t, id, spot] of [
      [5, 'music-box-01', { x: 0.84, y: 0.58 }], // at the right edge: the chip keeps its corner
      [30, 'teapot-03', { x: 0.6, y: 0.5 }], // under the default (bottom-start) corner: the chip moves
    ] as const) {
      await at(el, t);
      const card = await overlayCard(el, id);
      await waitUntil(() => card.hasAttribute('chip'), 'no chip on a short player');
      const overlay = q(el, '[part~="overlay"]')!.getBoundingClientRect();
      expect([Math.round(overlay.width), Math.round(overlay.height)]).to.deep.equal([358, 201]);
      const chip = part(card, 'card').getBoundingClientRect();
      expect((chip.width * chip.height) / (overlay.width * overlay.height), `${id}: share of the picture`).to.be.at.most(0.25);
      const hotspot = q(el, '[part~="hotspot"]')!.getBoundingClientRect();
      const cx = hotspot.left + hotspot.width / 2;
      const cy = hotspot.top + hotspot.height / 2;
      expect(cx - overlay.left).to.be.closeTo(spot.x * overlay.width, 1);
      expect(cy - overlay.top).to.be.closeTo(spot.y * overlay.height, 1);
      const covers = (x: number, y: number) => x >= chip.left && x <= chip.right && y >= chip.top && y <= chip.bottom;
      expect(covers(cx, cy), `${id}: the chip covers its hotspot`).to.equal(false);
      // Its whole disc shows and takes a tap at its centre, whatever it overlaps (it is drawn over the chip).
      expect(composedContains(q(el, '[part~="hotspot"]')!, deepHit(cx, cy)), `${id}: a tap at the hotspot's centre misses it`).to.equal(true);
    }
  });

  it('16:9: Choose options opens the sheet at the product; a variant chosen there is the one added', async () => {
    const el = await player();
    await chooseBlueKite(el, 'Choose options');
  });

  it('9:16: the same, from the vertical layout\'s compact card', async () => {
    const el = await player({ aspect: '9 / 16' });
    await at(el, 50);
    const card = await overlayCard(el, 'kite-05');
    expect(card.hasAttribute('chip')).to.equal(false);
    await chooseBlueKite(el, 'Choose options');
  });

  it('16:9 in Arabic: the chip sits at the right, says اختر الخيارات, and the choice is added', async () => {
    const el = await player({ locale: 'ar' });
    await at(el, 50);
    const card = await overlayCard(el, 'kite-05');
    await waitUntil(() => part(card, 'choose-options')?.textContent!.trim() === 'اختر الخيارات', 'not in Arabic');
    const overlay = q(el, '[part~="overlay"]')!.getBoundingClientRect();
    const chip = part(card, 'card').getBoundingClientRect();
    expect(overlay.right - chip.right).to.be.lessThan(overlay.width / 10);
    const price = part(card, 'card-price');
    expect(price.textContent).to.equal(new Intl.NumberFormat('ar', { style: 'currency', currency: 'GBP' }).format(22));
    await chooseBlueKite(el, 'اختر الخيارات', 'Blue');
  });

  it('right to left, a hotspot marks the same point of the picture (not mirrored), and the chip avoids it', async () => {
    const el = await player({ locale: 'ar' });
    await at(el, 40); // the fan: x 0.86, y 0.45, under the chip's start (right) corner
    const card = await overlayCard(el, 'fan-04');
    await waitUntil(() => card.hasAttribute('chip'), 'no chip');
    const overlay = q(el, '[part~="overlay"]')!.getBoundingClientRect();
    const hotspot = q(el, '[part~="hotspot"]')!.getBoundingClientRect();
    expect(hotspot.left + hotspot.width / 2 - overlay.left).to.be.closeTo(0.86 * overlay.width, 1);
    expect(hotspot.top + hotspot.height / 2 - overlay.top).to.be.closeTo(0.45 * overlay.height, 1);
    const chip = part(card, 'card').getBoundingClientRect();
    expect(hotspot.right < chip.left || hotspot.left > chip.right || hotspot.bottom < chip.top || hotspot.top > chip.bottom).to.equal(true);
  });

  it('16:9: a product with one purchasable variant is added by one tap on its chip', async () => {
    const el = await player();
    const { adds } = record(el);
    await at(el, 5);
    const card = await overlayCard(el, 'music-box-01');
    await waitUntil(() => card.hasAttribute('chip'), 'no chip');
    expect(part(card, 'choose-options')).to.equal(null);
    await tap(part(card, 'add-to-cart'));
    expect(adds).to.have.length(1);
    expect(adds[0].detail.variant?.id).to.equal('mb-waltz');
    expect(q(el, '[part~="product-sheet"]')).to.equal(null);
  });

  it("follows the player's size, also after it moves in the page: chips when short, cards when not", async () => {
    const el = await player({ width: 374 });
    await at(el, 5);
    const card = await overlayCard(el, 'music-box-01');
    await waitUntil(() => card.hasAttribute('chip'), 'no chip on a 374×210 player');
    const wide = document.createElement('div');
    wide.style.width = '700px';
    document.body.append(wide);
    try {
      wide.append(el); // removed and added again: a 700×394 player
      await waitUntil(() => {
        const c = el.shadowRoot!.querySelector('.cards shoppable-product-card');
        return c && !c.hasAttribute('chip');
      }, 'still a chip on a 700×394 player');
      expect(q(el, '.cards')!.hasAttribute('data-corner')).to.equal(false);
    } finally {
      wide.remove();
    }
  });

  it('16:9: a failed add shows its reason in the chip, in place of the price', async () => {
    const el = await player();
    el.addEventListener('shoppable-add-to-cart', (e) =>
      e.detail.waitUntil(Promise.reject(Object.assign(new Error(''), { reason: 'out-of-stock' }))),
    );
    await at(el, 5);
    const card = await overlayCard(el, 'music-box-01');
    await waitUntil(() => card.hasAttribute('chip'), 'no chip');
    await tap(part(card, 'add-to-cart'));
    await waitUntil(() => part(card, 'card-status'), 'no status after the failure');
    const status = part(card, 'card-status');
    expect(status.textContent!.trim()).to.equal('Sorry, this is out of stock.');
    const box = part(card, 'card').getBoundingClientRect();
    const r = status.getBoundingClientRect();
    expect(r.width).to.be.greaterThan(40);
    expect(r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right).to.equal(true);
    expect(part(card, 'card-price').getBoundingClientRect().width).to.equal(0);
  });

  for (const [name, aspect] of [
    ['image (chip)', '16 / 9'],
    ['title', '9 / 16'],
  ] as const) {
    it(`a tap on the ${name} fires shoppable-product-click and opens the product in the sheet`, async () => {
      const el = await player({ aspect });
      const { adds } = record(el);
      await at(el, 50);
      const card = await overlayCard(el, 'kite-05');
      const clicked = oneEvent(el, 'shoppable-product-click') as Promise<ShoppableProductClickEvent>;
      // In the chip the title's button lies over the image: tapping the picture presses it.
      await tap(part(card, 'card-open'));
      const { detail } = await clicked;
      expect(detail.product.id).to.equal('kite-05');
      expect(detail.currentTime).to.equal(50);
      await sheetCard(el, 'kite-05');
      expect(adds).to.have.length(0);
      // The card did not open itself as well: its options stay in the sheet.
      expect(part(card, 'card-options')).to.equal(null);
    });
  }
});
