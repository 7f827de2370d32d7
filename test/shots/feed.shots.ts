// The feed's layouts and its full-screen player, pressed with real input and photographed at phone
// and desktop sizes, in English and Arabic, into docs/shots/feed-*.jpg (shown in docs/feed.md).
// Run with `npx wtr --files test/shots/feed.shots.ts`; not part of `npm test`.
import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { clickAt, screenshot, tap } from '../helpers/input.js';
import '../../src/components/shoppable-feed/shoppable-feed.js';
import type { ShoppableFeed } from '../../src/components/shoppable-feed/shoppable-feed.component.js';

const OUT = 'docs/shots';
const FEED = '/demo/feeds/home.json';
const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
];

async function mount(layout: string, lang: string): Promise<ShoppableFeed> {
  fixtureCleanup();
  document.body.style.margin = '16px';
  const feed = await fixture<ShoppableFeed>(html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} style="font-family: system-ui">
    <h2 style="margin: 0 0 8px">${lang === 'ar' ? 'تسوّق العروض' : 'Shop the shows'}</h2>
    <shoppable-feed src=${FEED} layout=${layout} locale=${lang}></shoppable-feed>
  </div>`).then((d) => d.querySelector('shoppable-feed')!);
  await waitUntil(() => feed.shadowRoot!.querySelector('[data-show-id="kite-short"]'), 'thumbnails');
  const images = [...feed.shadowRoot!.querySelectorAll('img')];
  await waitUntil(() => images.every((i) => i.complete), 'posters');
  return feed;
}

describe('feed shots', function () {
  this.timeout(120_000);
  for (const size of SIZES) {
    for (const lang of ['en', 'ar']) {
      it(`${size.name} ${lang}`, async () => {
        await setViewport(size.viewport);
        for (const layout of ['row', 'grid', 'stories']) {
          const feed = await mount(layout, lang);
          const box = feed.getBoundingClientRect();
          const height = Math.min(size.viewport.height, Math.ceil(box.bottom + 16));
          await screenshot(`${OUT}/feed-${layout}-${size.name}-${lang}.jpg`, { x: 0, y: 0, width: size.viewport.width, height });
        }
        // The full-screen player on the second show, playing a moment with its product.
        const feed = await mount('row', lang);
        const thumb = feed.shadowRoot!.querySelector<HTMLElement>('[data-show-id="kite-short"]')!;
        await (size.touch ? tap(thumb) : clickAt(thumb));
        await waitUntil(() => feed.players[0]?.activeProducts.length && feed.players[0].currentTime > 2, 'plays', { timeout: 20_000 });
        feed.players[0]!.pause();
        await feed.players[0]!.updateComplete;
        await new Promise((r) => setTimeout(r, 400)); // the control bar's fade
        await screenshot(`${OUT}/feed-player-${size.name}-${lang}.jpg`);
        feed.close();
      });
    }
  }
});

describe('mini-player shots', function () {
  this.timeout(60_000);
  for (const lang of ['en', 'ar']) {
    it(`phone ${lang}`, async () => {
      await setViewport({ width: 390, height: 844 });
      fixtureCleanup();
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="font-family: system-ui">
        <h2>${lang === 'ar' ? 'صفحة طويلة' : 'A long product page'}</h2>
        <shoppable-video show="/demo/shows/spring-launch.json" muted locale=${lang} mini-player></shoppable-video>
        ${Array.from({ length: 12 }, () => html`<p style="color: #555">Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.</p>`)}
      </div>`);
      const el = wrap.querySelector('shoppable-video')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="products-button"]'), 'the show loads');
      el.currentTime = 13;
      await el.play();
      await waitUntil(() => el.currentTime > 13.3 && el.activeProducts.length, 'plays');
      scrollTo(0, 900);
      await waitUntil(() => el.hasAttribute('docked'), 'docks');
      el.pause();
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 400));
      await screenshot(`${OUT}/mini-player-phone-${lang}.jpg`);
    });
  }
});
