import { aTimeout, expect } from '@open-wc/testing';
import { CartError, createMockCart } from '../../src/testing/index.js';
import { ShoppableAddToCartEvent, type AddToCartDetail, type AddToCartResult } from '../../src/events.js';
import { product } from './cart-host.js';

/** Dispatches one add on `target` and returns the promise the cart handed to waitUntil. */
function add(target: EventTarget, over: Partial<AddToCartDetail> = {}): Promise<AddToCartResult | void> | undefined {
  let handed: Promise<AddToCartResult | void> | undefined;
  const detail: AddToCartDetail = {
    product,
    variant: product.variants[0],
    quantity: 1,
    currentTime: 0,
    showId: undefined,
    requestId: crypto.randomUUID(),
    waitUntil: (p) => void (handed = p),
    ...over,
  };
  target.dispatchEvent(new ShoppableAddToCartEvent(detail));
  return handed;
}

async function rejection(promise: Promise<unknown> | undefined): Promise<CartError> {
  try {
    await promise;
  } catch (error) {
    return error as CartError;
  }
  throw new Error('expected a rejection');
}

describe('createMockCart', () => {
  it('adds what it is asked and counts it', async () => {
    const cart = createMockCart();
    const target = new EventTarget();
    cart.attach(target);
    expect(await add(target, { quantity: 2, requestId: 'r1' })).to.deep.equal({ quantity: 2, cartCount: 2 });
    expect(await add(target, { variant: undefined, requestId: 'r2' })).to.deep.equal({ quantity: 1, cartCount: 3 });
    expect(cart.items).to.deep.equal([
      { productId: 'music-box-01', variantId: 'mb-waltz', quantity: 2, requestId: 'r1' },
      { productId: 'music-box-01', variantId: undefined, quantity: 1, requestId: 'r2' },
    ]);
    expect(cart.count).to.equal(3);
    cart.reset();
    expect([cart.items.length, cart.count]).to.deep.equal([0, 0]);
  });

  it('never adds twice for one requestId', async () => {
    const cart = createMockCart();
    const target = new EventTarget();
    cart.attach(target);
    const first = add(target, { requestId: 'same' });
    const again = add(target, { requestId: 'same' });
    expect(again).to.equal(first);
    await again;
    expect(cart.count).to.equal(1);
  });

  it('rejects sold-out products and variants with reason out-of-stock', async () => {
    const cart = createMockCart({ outOfStock: ['mb-lullaby', 'teapot-03'] });
    const target = new EventTarget();
    cart.attach(target);
    const variantError = await rejection(add(target, { variant: product.variants[1] }));
    expect(variantError).to.be.instanceOf(CartError);
    expect(variantError.reason).to.equal('out-of-stock');
    const productError = await rejection(add(target, { product: { ...product, id: 'teapot-03' }, variant: undefined }));
    expect(productError.reason).to.equal('out-of-stock');
    expect(cart.count).to.equal(0);
  });

  it('adds only up to maxQuantity per item, then refuses with quantity-limited', async () => {
    const cart = createMockCart({ maxQuantity: 3 });
    const target = new EventTarget();
    cart.attach(target);
    expect(await add(target, { quantity: 2 })).to.deep.equal({ quantity: 2, cartCount: 2 });
    expect(await add(target, { quantity: 2 })).to.deep.equal({ quantity: 1, cartCount: 3 });
    expect((await rejection(add(target))).reason).to.equal('quantity-limited');
    expect(await add(target, { variant: product.variants[1], quantity: 5 })).to.deep.equal({ quantity: 3, cartCount: 6 });
  });

  it('fails at the failure rate, by its random source', async () => {
    const target = new EventTarget();
    createMockCart({ failureRate: 0.5, random: () => 0.2 }).attach(target);
    expect((await rejection(add(target))).reason).to.equal('unknown');
    const lucky = new EventTarget();
    createMockCart({ failureRate: 0.5, random: () => 0.7 }).attach(lucky);
    expect(await add(lucky)).to.deep.equal({ quantity: 1, cartCount: 1 });
  });

  it('answers after the latency, and never with neverSettle', async () => {
    const target = new EventTarget();
    createMockCart({ latency: 60 }).attach(target);
    let settled = false;
    const slow = add(target)!.then(() => (settled = true));
    await aTimeout(0);
    expect(settled).to.be.false;
    await slow;
    expect(settled).to.be.true;

    const silent = new EventTarget();
    createMockCart({ neverSettle: true }).attach(silent);
    let answered = false;
    add(silent)!.then(() => (answered = true), () => (answered = true));
    await aTimeout(30);
    expect(answered).to.be.false;
  });

  it('stops answering once detached', () => {
    const target = new EventTarget();
    const detach = createMockCart().attach(target);
    detach();
    expect(add(target)).to.equal(undefined);
  });
});
