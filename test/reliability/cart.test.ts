// Cart safety under faults, on the real product card (and one in the player's overlay): a store
// that never answers times out into a retryable error after cart-timeout; a rejected add never
// shows success, not even for a frame; one press is one event and one item in the cart.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { sendMouse } from '@web/test-runner-commands';
import '../../src/register.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableAddToCartEvent, ShoppableErrorEvent } from '../../src/events.js';
import { createMockCart } from '../../src/testing/index.js';
import { musicBox, variant } from '../fixtures/products.js';
import { replayShow } from '../fixtures/shows.js';

const product = musicBox({ url: undefined, variants: [variant('mb-waltz')] });

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const addButton = (el: Element) => $(el, '[part~="add-to-cart"]')!;
const status = (el: Element) => $(el, '[part~="card-status"]')?.textContent?.trim() ?? '';

/** A card with a 300 ms cart-timeout that records add events, error events and every text it ever showed. */
async function card(cartTimeout = 300) {
  const adds: ShoppableAddToCartEvent[] = [];
  const errors: ShoppableErrorEvent[] = [];
  const el = await fixture<ShoppableProductCard>(html`<shoppable-product-card
    locale="en-GB"
    .product=${product}
    cart-timeout=${cartTimeout}
    @shoppable-add-to-cart=${(e: ShoppableAddToCartEvent) => adds.push(e)}
    @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
  ></shoppable-product-card>`);
  const shown = new Set<string>();
  const record = () => shown.add(addButton(el).textContent!.trim());
  new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  record();
  return { el, adds, errors, shown };
}

describe('reliability: cart safety', function () {
  this.timeout(15_000);
  let detach = () => {};
  afterEach(() => detach());

  it('a promise that never settles becomes a retryable timeout after cart-timeout; its late answer is ignored', async () => {
    const { el, adds, errors, shown } = await card(300);
    let lateResolve!: (v: { quantity: number }) => void;
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(new Promise((r) => (lateResolve = r))), { once: true });
    addButton(el).click();
    await el.updateComplete;
    expect(addButton(el).getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => errors.length === 1, 'no timeout', { timeout: 3000 });
    await el.updateComplete;
    expect(errors[0].detail).to.include({ code: 'cart-failed', fatal: false });
    expect((errors[0].detail.cause as { reason?: string }).reason).to.equal('timeout');
    expect(status(el)).to.equal('The store did not answer in time.');
    const retry = $(el, '[part~="retry"]')!;
    expect(retry.textContent!.trim()).to.equal('Retry');
    lateResolve({ quantity: 1 });
    await new Promise((r) => setTimeout(r, 50));
    await el.updateComplete;
    expect(shown.has('Added'), 'a late answer showed success').to.be.false;
    expect(status(el)).to.equal('The store did not answer in time.');

    // The store answers again: Retry sends a fresh request that succeeds.
    const cart = createMockCart();
    detach = cart.attach(el);
    retry.click();
    await waitUntil(() => addButton(el).textContent!.trim() === 'Added', 'retry did not succeed', { timeout: 3000 });
    expect(adds).to.have.length(2);
    expect(adds[1].detail.requestId).to.not.equal(adds[0].detail.requestId);
    expect(cart.items.map((i) => i.requestId)).to.deep.equal([adds[1].detail.requestId]);
  });

  it('the mock cart that never settles times out the same way', async () => {
    const { el, errors } = await card(300);
    detach = createMockCart({ neverSettle: true }).attach(el);
    addButton(el).click();
    await waitUntil(() => status(el) === 'The store did not answer in time.', 'no timeout', { timeout: 3000 });
    expect(errors.map((e) => (e.detail.cause as { reason?: string }).reason)).to.deep.equal(['timeout']);
    expect($(el, '[part~="retry"]')).to.not.equal(null);
  });

  it('a rejected add never shows “Added”, not even briefly', async () => {
    const { el, errors, shown } = await card();
    const cart = createMockCart({ outOfStock: ['mb-waltz'], latency: 30 });
    detach = cart.attach(el);
    addButton(el).click();
    await waitUntil(() => errors.length === 1, 'no failure', { timeout: 3000 });
    await el.updateComplete;
    expect(status(el)).to.equal('Sorry, this is out of stock.');
    expect([...shown]).to.include('Adding…');
    expect([...shown]).to.not.include('Added');
    expect(cart.items).to.have.length(0);
    // A plain rejection (no reason) is no success either.
    detach();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(new Error('boom'))), { once: true });
    // No Retry after out-of-stock (the same add cannot succeed): the shopper presses Add again.
    expect($(el, '[part~="retry"]')).to.equal(null);
    addButton(el).click();
    await waitUntil(() => errors.length === 2, 'no second failure', { timeout: 3000 });
    expect([...shown]).to.not.include('Added');
  });

  it('one press is one event and one item: two quick clicks, a real double click, presses while pending', async () => {
    const { el, adds } = await card(5000);
    const cart = createMockCart({ latency: 150 });
    detach = cart.attach(el);
    addButton(el).click();
    addButton(el).click();
    await el.updateComplete;
    addButton(el).click(); // while pending
    expect(adds).to.have.length(1);
    await waitUntil(() => addButton(el).textContent!.trim() === 'Added', 'no success', { timeout: 3000 });
    expect(cart.items).to.have.length(1);

    // A real double click with the mouse; the store takes three seconds (room for a busy machine's
    // slow input round trips), so the second click lands while pending.
    await waitUntil(() => addButton(el).textContent!.trim() !== 'Added', 'success did not clear', { timeout: 4000 });
    detach();
    const slow = createMockCart({ latency: 3000 });
    detach = slow.attach(el);
    const box = addButton(el).getBoundingClientRect();
    const at = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] as [number, number];
    await sendMouse({ type: 'click', position: at });
    await sendMouse({ type: 'click', position: at });
    expect(addButton(el).getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => addButton(el).textContent!.trim() === 'Added', 'the double click added nothing', { timeout: 8000 });
    expect(adds).to.have.length(2);
    expect(cart.items).to.have.length(1);
    expect(slow.items).to.have.length(1);
    const ids = [...cart.items, ...slow.items].map((i) => i.requestId);
    expect(ids).to.deep.equal(adds.map((a) => a.detail.requestId));
  });

  it('in the player’s overlay, cart-timeout applies and a never-settling store gives a retryable timeout', async () => {
    const show = replayShow(product, { id: 'cart-show', title: 'Cart show', start: 0, end: 60 });
    const errors: ShoppableErrorEvent[] = [];
    const el = await fixture<ShoppableVideo>(html`<shoppable-video
      muted
      preload="none"
      cart-timeout="300"
      .show=${show}
      @shoppable-error=${(e: ShoppableErrorEvent) => errors.push(e)}
    ></shoppable-video>`);
    detach = createMockCart({ neverSettle: true }).attach(el);
    el.currentTime = 1;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="overlay"] shoppable-product-card'), 'no overlay card', { timeout: 3000 });
    const overlayCard = el.shadowRoot!.querySelector<ShoppableProductCard>('[part~="overlay"] shoppable-product-card')!;
    await overlayCard.updateComplete;
    addButton(overlayCard).click();
    await waitUntil(() => errors.some((e) => e.detail.code === 'cart-failed'), 'no timeout from the overlay', { timeout: 3000 });
    expect((errors[0].detail.cause as { reason?: string }).reason).to.equal('timeout');
    await overlayCard.updateComplete;
    expect($(overlayCard, '[part~="retry"]')?.textContent?.trim()).to.equal('Retry');
    expect(status(overlayCard)).to.equal('The store did not answer in time.');
    expect(addButton(overlayCard).textContent!.trim()).to.not.equal('Added');
  });
});
