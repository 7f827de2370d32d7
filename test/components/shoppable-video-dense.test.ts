// A show of thousands of overlapping moments (issue #19): the overlay keeps at most N cards and M
// hotspots on the video, whatever the show holds; the rest are one tap away ("+ K more"); the
// announcer says one summary; the timeline's markers are one layer, not thousands of buttons.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { waitUntil } from '../wait.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { pickVisible } from '../../src/core/density.js';
import type { Moment } from '../../src/types.js';
import { clickAt, screenshot, tap } from '../helpers/input.js';
import { part, settle } from '../helpers/player.js';

const MP4 = '/demo/media/replay.mp4';
const PRODUCTS = 300;

/** 2,000 moments over 30 s, each 3–6 s long: about 230 on screen at once, an edge every few ms. */
function denseShow() {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const products = Array.from({ length: PRODUCTS }, (_, i) => ({
    id: `p${i}`,
    title: `Product ${i}`,
    price: { amount: 1000 + i, currency: 'GBP' },
  }));
  const moments = Array.from({ length: 2000 }, () => {
    const start = Math.round(random() * 30 * 1000) / 1000;
    return {
      productId: `p${Math.floor(random() * PRODUCTS)}`,
      start,
      end: start + 3 + Math.round(random() * 3000) / 1000,
      position: { x: 0.2 + random() * 0.6, y: 0.2 + random() * 0.5 },
    };
  });
  return { id: 'dense', title: 'Dense', video: { src: MP4 }, products, moments };
}

const cards = (el: ShoppableVideo) => [...el.shadowRoot!.querySelectorAll('[part~="overlay-cards"] shoppable-product-card')];
const hotspots = (el: ShoppableVideo) => [...el.shadowRoot!.querySelectorAll('[part~="hotspot"]')];

async function player(width: number, attrs: { ratio?: string; maxCards?: string } = {}, style = '') {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; ${style}">
    <shoppable-video
      src=${MP4}
      preload="none"
      .show=${denseShow()}
      locale="en"
      aspect-ratio=${ifDefined(attrs.ratio)}
      max-cards=${ifDefined(attrs.maxCards)}
    ></shoppable-video>
  </div>`);
  const el = wrap.querySelector('shoppable-video')!;
  await waitUntil(() => part(el.shadowRoot!, 'overlay-cards'), 'the shop layer did not render');
  el.currentTime = 15;
  await waitUntil(() => cards(el).length > 0, 'no card at 15 s');
  await settle(el);
  return el;
}

describe('<shoppable-video> with a dense show', () => {
  afterEach(() => setViewport({ width: 1280, height: 720 }));

  it('keeps three cards and six hotspots on a desktop player, and opens the sheet at the rest from "+ K more"', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960);
    const distinct = new Set(el.activeProducts.map((p) => p.id)).size;
    expect(distinct, 'products on screen').to.be.above(100);
    expect(cards(el)).to.have.length(3);
    expect(hotspots(el)).to.have.length(6);
    const more = part(el.shadowRoot!, 'more-products')!;
    expect(more.textContent!.trim()).to.equal(`+${distinct - 3} more`);
    // The markers of 2,000 moments are one drawn layer, not 2,000 buttons.
    await el.play().catch(() => {});
    el.pause();
    await waitUntil(() => part(el.shadowRoot!, 'markers-layer'), 'no markers layer');
    expect(el.shadowRoot!.querySelectorAll('[part~="marker"]')).to.have.length(0);
    // Summarised to what pixels can show (issue #20): at most one tick per pixel column of the bar.
    const layer = part(el.shadowRoot!, 'markers-layer')!;
    const columns = Number(layer.getAttribute('viewBox')!.split(' ')[2]);
    const ticks = layer.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length;
    expect(columns).to.be.within(layer.getBoundingClientRect().width * devicePixelRatio * 0.9, 1280 * devicePixelRatio);
    expect(ticks).to.be.within(1, Math.min(columns, 1999));
    await screenshot('test-results/dense-desktop.png');
    await tap(more);
    await waitUntil(() => part(el.shadowRoot!, 'product-sheet'), 'the sheet did not open');
    // The sheet opens at the most recent product without a card, and focuses its card.
    const list = el.shadowRoot!.querySelector('shoppable-product-list')!;
    await waitUntil(() => list.shadowRoot?.activeElement, 'focus did not move into the list');
    const item = list.shadowRoot!.activeElement!.closest('[data-product-id]') ?? list.shadowRoot!.querySelector(':focus-within');
    expect(item, 'the focused item').to.exist;
  });

  it('while playing, keeps its full overlay and still counts "+ K more" as products come and go', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960);
    el.muted = true;
    await el.play();
    const more = () => part(el.shadowRoot!, 'more-products')?.textContent?.trim();
    const seen = new Set<string | undefined>();
    const start = el.currentTime;
    // Two seconds of a show with an edge every few milliseconds: the cards stay three (a full
    // overlay is held, not picked again at each edge) while the count keeps following the show.
    while (el.currentTime < start + 2) {
      seen.add(more());
      expect(cards(el).length, 'cards while playing').to.equal(3);
      await new Promise((r) => setTimeout(r, 50));
    }
    el.pause();
    expect(seen.size, `"+ K more" values seen while playing: ${[...seen].join(', ')}`).to.be.above(1);
    await waitUntil(() => more() === `+${new Set(el.activeProducts.map((p) => p.id)).size - 3} more`, 'the count did not settle on the products on screen');
  });

  it('pulses a new hotspot three times and then rests (a pulse that never ends keeps the page drawing), unless a designer asks for more', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960);
    const spot = hotspots(el)[0];
    expect(getComputedStyle(spot, '::before').animationName).to.equal('shoppable-pulse');
    expect(getComputedStyle(spot, '::before').animationIterationCount).to.equal('3');
    // Three pulses of 1.6 s, then no animation runs in the player at all.
    await waitUntil(() => el.shadowRoot!.getAnimations().length === 0, 'an animation still runs after the pulses', { timeout: 10_000 });
    el.style.setProperty('--shoppable-hotspot-pulses', 'infinite');
    await waitUntil(() => el.shadowRoot!.getAnimations().some((a) => (a.effect as KeyframeEffect).target === spot), 'the custom property did not make the pulse endless');
  });

  it('keeps one card on a phone-sized player, and the "+ K more" pill is tappable', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await player(358, { ratio: '9 / 16' });
    expect(cards(el)).to.have.length(1);
    expect(hotspots(el).length).to.be.at.most(3);
    const more = part(el.shadowRoot!, 'more-products')!;
    await screenshot('test-results/dense-phone.png');
    await tap(more);
    await waitUntil(() => part(el.shadowRoot!, 'product-sheet'), 'the sheet did not open from the pill');
  });

  it('takes its limits from the max-cards and max-hotspots attributes, or from CSS custom properties', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960, { maxCards: '2' }, '--shoppable-max-hotspots: 1');
    expect(cards(el)).to.have.length(2);
    expect(hotspots(el)).to.have.length(1);
    el.setAttribute('max-cards', '4');
    await waitUntil(() => cards(el).length === 4, 'max-cards did not apply when changed');
  });

  it('says one summary for the products that came on screen together, in the UI language', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960);
    const announcer = part(el.shadowRoot!, 'announcer')!;
    await waitUntil(() => /and \d+ more/.test(announcer.textContent ?? ''), 'no summary announced');
    expect(announcer.textContent).to.match(/^Now showing: Product \d+ and \d+ more$/);
  });

  it('uses real input: a click on a card of the dense overlay adds to the cart', async () => {
    await setViewport({ width: 1280, height: 720 });
    const el = await player(960);
    const card = cards(el)[0] as HTMLElement;
    const add = card.shadowRoot!.querySelector<HTMLElement>('[part~="add-to-cart"]')!;
    const added = new Promise<CustomEvent>((resolve) => el.addEventListener('shoppable-add-to-cart', (e) => resolve(e as CustomEvent), { once: true }));
    await clickAt(add);
    const event = await added;
    expect(event.detail.product.id).to.match(/^p\d+$/);
  });
});

describe('pickVisible', () => {
  const m = (productId: string, start: number, position?: { x: number; y: number }): Moment =>
    ({ productId, start, end: start + 10, position, source: 'show' }) as Moment;

  it('fills free card slots with the most recently started products, and keeps a shown card while its product is on screen', () => {
    const active = [m('a', 0), m('b', 1), m('c', 2), m('d', 3)];
    const first = pickVisible(active, { cards: 2, hotspots: 0 }, () => true);
    expect(first.cards, 'the two most recent, listed as they came').to.deep.equal(['c', 'd']);
    expect(first.more).to.deep.equal(['b', 'a']);
    const later = pickVisible([...active, m('e', 4)], { cards: 2, hotspots: 0 }, () => true, first);
    expect(later.cards, 'cards stay put under a finger').to.deep.equal(['c', 'd']);
    const gone = pickVisible([m('a', 0), m('c', 2), m('e', 4)], { cards: 2, hotspots: 0 }, () => true, later);
    expect(gone.cards).to.deep.equal(['c', 'e']);
  });

  it('puts hotspots on carded products first, one per product, and leaves out hidden products', () => {
    const at = { x: 0.5, y: 0.5 };
    const active = [m('a', 0, at), m('a', 0.5, at), m('b', 1, at), m('c', 2, at), m('hidden', 3, at)];
    const pick = pickVisible(active, { cards: 1, hotspots: 2 }, (id) => id !== 'hidden');
    expect(pick.cards).to.deep.equal(['c']);
    expect(pick.hotspots.map((h) => h.productId)).to.deep.equal(['c', 'b']);
    expect(pick.more).to.deep.equal(['b', 'a']);
    // A shown hotspot stays while its moment lasts, though a newer product came on screen.
    const next = pickVisible([...active, m('d', 4, at)], { cards: 1, hotspots: 2 }, (id) => id !== 'hidden', pick);
    expect(next.hotspots.map((h) => h.productId)).to.deep.equal(['c', 'b']);
  });
});
