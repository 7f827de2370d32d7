import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableAddToCartEvent } from '../../src/events.js';

const SHOW = '/demo/shows/spring-launch.json';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** The card of `productId` in the open product sheet, rendered. */
async function sheetCard(el: ShoppableVideo, productId: string): Promise<Lit> {
  await el.updateComplete;
  const list = el.shadowRoot!.querySelector('shoppable-product-list') as Lit;
  await list.updateComplete;
  const card = list.shadowRoot!.querySelector(`[data-product-id="${productId}"] shoppable-product-card`) as Lit;
  await card.updateComplete;
  return card;
}
const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: Node | null) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function ready(el: ShoppableVideo) {
  await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'the show did not load', { timeout: 5000 });
}
async function seek(el: ShoppableVideo, t: number) {
  el.currentTime = t;
  await el.updateComplete;
  await aTimeout(0);
  await el.updateComplete;
}
async function overlayCard(el: ShoppableVideo): Promise<Lit> {
  const card = el.shadowRoot!.querySelector('shoppable-product-card') as Lit;
  await card.updateComplete;
  return card;
}

describe('<shoppable-video> cart state and markets', () => {
  it('shows the page cart count and, after an add, View cart and Checkout links', async () => {
    const el = await fixture<ShoppableVideo>(
      html`<shoppable-video show=${SHOW} muted preload="none" cart-url="/cart" checkout-url="/checkout" cart-count="2"></shoppable-video>`,
    );
    await ready(el);
    const cart = part(el.shadowRoot!, 'cart-button') as HTMLAnchorElement;
    expect(cart.getAttribute('href')).to.equal('/cart');
    expect(text(cart)).to.contain('Cart, 2 items'); // its accessible name
    expect(text(part(el.shadowRoot!, 'cart-badge'))).to.equal('2');
    // The badges sit on their own buttons.
    for (const [button, badge] of [['cart-button', 'cart-badge'], ['products-button', 'badge']]) {
      const b = part(el.shadowRoot!, button)!.getBoundingClientRect();
      const c = part(el.shadowRoot!, badge)!.getBoundingClientRect();
      expect(c.left >= b.left - 1 && c.right <= b.right + 1 && c.top >= b.top - 1 && c.bottom <= b.bottom + 1, `${badge} outside ${button}`).to.be.true;
    }

    await seek(el, 5);
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 1, cartCount: 3 })), { once: true });
    const complete = oneEvent(el, 'shoppable-add-to-cart-complete');
    part((await overlayCard(el)).shadowRoot!, 'add-to-cart')!.click();
    await complete;
    el.cartCount = 3;
    await el.updateComplete;
    const notice = part(el.shadowRoot!, 'cart-notice')!;
    expect(notice.querySelector('[part~="view-cart"]')!.getAttribute('href')).to.equal('/cart');
    expect(notice.querySelector('[part~="checkout"]')!.getAttribute('href')).to.equal('/checkout');
    expect(text(part(el.shadowRoot!, 'cart-badge'))).to.equal('3');
    expect(text(part(el.shadowRoot!, 'announcer'))).to.contain('Carousel music box');
  });

  it('never links the cart to an unsafe URL', async () => {
    const el = await fixture<ShoppableVideo>(
      html`<shoppable-video show=${SHOW} muted preload="none" cart-url="javascript:alert(1)" cart-count="1"></shoppable-video>`,
    );
    await ready(el);
    expect(part(el.shadowRoot!, 'cart-button')!.getAttribute('href')).to.equal('#');
  });

  it('switches market while playing: currency, tax label and delivery change, the video plays on', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted market="uk"></shoppable-video>`);
    await ready(el);
    await el.play();
    el.currentTime = 3;
    await waitUntil(() => el.activeProducts.length > 0 && !el.paused && el.currentTime > 3.2, 'did not play into a moment', {
      timeout: 10000,
    });
    const price = async () => text(part((await overlayCard(el)).shadowRoot!, 'card-price'));
    expect(await price()).to.contain('£19.99');
    expect(text(part((await overlayCard(el)).shadowRoot!, 'card-tax'))).to.equal('incl. VAT');

    el.market = 'us';
    await el.updateComplete;
    expect(await price()).to.contain('$24.99');
    expect(text(part((await overlayCard(el)).shadowRoot!, 'card-tax'))).to.equal('+ tax');

    el.market = 'jp';
    await el.updateComplete;
    expect(await price()).to.contain('3,800');
    expect(el.paused).to.equal(false);
    const before = el.currentTime;
    await waitUntil(() => el.currentTime > before + 0.3, 'playback stopped after the market switch');

    // The tea tin does not ship to the US: in the sheet it is unavailable there and buyable in the UK.
    el.pause();
    el.market = 'us';
    part(el.shadowRoot!, 'products-button')!.click();
    const tea = await sheetCard(el, 'tea-06');
    expect(text(tea.shadowRoot)).to.contain('Not available in your region');
    const events: ShoppableAddToCartEvent[] = [];
    el.addEventListener('shoppable-add-to-cart', (e) => events.push(e));
    const refused = oneEvent(el, 'shoppable-error');
    part(tea.shadowRoot!, 'add-to-cart')!.click();
    expect((await refused).detail.code).to.equal('cart-failed');
    expect(events).to.have.length(0);
  });

  it('sends the exact price of the market the shopper saw, never an approximation', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video show=${SHOW} muted preload="none" market="de"></shoppable-video>`);
    await ready(el);
    await seek(el, 15); // the music box (EUR price) and the lantern set (no EUR price: shown in GBP, ≈ EUR)
    const cards = [...el.shadowRoot!.querySelectorAll('shoppable-product-card')] as Lit[];
    await Promise.all(cards.map((c) => c.updateComplete));
    const lantern = cards.find((c) => text(c.shadowRoot).includes('Paper lantern'))!;
    // German marks an approximate figure "ca."; it is in euros, beside the real GBP price.
    expect(text(part(lantern.shadowRoot!, 'card-approx-price'))).to.match(/^ca\. 14,77\s€$/);
    expect(text(part(lantern.shadowRoot!, 'card-price'))).to.contain('12,50');
    const added = oneEvent(el, 'shoppable-add-to-cart') as Promise<ShoppableAddToCartEvent>;
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault(), { once: true });
    // The lantern comes in colours and sizes: its overlay card opens it in the sheet to choose.
    part(lantern.shadowRoot!, 'choose-options')!.click();
    const inSheet = await sheetCard(el, 'lantern-02');
    part(inSheet.shadowRoot!, 'add-to-cart')!.click();
    expect((await added).detail.price).to.deep.equal({ amount: 1250, currency: 'GBP' });
  });
});
