import { expect, fixture, html } from '@open-wc/testing';
import {
  createMockCart,
  findAddToCartButton,
  findAddToCartButtons,
  pressAddToCart,
  waitForCartOutcome,
} from '../../src/testing/index.js';
import type { ShoppableAddToCartEvent } from '../../src/events.js';
import './cart-host.js';
import type { TestKitCard, TestKitShelf } from './cart-host.js';

describe('testing kit: DOM helpers', () => {
  let detach: (() => void) | undefined;
  const mounted: Element[] = [];
  // Plain elements are mounted by hand: fixture() waits a requestAnimationFrame for them, and
  // rAF never fires while the runner keeps this page in a background tab.
  const mount = <T extends Element>(el: T): T => (mounted.push(document.body.appendChild(el)), el);
  const div = () => mount(document.createElement('div'));
  afterEach(() => {
    detach?.();
    detach = undefined;
    mounted.splice(0).forEach((el) => el.remove());
  });

  it('finds Add to cart buttons through nested open shadow roots', async () => {
    const shelf = div();
    const inner = shelf.appendChild(document.createElement('test-kit-shelf')) as TestKitShelf;
    await inner.updateComplete;
    const buttons = findAddToCartButtons(shelf);
    expect(buttons).to.have.length(2);
    expect(findAddToCartButton(shelf)).to.equal(buttons[0]);
    expect(buttons[0].getAttribute('part')).to.equal('add-to-cart');
    expect(findAddToCartButton(div())).to.equal(undefined);
  });

  it('presses the button and reports success', async () => {
    const shelf = await fixture<HTMLElement>(html`<test-kit-shelf></test-kit-shelf>`);
    const cart = createMockCart();
    detach = cart.attach(document);
    const adds: ShoppableAddToCartEvent[] = [];
    shelf.addEventListener('shoppable-add-to-cart', (e) => adds.push(e));
    const outcome = waitForCartOutcome(shelf);
    await pressAddToCart(shelf, 1);
    expect(await outcome).to.equal('success');
    expect(adds).to.have.length(1);
    expect(cart.items.map((i) => i.requestId)).to.deep.equal([adds[0].detail.requestId]);
  });

  it('reports error for a sold-out variant and for a store that never answers', async () => {
    const card = await fixture<TestKitCard>(html`<test-kit-card></test-kit-card>`);
    detach = createMockCart({ outOfStock: ['mb-waltz'] }).attach(card);
    const outcome = waitForCartOutcome(card);
    await pressAddToCart(card);
    expect(await outcome).to.equal('error');
    expect(card.cart.reason).to.equal('out-of-stock');
    detach();

    card.timeout = 40;
    detach = createMockCart({ neverSettle: true }).attach(card);
    const timedOut = waitForCartOutcome(card);
    await pressAddToCart(card);
    expect(await timedOut).to.equal('error');
    expect(card.cart.reason).to.equal('timeout');
  });

  it('waits for a button that renders late, and rejects when none comes', async () => {
    const host = div();
    setTimeout(() => host.append(document.createElement('test-kit-card')), 50);
    detach = createMockCart().attach(host);
    const outcome = waitForCartOutcome(host);
    await pressAddToCart(host);
    expect(await outcome).to.equal('success');

    let error: unknown;
    await pressAddToCart(host, 5).catch((e) => (error = e));
    expect(String(error)).to.contain('No add-to-cart button #5');
  });

  it('rejects waitForCartOutcome when nothing happens in time', async () => {
    const host = div();
    let error: unknown;
    await waitForCartOutcome(host, 20).catch((e) => (error = e));
    expect(String(error)).to.contain('No add-to-cart outcome within 20 ms');
  });
});
