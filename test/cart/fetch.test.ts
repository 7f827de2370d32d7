import { expect } from '@open-wc/testing';
import { CartError, isCartFailureReason } from '../../src/cart/errors.js';
import { addWithFetch, fetchCartHandler } from '../../src/cart/fetch.js';
import { ShoppableAddToCartEvent, type AddToCartResult } from '../../src/events.js';
import { detail, json, recordingFetch, rejection } from './helpers.js';

describe('addWithFetch (your own endpoint)', () => {
  it('posts the add as JSON with the request id as Idempotency-Key', async () => {
    const { fetch, sent } = recordingFetch(() => json(200, { quantity: 2, cartCount: 7, ignored: true }));
    const d = detail({ quantity: 2 });
    const result = await addWithFetch(d, { url: '/api/cart', headers: { Authorization: 'Bearer t' }, fetch });
    expect(result).to.deep.equal({ quantity: 2, cartCount: 7 });
    expect(sent).to.have.length(1);
    expect(sent[0].url).to.equal('/api/cart');
    expect(sent[0].method).to.equal('POST');
    expect(sent[0].credentials).to.equal('same-origin');
    expect(sent[0].body).to.deep.equal({
      productId: 'music-box-01',
      variantId: 'mb-waltz',
      quantity: 2,
      requestId: d.requestId,
      showId: 'spring-launch',
      currentTime: 12.5,
    });
    expect(sent[0].headers.get('Idempotency-Key')).to.equal(d.requestId);
    expect(sent[0].headers.get('Content-Type')).to.equal('application/json');
    expect(sent[0].headers.get('Authorization')).to.equal('Bearer t');
  });

  it('takes a custom body and parser', async () => {
    const { fetch, sent } = recordingFetch(() => json(201, { cart: { lines: 4 } }));
    const result = await addWithFetch(detail(), {
      url: '/api/cart',
      fetch,
      body: (d) => ({ sku: d.variant?.id, qty: d.quantity }),
      parse: (body) => ({ cartCount: (body as { cart: { lines: number } }).cart.lines }),
    });
    expect(sent[0].body).to.deep.equal({ sku: 'mb-waltz', qty: 1 });
    expect(result).to.deep.equal({ cartCount: 4 });
  });

  it('resolves an empty answer (204) to an empty result', async () => {
    const fetch = async () => new Response(null, { status: 204 });
    expect(await addWithFetch(detail(), { url: '/api/cart', fetch })).to.deep.equal({});
  });

  it('rejects with the answer’s message and reason', async () => {
    const fetch = async () => json(409, { message: 'Only 1 per customer.', reason: 'quantity-limited' });
    const error = await rejection(addWithFetch(detail(), { url: '/api/cart', fetch }));
    expect(error).to.be.instanceOf(CartError);
    expect([error.reason, error.status, error.message]).to.deep.equal(['quantity-limited', 409, 'Only 1 per customer.']);
  });

  it('picks a reason from the status when the answer has none', async () => {
    const cases: Array<[number, string]> = [
      [401, 'login-required'],
      [403, 'login-required'],
      [504, 'timeout'],
      [500, 'unknown'],
    ];
    for (const [status, reason] of cases) {
      const fetch = async () => new Response('<h1>oops</h1>', { status });
      const error = await rejection(addWithFetch(detail(), { url: '/api/cart', fetch }));
      expect([error.reason, error.status, error.message]).to.deep.equal([reason, status, '']);
    }
  });

  it('ignores a reason that is not one of the protocol’s', async () => {
    const fetch = async () => json(400, { message: 'Nope', reason: 'because' });
    expect((await rejection(addWithFetch(detail(), { url: '/api/cart', fetch }))).reason).to.equal('unknown');
  });

  it('maps a network failure to unknown with a readable message', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(addWithFetch(detail(), { url: '/api/cart', fetch }));
    expect([error.reason, error.message]).to.deep.equal([
      'unknown',
      'Could not reach the store. Check your connection and try again.',
    ]);
  });

  it('gives a one-line listener that hands the add to waitUntil', async () => {
    const target = document.createElement('div');
    target.addEventListener('shoppable-add-to-cart', fetchCartHandler({ url: '/api/cart', fetch: async () => json(200, { cartCount: 1 }) }));
    let handed: Promise<AddToCartResult | void> | undefined;
    target.dispatchEvent(new ShoppableAddToCartEvent(detail({ waitUntil: (p) => void (handed = p) })));
    expect(await handed).to.deep.equal({ cartCount: 1 });
  });
});

describe('CartError', () => {
  it('carries a reason (unknown by default), a status and a cause', () => {
    const cause = new TypeError('x');
    const error = new CartError('Sold out', { reason: 'out-of-stock', status: 422, cause });
    expect([error.name, error.message, error.reason, error.status, error.cause]).to.deep.equal([
      'CartError',
      'Sold out',
      'out-of-stock',
      422,
      cause,
    ]);
    expect(new CartError('x').reason).to.equal('unknown');
    expect(error).to.be.instanceOf(Error);
  });

  it('recognises the protocol’s reasons only', () => {
    expect(['out-of-stock', 'timeout', 'unknown'].every(isCartFailureReason)).to.be.true;
    expect([undefined, 'sold-out', 3, null].some(isCartFailureReason)).to.be.false;
  });
});
