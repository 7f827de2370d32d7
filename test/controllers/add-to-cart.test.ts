import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { LitElement, html as litHtml } from 'lit';
import {
  AddToCartController,
  DEFAULT_CART_TIMEOUT,
  type AddToCartRequest,
} from '../../src/controllers/add-to-cart.js';
import { CartError } from '../../src/cart/errors.js';
import { stringsFor, type Strings } from '../../src/core/strings.js';
import type {
  ShoppableAddToCartCompleteEvent,
  ShoppableAddToCartEvent,
  ShoppableErrorEvent,
} from '../../src/events.js';
import { TUNE, WALTZ, musicBox } from '../fixtures/products.js';

// A stand-in for the product card: a button that shows what the controller says.
class CartHost extends LitElement {
  timeout = DEFAULT_CART_TIMEOUT;
  strings: Strings = stringsFor('en');
  request!: AddToCartRequest;
  readonly cart = new AddToCartController(this, { timeout: () => this.timeout, strings: () => this.strings });

  override render() {
    const pending = this.cart.status === 'pending';
    return litHtml`
      <button part="add-to-cart" aria-busy=${pending ? 'true' : 'false'} ?disabled=${pending}
        @click=${() => this.cart.press(this.request)}>${pending ? this.strings.adding : this.strings.addToCart}</button>
      <p role="status">${this.cart.message}</p>`;
  }
}
const TAG = 'test-add-to-cart-host';
customElements.define(TAG, CartHost);

const product = musicBox({ title: { en: 'Carousel music box', ja: 'メリーゴーランドのオルゴール' }, options: [TUNE], variants: [WALTZ] });
const request = (over: Partial<AddToCartRequest> = {}): AddToCartRequest => ({
  product,
  variant: WALTZ,
  quantity: 1,
  currentTime: 14.2,
  showId: 'spring-launch',
  ...over,
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

async function mount(over: Partial<AddToCartRequest> = {}): Promise<CartHost> {
  const el = await fixture<CartHost>(html`<test-add-to-cart-host></test-add-to-cart-host>`);
  el.request = request(over);
  return el;
}
const button = (el: CartHost) => el.shadowRoot!.querySelector('button')!;
const statusText = (el: CartHost) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

/** Records every add, complete and error event the host dispatches. */
function record(el: HTMLElement) {
  const adds: ShoppableAddToCartEvent[] = [];
  const completes: ShoppableAddToCartCompleteEvent[] = [];
  const errors: ShoppableErrorEvent[] = [];
  el.addEventListener('shoppable-add-to-cart', (e) => adds.push(e));
  el.addEventListener('shoppable-add-to-cart-complete', (e) => completes.push(e));
  el.addEventListener('shoppable-error', (e) => errors.push(e));
  return { adds, completes, errors };
}

describe('AddToCartController', () => {
  it('shows pending while the page’s promise runs, then success with a complete event', async () => {
    const el = await mount();
    const log = record(el);
    const store = deferred<{ quantity: number; cartCount: number }>();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store.promise));
    button(el).click();
    await el.updateComplete;
    expect(log.adds).to.have.length(1);
    const detail = log.adds[0].detail;
    expect(detail).to.include({ product, variant: WALTZ, quantity: 1, currentTime: 14.2, showId: 'spring-launch' });
    expect(detail.requestId).to.match(/^[0-9a-f-]{32,36}$/);
    expect(log.adds[0].bubbles && log.adds[0].composed && log.adds[0].cancelable).to.be.true;
    expect(button(el).getAttribute('aria-busy')).to.equal('true');
    expect(button(el).disabled).to.be.true;
    expect(button(el).textContent).to.equal('Adding…');
    expect(el.cart.status).to.equal('pending');

    const complete = oneEvent(el, 'shoppable-add-to-cart-complete');
    store.resolve({ quantity: 1, cartCount: 3 });
    const { detail: done } = await complete;
    expect(done).to.deep.equal({
      product,
      variant: WALTZ,
      quantity: 1,
      requestId: detail.requestId,
      currentTime: 14.2,
      showId: 'spring-launch',
      result: { quantity: 1, cartCount: 3 },
    });
    await el.updateComplete;
    expect(el.cart.status).to.equal('success');
    expect(el.cart.result).to.deep.equal({ quantity: 1, cartCount: 3 });
    expect(statusText(el)).to.equal('Added');
    expect(button(el).getAttribute('aria-busy')).to.equal('false');
    expect(log.errors).to.have.length(0);
  });

  it('says how many were added when the store added fewer', async () => {
    const el = await mount({ quantity: 3 });
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 2 })));
    const complete = oneEvent(el, 'shoppable-add-to-cart-complete');
    button(el).click();
    expect((await complete).detail.quantity).to.equal(2);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Added 2');
  });

  it('takes a promise that adds nothing as a quantity-limited failure', async () => {
    const el = await mount();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 0 })));
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    await failed;
    expect(el.cart.reason).to.equal('quantity-limited');
  });

  it('shows the rejection’s message and reason, with a non-fatal cart-failed error event', async () => {
    const el = await mount();
    const log = record(el);
    const error = new CartError('Only 2 left in stock.', { reason: 'quantity-limited' });
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(error)));
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    const { detail } = await failed;
    expect(detail).to.deep.equal({ code: 'cart-failed', message: 'Only 2 left in stock.', fatal: false, cause: error });
    await el.updateComplete;
    expect(el.cart.status).to.equal('error');
    expect(el.cart.reason).to.equal('quantity-limited');
    expect(statusText(el)).to.equal('Only 2 left in stock.');
    expect(button(el).disabled).to.be.false;
    expect(log.completes).to.have.length(0);
  });

  it('shows the localised text for the reason when the rejection has no message', async () => {
    const el = await mount();
    el.strings = stringsFor('fr', { 'reason.out-of-stock': 'Désolé, cet article est épuisé.' });
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject({ reason: 'out-of-stock' })));
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    expect((await failed).detail.message).to.equal('Désolé, cet article est épuisé.');
    await el.updateComplete;
    expect(statusText(el)).to.equal('Désolé, cet article est épuisé.');
  });

  it('treats an unknown reason and an empty message as unknown', async () => {
    const el = await mount();
    el.addEventListener('shoppable-add-to-cart', (e) =>
      e.detail.waitUntil(Promise.reject(Object.assign(new Error('  '), { reason: 'gremlins' }))),
    );
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    await failed;
    await el.updateComplete;
    expect(el.cart.reason).to.equal('unknown');
    expect(statusText(el)).to.equal('Could not add to cart.');
  });

  it('retries the last request with a fresh requestId', async () => {
    const el = await mount({ quantity: 2 });
    const log = record(el);
    let attempt = 0;
    el.addEventListener('shoppable-add-to-cart', (e) =>
      e.detail.waitUntil(attempt++ === 0 ? Promise.reject(new CartError('Busy')) : Promise.resolve()),
    );
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    await failed;
    const complete = oneEvent(el, 'shoppable-add-to-cart-complete');
    el.cart.retry();
    await complete;
    expect(log.adds).to.have.length(2);
    expect(log.adds[1].detail.requestId).to.not.equal(log.adds[0].detail.requestId);
    expect(log.adds[1].detail.quantity).to.equal(2);
    expect(log.adds[1].detail.product).to.equal(product);
    expect(el.cart.status).to.equal('success');
  });

  it('takes preventDefault() without waitUntil as an immediate success', async () => {
    const el = await mount();
    const log = record(el);
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault());
    el.cart.press(el.request);
    expect(el.cart.status).to.equal('success');
    expect(log.completes).to.have.length(1);
    expect(log.completes[0].detail.result).to.equal(undefined);
    expect(log.completes[0].detail.requestId).to.equal(log.adds[0].detail.requestId);
    await el.updateComplete;
    expect(statusText(el)).to.equal('Added');
  });

  describe('default action', () => {
    const realOpen = window.open;
    let opened: unknown[][];
    beforeEach(() => {
      opened = [];
      window.open = ((...args: unknown[]) => (opened.push(args), null)) as typeof window.open;
    });
    afterEach(() => {
      window.open = realOpen;
    });

    it('opens the product’s url in a new tab when no listener handled the event', async () => {
      const el = await mount();
      const log = record(el);
      button(el).click();
      expect(opened).to.deep.equal([['https://shop.example/products/music-box', '_blank', 'noopener']]);
      expect(el.cart.status).to.equal('idle');
      expect(log.completes).to.have.length(0);
      expect(log.errors).to.have.length(0);
    });

    it('opens nothing for an unsafe url and reports a non-fatal cart-failed error', async () => {
      const el = await mount({ product: { ...product, url: 'javascript:alert(1)' } });
      const failed = oneEvent(el, 'shoppable-error');
      button(el).click();
      const { detail } = await failed;
      expect(opened).to.have.length(0);
      expect(detail.code).to.equal('cart-failed');
      expect(detail.fatal).to.be.false;
      expect(detail.message).to.contain('music-box-01');
      expect(el.cart.status).to.equal('idle');
    });
  });

  it('gives no event for presses while pending', async () => {
    const el = await mount();
    const log = record(el);
    const store = deferred<void>();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store.promise));
    el.cart.press(el.request);
    el.cart.press(el.request);
    el.cart.retry();
    button(el).click();
    expect(log.adds).to.have.length(1);
    store.resolve();
    await oneEvent(el, 'shoppable-add-to-cart-complete');
    expect(log.completes).to.have.length(1);
  });

  it('keeps a consistent state when a listener throws', async () => {
    const el = await mount();
    const log = record(el);
    // The browser reports the listener's exception to window.onerror; keep it from failing the run.
    const onerror = window.onerror;
    const reported: unknown[] = [];
    window.onerror = (message) => (reported.push(message), true);
    try {
      el.addEventListener('shoppable-add-to-cart', (e) => {
        e.detail.waitUntil(Promise.resolve({ quantity: 1 }));
        throw new Error('page bug');
      });
      el.addEventListener('shoppable-add-to-cart', () => {
        throw new Error('another page bug');
      });
      const complete = oneEvent(el, 'shoppable-add-to-cart-complete');
      button(el).click();
      expect(el.cart.status).to.equal('pending');
      await complete;
    } finally {
      window.onerror = onerror;
    }
    expect(reported).to.have.length(2);
    expect(el.cart.status).to.equal('success');
    expect(log.adds).to.have.length(1);
  });

  it('throws when waitUntil is called after the event was dispatched', async () => {
    const el = await mount();
    let late: ShoppableAddToCartEvent | undefined;
    el.addEventListener('shoppable-add-to-cart', (e) => {
      late = e;
      e.preventDefault();
    });
    el.cart.press(el.request);
    expect(() => late!.detail.waitUntil(Promise.resolve())).to.throw(/synchronously/);
    expect(el.cart.status).to.equal('success');
  });

  it('turns a promise that never settles into a retryable timeout and ignores its late settlement', async () => {
    const el = await mount();
    el.timeout = 50;
    const log = record(el);
    const store = deferred<void>();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store.promise));
    const failed = oneEvent(el, 'shoppable-error');
    button(el).click();
    const { detail } = await failed;
    expect(detail).to.include({ code: 'cart-failed', message: 'The store did not answer in time.', fatal: false });
    expect(el.cart.reason).to.equal('timeout');
    store.resolve();
    await aTimeout(20);
    await el.updateComplete;
    expect(log.completes).to.have.length(0);
    expect(el.cart.status).to.equal('error');
    expect(statusText(el)).to.equal('The store did not answer in time.');
    expect(button(el).disabled).to.be.false;
  });

  it('refuses without an add-to-cart event', async () => {
    const el = await mount();
    const log = record(el);
    el.cart.refuse(el.request, 'region-unavailable');
    expect(log.adds).to.have.length(0);
    expect(log.errors).to.have.length(1);
    expect(log.errors[0].detail).to.include({
      code: 'cart-failed',
      message: 'This product cannot be delivered to your region.',
      fatal: false,
    });
    expect(el.cart.status).to.equal('error');
    expect(el.cart.reason).to.equal('region-unavailable');
  });

  it('follows an add still pending when the host is removed: the result goes to its old parent', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    const log = record(el);
    const completes: Event[] = [];
    parent.addEventListener('shoppable-add-to-cart-complete', (e) => completes.push(e));
    const store = deferred<void>();
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store.promise));
    button(el).click();
    el.remove();
    store.resolve();
    await waitUntil(() => completes.length === 1, 'the result of the add was dropped');
    expect(log.completes).to.have.length(0); // dispatched from the parent, not the gone host
    expect(el.cart.status).to.equal('idle');
  });

  it('follows a pending add of a removed host to its failure and to its timeout', async () => {
    for (const settle of ['reject', 'timeout'] as const) {
      const el = await mount();
      el.timeout = 50;
      const parent = el.parentElement!;
      const errors: ShoppableErrorEvent[] = [];
      parent.addEventListener('shoppable-error', (e) => errors.push(e as ShoppableErrorEvent));
      const store = deferred<void>();
      el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(store.promise));
      button(el).click();
      el.remove();
      if (settle === 'reject') store.reject(new CartError('Gone', { reason: 'out-of-stock' }));
      await waitUntil(() => errors.length === 1, `the ${settle} was dropped`);
      expect(errors[0].detail.code).to.equal('cart-failed');
      expect(el.cart.reason).to.equal(settle === 'reject' ? 'out-of-stock' : 'timeout');
    }
  });

  it('gives no event for presses while its success shows', async () => {
    const el = await mount();
    const log = record(el);
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault());
    el.cart.press(el.request);
    el.cart.press(el.request);
    expect(el.cart.status).to.equal('success');
    expect(log.adds).to.have.length(1);
  });

  it('settles as a failure when reading the rejection throws', async () => {
    const el = await mount();
    const throwing = Object.defineProperty({}, 'reason', { get: () => { throw new Error('getter'); } });
    el.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.reject(throwing)));
    const failed = oneEvent(el, 'shoppable-error') as Promise<ShoppableErrorEvent>;
    el.cart.press(el.request);
    const { detail } = await failed;
    expect(detail.cause).to.equal(throwing);
    expect(el.cart.status).to.equal('error');
    expect(el.cart.reason).to.equal('unknown');
  });

  it('returns to idle a while after success', async () => {
    const el = await mount();
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault());
    button(el).click();
    expect(el.cart.status).to.equal('success');
    await waitUntil(() => el.cart.status === 'idle', 'success did not return to idle', { timeout: 4000 });
    await el.updateComplete;
    expect(statusText(el)).to.equal('');
  });
});

