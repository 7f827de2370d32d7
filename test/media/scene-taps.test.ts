// The demo show's hotspots in the player (scene.test.ts checks they lie on the drawn products): at
// the sizes the player is used at, in English and Arabic, no card, chip, "+ K more" or control bar
// covers one (nor, before the first play, does the chip cover the big Play button), and a finger's tap (phone) or a click (desktop) at a hotspot's centre opens that
// product, not a card or the bar underneath.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductClickEvent } from '../../src/events.js';
import { centre, composedContains, deepHit, tap } from '../helpers/input.js';
import { settle } from '../helpers/player.js';

type ShowMoment = { productId: string; start: number; end: number; position: { x: number; y: number } };
type Size = { name: string; viewport: { width: number; height: number }; width: number; aspect: string; src: string; touch: boolean };

const SHOW = '/demo/shows/spring-launch.json';
const WIDE = '/demo/media/replay/master.m3u8';
const TALL = '/demo/media/vertical/index.m3u8';
const SIZES: Size[] = [
  { name: 'phone, 9:16', viewport: { width: 390, height: 844 }, width: 374, aspect: '9 / 16', src: TALL, touch: true },
  { name: 'phone, 16:9 (chip)', viewport: { width: 390, height: 844 }, width: 358, aspect: '16 / 9', src: WIDE, touch: true },
  { name: '640×360', viewport: { width: 660, height: 700 }, width: 640, aspect: '16 / 9', src: WIDE, touch: false },
  { name: 'desktop 1280×720', viewport: { width: 1300, height: 760 }, width: 1280, aspect: '16 / 9', src: WIDE, touch: false },
];

const moments = async () => ((await (await fetch(SHOW)).json()) as { moments: ShowMoment[] }).moments;
/** Each moment alone at its middle, and each overlap of two at its middle: every pair the show puts on screen. */
function checkTimes(ms: ShowMoment[]): number[] {
  const times = ms.map((m) => (m.start + m.end) / 2);
  for (const a of ms) for (const b of ms) if (a.start < b.start && b.start < a.end) times.push((b.start + Math.min(a.end, b.end)) / 2);
  return [...new Set(times)].sort((a, b) => a - b);
}
const onScreen = (ms: ShowMoment[], t: number) => ms.filter((m) => m.start <= t && t < m.end);
const all = (el: ShoppableVideo, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function player(size: Size, locale: string): Promise<ShoppableVideo> {
  await setViewport(size.viewport);
  const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: ${size.width}px" show=${SHOW} src=${size.src}
    aspect-ratio=${size.aspect} locale=${locale} muted preload="none"></shoppable-video>`);
  await waitUntil(() => el.shadowRoot!.querySelector('[part~="products-button"]'), 'the show did not load');
  return el;
}

/** Seeks (the picture need not load: the overlay follows the time) until the hotspots of `expected` and a card show. */
async function at(el: ShoppableVideo, t: number, expected: ShowMoment[]): Promise<void> {
  el.currentTime = t;
  await waitUntil(() => all(el, '[part~="hotspot"]').length === expected.length && all(el, '.cards shoppable-product-card').length > 0, `${t} s: the overlay did not show ${expected.length} hotspot(s)`);
  await settle(el);
}

/** The hotspot drawn at a moment's position (its centre within 1.5 px: not moved by a clamp). */
function hotspotOf(el: ShoppableVideo, m: ShowMoment): HTMLElement | undefined {
  const box = el.shadowRoot!.querySelector('[part~="overlay"]')!.getBoundingClientRect();
  return all(el, '[part~="hotspot"]').find((h) => {
    const [x, y] = centre(h);
    return Math.abs(x - (box.left + m.position.x * box.width)) <= 1.5 && Math.abs(y - (box.top + m.position.y * box.height)) <= 1.5;
  });
}

describe('the demo show\'s hotspots in the player', function () {
  this.timeout(120_000);
  afterEach(() => resetMouse());

  for (const size of SIZES) {
    for (const locale of ['en', 'ar']) {
      it(`${size.name}, ${locale}: every hotspot shows at its point, clear of the cards, chip, bar and Play button`, async () => {
        const ms = await moments();
        const el = await player(size, locale);
        for (const t of checkTimes(ms)) {
          const expected = onScreen(ms, t);
          await at(el, t, expected);
          // What takes a tap: the cards (or chip), "+ K more", and the bar's seek bar and buttons (its
          // gradient above them passes taps to the video).
          const covers = all(el, '.card-slot, .more-products, [part~="controls"] .timeline-wrap, [part~="controls"] button').filter((c) => c.getBoundingClientRect().height > 0);
          // Before the first play the big Play button shows: a chip's corner keeps clear of it and of
          // the hotspots, so a hotspot must leave the chip a corner that does both.
          const play = el.shadowRoot!.querySelector('[part~="big-play-button"]')?.getBoundingClientRect();
          if (play) for (const c of all(el, '.cards[data-corner] .card-slot')) expect(overlaps(play, c.getBoundingClientRect()), `${t} s: the chip over the Play button`).to.equal(false);
          for (const m of expected) {
            const spot = hotspotOf(el, m);
            expect(spot, `${t} s: ${m.productId}'s hotspot is not at ${JSON.stringify(m.position)}`).to.exist;
            const r = spot!.getBoundingClientRect();
            for (const c of covers) expect(overlaps(r, c.getBoundingClientRect()), `${t} s: ${m.productId}'s hotspot under ${c.getAttribute('part') ?? c.className}`).to.equal(false);
            expect(composedContains(spot!, deepHit(...centre(spot!))), `${t} s: a tap at ${m.productId}'s hotspot misses it`).to.equal(true);
          }
        }
      });
    }
  }

  for (const [size, locale] of [[SIZES[0], 'en'], [SIZES[3], 'en'], [SIZES[1], 'ar']] as const) {
    it(`${size.name}, ${locale}: a ${size.touch ? 'tap' : 'click'} on each moment's hotspot opens its product`, async () => {
      const ms = await moments();
      for (const m of ms) {
        const el = await player(size, locale);
        const t = (m.start + m.end) / 2;
        await at(el, t, onScreen(ms, t));
        const clicks: ShoppableProductClickEvent[] = [];
        const adds: Event[] = [];
        el.addEventListener('shoppable-product-click', (e) => clicks.push(e));
        el.addEventListener('shoppable-add-to-cart', (e) => (adds.push(e), e.preventDefault()));
        const spot = hotspotOf(el, m)!;
        if (size.touch) await tap(spot);
        else await sendMouse({ type: 'click', position: centre(spot) });
        await waitUntil(() => clicks.length > 0, `${t} s: pressing ${m.productId}'s hotspot opened nothing`);
        expect(clicks.map((c) => c.detail.product.id), `${t} s`).to.deep.equal([m.productId]);
        expect(adds, `${t} s: the press reached a card's Add to cart`).to.have.length(0);
        expect(el.paused, `${t} s: the press reached the video or the bar`).to.equal(true);
        // The sheet opens at that product: its card takes the focus.
        await waitUntil(() => {
          const list = el.shadowRoot!.querySelector('shoppable-product-list');
          return list?.shadowRoot!.activeElement?.closest('[data-product-id]')?.getAttribute('data-product-id') === m.productId;
        }, `${t} s: the sheet did not open at ${m.productId}`);
        el.remove();
      }
    });
  }
});
