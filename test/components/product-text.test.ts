// One text resolver: every place that shows a product's text shows the same text for the same
// locale (a zh-CN shopper once saw the English title on the hotspot and the Chinese one on the card).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { deepQueryAll } from '../helpers/hit-audit.js';
import { part, settle } from '../helpers/player.js';

const SHOW = '/demo/shows/spring-launch.json';
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('product text in every place', () => {
  for (const [locale, title] of [
    ['zh-CN', '旋转木马音乐盒'],
    ['ja-JP', 'メリーゴーランドのオルゴール'],
    ['fr-FR', 'Carousel music box'],
  ] as const) {
    it(`${locale}: hotspot, marker, overlay card, sheet and announcement all say "${title}"`, async () => {
      const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: 800px" show=${SHOW} locale=${locale} muted></shoppable-video>`);
      await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'no shop', { timeout: 10_000 });
      el.currentTime = 5;
      await waitUntil(() => el.activeProducts.length === 1, 'the music box did not show');
      await waitUntil(() => text(part(el.shadowRoot!, 'announcer')).length > 0, 'nothing announced');
      // The markers come with the controls' chunk and the replay's length (its playlist).
      await waitUntil(() => part(el.shadowRoot!, 'marker') && part(el.shadowRoot!, 'hotspot'), 'no marker or hotspot');
      part(el.shadowRoot!, 'products-button')!.click(); // the sheet's content is checked here, not the tap (test/a11y/hit-audit-*.test.ts)
      await settle(el);
      await waitUntil(() => deepQueryAll(part(el.shadowRoot!, 'product-sheet')!, '[part~="card-title"]').length > 0, 'the sheet shows no card');
      const places: Record<string, string> = {
        hotspot: part(el.shadowRoot!, 'hotspot')!.getAttribute('aria-label')!,
        marker: el.shadowRoot!.querySelector('[part~="marker"]')!.getAttribute('aria-label')!,
        'overlay card': text(part(part(el.shadowRoot!, 'overlay-cards')!.querySelector('shoppable-product-card')!.shadowRoot!, 'card-title')),
        sheet: text(deepQueryAll(part(el.shadowRoot!, 'product-sheet')!, '[part~="card-title"]')[0]),
        announcement: text(part(el.shadowRoot!, 'announcer')),
      };
      for (const [place, shown] of Object.entries(places)) expect(shown, place).to.contain(title);
    });
  }
});
