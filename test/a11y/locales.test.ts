import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { Strings } from '../../src/core/strings.js';
import { ar } from '../../src/core/locales/ar.js';
import { de } from '../../src/core/locales/de.js';
import { es } from '../../src/core/locales/es.js';
import { fr } from '../../src/core/locales/fr.js';
import { ja } from '../../src/core/locales/ja.js';
import { zhHans } from '../../src/core/locales/zh-Hans.js';
import { SHOW, loaded, overlayCards, seek, showPlayer } from './helpers.js';

const TABLES: [string, Partial<Strings>][] = [
  ['ar', ar],
  ['de-DE', de],
  ['es', es],
  ['fr-FR', fr],
  ['ja', ja],
  ['zh-CN', zhHans],
];

describe('built-in locales and right to left', () => {
  for (const [locale, table] of TABLES) {
    it(`${locale}: the player and its cards speak the language`, async () => {
      const el = await showPlayer({ locale });
      await seek(el, 5);
      const play = el.shadowRoot!.querySelector('[part~="big-play-button"]')!;
      expect(play.getAttribute('aria-label')).to.equal(table.play);
      const card = overlayCards(el)[0] as ShoppableProductCard;
      await card.updateComplete;
      const add = card.shadowRoot!.querySelector('[part~="add-to-cart"]')!;
      expect(add.textContent!.trim()).to.equal(table.addToCart);
      expect(el.shadowRoot!.querySelector('[part~="overlay-cards"]')!.getAttribute('aria-label')).to.equal(table.products);
    });
  }

  it('ar: the box is right to left and the overlay cards sit at its inline start (the right)', async () => {
    const rtl = await showPlayer({ locale: 'ar' });
    const ltr = await showPlayer({ locale: 'en' });
    // 25 s: the lantern set and the teapot, their hotspots off (a hotspot can send the cards to the other side).
    for (const el of [rtl, ltr]) {
      el.setAttribute('max-hotspots', '0');
      await seek(el, 25);
    }
    const box = (el: ShoppableVideo) => el.shadowRoot!.querySelector<HTMLElement>('[part~="player"]')!;
    expect(box(rtl).getAttribute('dir')).to.equal('rtl');
    expect(box(ltr).hasAttribute('dir')).to.be.false;
    const gap = (el: ShoppableVideo) => {
      const outer = box(el).getBoundingClientRect();
      const cards = el.shadowRoot!.querySelector('[part~="overlay-cards"]')!.getBoundingClientRect();
      return { left: cards.left - outer.left, right: outer.right - cards.right };
    };
    const r = gap(rtl);
    const l = gap(ltr);
    expect(r.right).to.be.lessThan(r.left);
    expect(l.left).to.be.lessThan(l.right);
    expect(r.right).to.be.closeTo(l.left, 1); // mirrored
    // The card's own layout mirrors too: its text starts on the right.
    const card = overlayCards(rtl)[0];
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).direction).to.equal('rtl');
    // Media time still runs left to right.
    expect(getComputedStyle(rtl.shadowRoot!.querySelector('.timeline-wrap')!).direction).to.equal('ltr');
  });

  it('a page in dir="rtl" mirrors the cards in the player, whatever the locale', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div dir="rtl">
      <shoppable-video show=${SHOW} muted preload="none" locale="en"></shoppable-video>
    </div>`);
    const el = wrap.querySelector<ShoppableVideo>('shoppable-video')!;
    await loaded(el);
    await seek(el, 5);
    const card = overlayCards(el)[0];
    expect(getComputedStyle(card.shadowRoot!.querySelector('[part~="card"]')!).direction).to.equal('rtl');
  });
});
