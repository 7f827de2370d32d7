import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableAddToCartEvent } from '../../src/events.js';
import { SHOW, activeDeep, loaded, overlayCards } from './helpers.js';

const announcer = (el: ShoppableVideo) => el.shadowRoot!.querySelector('[part~="announcer"]')!;

describe('keyboard only, with announcements', () => {
  it('plays, seeks to a product, tabs to its Add to cart and adds it; each step is announced', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="auto" locale="en"></shoppable-video>`);
    await loaded(el);
    const region = announcer(el);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('role')).to.equal('status');
    const player = el.shadowRoot!.querySelector<HTMLElement>('[part~="player"]')!;
    player.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !el.paused, 'Space did not play', { timeout: 8000 });
    await sendKeys({ press: 'ArrowRight' }); // +5 s: into the music box's moment (2 s to 20 s)
    await waitUntil(() => overlayCards(el).length > 0, 'no product came on screen', { timeout: 8000 });
    await sendKeys({ press: 'Space' }); // pause, so the focus is not chased by new products
    await waitUntil(() => el.paused, 'Space did not pause');
    await waitUntil(
      () => overlayCards(el)[0]?.shadowRoot?.querySelector('[part~="add-to-cart"]'),
      'the overlay card did not render',
    );
    await waitUntil(() => region.textContent!.includes('Now showing: Carousel music box'), 'the product was not announced');

    let focused: Element | null = null;
    for (let i = 0; i < 12; i++) {
      await sendKeys({ press: 'Tab' });
      focused = activeDeep();
      if (focused?.getAttribute('part')?.split(' ').includes('add-to-cart')) break;
    }
    expect(focused?.getAttribute('part')).to.contain('add-to-cart');
    expect(getComputedStyle(focused!).outlineStyle).to.equal('solid'); // a visible focus ring

    const added = new Promise<ShoppableAddToCartEvent>((resolve) =>
      el.addEventListener('shoppable-add-to-cart', (e) => {
        e.detail.waitUntil(Promise.resolve());
        resolve(e);
      }),
    );
    await sendKeys({ press: 'Enter' });
    const event = await added;
    expect(event.detail.product.id).to.equal('music-box-01');
    expect(event.detail.quantity).to.equal(1);
    await waitUntil(() => region.textContent!.includes('Carousel music box added to cart'), 'the add was not announced');
  });

  it('opens and closes the product list from the keyboard', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none" locale="en"></shoppable-video>`);
    await loaded(el);
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part~="products-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const sheet = el.shadowRoot!.querySelector('[part~="product-sheet"]')!;
    expect(sheet.getAttribute('role')).to.equal('dialog');
    const list = el.shadowRoot!.querySelector('shoppable-product-list')!;
    await (list as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    list.shadowRoot!.querySelector<HTMLElement>('[part~="list-close"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="product-sheet"]')).to.be.null;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });
});
