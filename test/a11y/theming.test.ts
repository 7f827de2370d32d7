import { expect, fixture, html } from '@open-wc/testing';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { plainMug } from '../fixtures/products.js';
import { SHOW, loaded, overlayCards, seek } from './helpers.js';

const product = plainMug({ title: 'Mug', image: '/demo/media/poster.jpg' });

function cardPart(card: Element, part: string): HTMLElement {
  return card.shadowRoot!.querySelector<HTMLElement>(`[part~="${part}"]`)!;
}

describe('theming tokens', () => {
  it('one accent token restyles the player, its overlay cards and its product list', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="--shoppable-accent-color: rgb(1, 2, 3); --shoppable-on-accent-color: rgb(250, 250, 250)">
      <shoppable-video show=${SHOW} muted preload="none" locale="en"></shoppable-video>
    </div>`);
    const el = wrap.querySelector<ShoppableVideo>('shoppable-video')!;
    await loaded(el);
    await seek(el, 5);
    const card = overlayCards(el)[0] as ShoppableProductCard;
    await card.updateComplete;
    const add = cardPart(card, 'add-to-cart');
    expect(getComputedStyle(add).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(add).color).to.equal('rgb(250, 250, 250)');
    const progress = el.shadowRoot!.querySelector('[part~="progress"]')!;
    expect(getComputedStyle(progress).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="big-play-button"]')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    el.shadowRoot!.querySelector<HTMLElement>('[part~="products-button"]')!.click();
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('shoppable-product-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const now = list.shadowRoot!.querySelector('[part~="now-showing"]')!;
    expect(getComputedStyle(now).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('surface, text, radius, font and spacing tokens reach the card', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div
      style="--shoppable-surface-color: rgb(10, 20, 30); --shoppable-text-color: rgb(200, 210, 220); --shoppable-radius: 3px; --shoppable-font-family: monospace; --shoppable-space: 5px; --shoppable-border-color: rgb(7, 8, 9)"
    >
      <shoppable-product-card .product=${product}></shoppable-product-card>
    </div>`);
    const card = wrap.querySelector<ShoppableProductCard>('shoppable-product-card')!;
    await card.updateComplete;
    const box = getComputedStyle(cardPart(card, 'card'));
    expect(box.backgroundColor).to.equal('rgb(10, 20, 30)');
    expect(box.color).to.equal('rgb(200, 210, 220)');
    expect(box.borderTopLeftRadius).to.equal('3px');
    expect(box.borderTopColor).to.equal('rgb(7, 8, 9)');
    expect(box.fontFamily).to.equal('monospace');
    expect(getComputedStyle(card.shadowRoot!.querySelector('.body')!).paddingTop).to.equal('5px');
  });

  it('theme="dark" and theme="light" force a palette, and the player passes its theme down', async () => {
    const light = await fixture<ShoppableProductCard>(html`<shoppable-product-card theme="light" .product=${product}></shoppable-product-card>`);
    const dark = await fixture<ShoppableProductCard>(html`<shoppable-product-card theme="dark" .product=${product}></shoppable-product-card>`);
    expect(getComputedStyle(cardPart(light, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(cardPart(dark, 'card')).backgroundColor).to.equal('rgb(31, 31, 36)');
    expect(getComputedStyle(cardPart(dark, 'card')).color).to.equal('rgb(242, 242, 245)');
    dark.theme = 'light';
    await dark.updateComplete;
    expect(dark.getAttribute('theme')).to.equal('light');
    expect(getComputedStyle(cardPart(dark, 'card')).backgroundColor).to.equal('rgb(255, 255, 255)');

    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} theme="dark" muted preload="none" locale="en"></shoppable-video>`);
    await loaded(el);
    await seek(el, 5);
    const card = overlayCards(el)[0] as ShoppableProductCard;
    await card.updateComplete;
    expect(card.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(cardPart(card, 'card')).backgroundColor).to.equal('rgb(31, 31, 36)');
  });

  it('the control size never drops under 24px', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video style="--shoppable-control-size: 10px" src="/demo/media/replay.mp4" preload="none"></shoppable-video>`);
    const play = el.shadowRoot!.querySelector('[part~="play-button"]')!.getBoundingClientRect();
    expect(play.height).to.equal(24);
  });
});
