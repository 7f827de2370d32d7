import { expect } from '@open-wc/testing';
import { CartError } from '../../src/cart/errors.js';
import { addToWooCart, wooCartHandler, type WooSession } from '../../src/cart/woocommerce.js';
import { ShoppableAddToCartEvent, type AddToCartResult } from '../../src/events.js';
import { variant } from '../fixtures/products.js';
import { detail, json, recordingFetch, rejection } from './helpers.js';

const root = '/__woo/';
const ADD = '/__woo/wp-json/wc/store/v1/cart/add-item';

/** A nonce as a page gets it (printed by PHP); here from the Store API's cart route. */
async function pageNonce(): Promise<string> {
  const response = await fetch('/__woo/wp-json/wc/store/v1/cart', { cache: 'no-store' });
  return response.headers.get('Nonce')!;
}

describe('addToWooCart (Store API)', () => {
  it('sends the nonce, then round-trips the Nonce and Cart-Token the store answered with', async () => {
    const session: WooSession = {};
    const nonce = await pageNonce();
    const { fetch, sent, responses } = recordingFetch();
    const first = await addToWooCart(detail(), { root, nonce, session, fetch });
    expect(first).to.deep.equal({ quantity: 1, cartCount: 1 });
    expect(sent).to.have.length(1);
    expect(sent[0].url).to.equal(ADD);
    expect(sent[0].method).to.equal('POST');
    expect(sent[0].body).to.deep.equal({ id: 'mb-waltz', quantity: 1 });
    expect(sent[0].headers.get('Content-Type')).to.equal('application/json');
    expect(sent[0].headers.get('Nonce')).to.equal(nonce);
    expect(sent[0].headers.has('Cart-Token')).to.be.false;
    const token = responses[0].headers.get('Cart-Token');
    const fresh = responses[0].headers.get('Nonce');
    expect(token).to.match(/^wc_ct_/);
    expect(session).to.deep.equal({ nonce: fresh, cartToken: token });

    const second = await addToWooCart(detail({ quantity: 2 }), { root, nonce, session, fetch });
    expect(second).to.deep.equal({ quantity: 2, cartCount: 3 });
    expect(sent[1].headers.get('Cart-Token')).to.equal(token);
    expect(sent[1].headers.get('Nonce')).to.equal(fresh);
  });

  it('retries once with the fresh nonce when the nonce was stale', async () => {
    const { fetch, sent, responses } = recordingFetch();
    const result = await addToWooCart(detail(), { root, nonce: 'stale-nonce', session: {}, fetch });
    expect(result).to.deep.equal({ quantity: 1, cartCount: 1 });
    expect(responses.map((r) => r.status)).to.deep.equal([403, 201]);
    expect(sent[1].headers.get('Nonce')).to.equal(responses[0].headers.get('Nonce'));
  });

  it('without a nonce, adds with the Cart-Token the cart route gives (no nonce sent)', async () => {
    const session: WooSession = {};
    const { fetch, sent, responses } = recordingFetch();
    const result = await addToWooCart(detail({ quantity: 2 }), { root, session, fetch });
    expect(result).to.deep.equal({ quantity: 2, cartCount: 2 });
    expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([`GET ${ADD.replace('/add-item', '')}`, `POST ${ADD}`]);
    expect(responses.map((r) => r.status)).to.deep.equal([200, 201]);
    const token = responses[0].headers.get('Cart-Token');
    expect(sent[1].headers.get('Cart-Token')).to.equal(token);
    expect(sent[1].headers.has('Nonce')).to.be.false;
    // The same cart next time, still without a nonce of the page's.
    expect(await addToWooCart(detail(), { root, session })).to.deep.equal({ quantity: 1, cartCount: 3 });
  });

  it('adds with a Cart-Token the page holds (headless), without reading the cart first', async () => {
    const token = (await fetch('/__woo/wp-json/wc/store/v1/cart', { cache: 'no-store' })).headers.get('Cart-Token')!;
    await addToWooCart(detail(), { root, session: {}, cartToken: token });
    const { fetch: spy, sent } = recordingFetch();
    expect(await addToWooCart(detail(), { root, session: {}, cartToken: token, fetch: spy })).to.deep.equal({ quantity: 1, cartCount: 2 });
    expect(sent).to.have.length(1);
    expect(sent[0].headers.get('Cart-Token')).to.equal(token);
    expect(sent[0].headers.has('Nonce')).to.be.false;
  });

  it('falls back to the nonce when a store refuses the Cart-Token write', async () => {
    let posts = 0;
    const { fetch, sent } = recordingFetch(async (_url, init) => {
      if (init.method !== 'POST') return json(200, { items_count: 0 }, { 'Cart-Token': 'refused-token' });
      if (posts++ === 0) return json(401, { code: 'woocommerce_rest_missing_nonce', message: 'Missing the Nonce header.', data: { status: 401 } }, { Nonce: 'fresh' });
      return json(201, { items_count: 1 });
    });
    expect(await addToWooCart(detail(), { root, session: {}, fetch })).to.deep.equal({ quantity: 1, cartCount: 1 });
    expect(sent.map((s) => s.headers.get('Nonce'))).to.deep.equal([null, null, 'fresh']);
  });

  it('sends numeric ids as numbers, and variation attributes when given', async () => {
    const { fetch, sent } = recordingFetch();
    await addToWooCart(detail({ variant: variant('1001') }), {
      root,
      session: {},
      fetch,
      variation: () => [{ attribute: 'Finish', value: 'Natural' }],
    });
    expect(sent.at(-1)!.body).to.deep.equal({
      id: 1001,
      quantity: 1,
      variation: [{ attribute: 'Finish', value: 'Natural' }],
    });
  });

  it('maps out of stock and not purchasable to out-of-stock, with the message as plain text', async () => {
    const soldOut = await rejection(addToWooCart(detail({ variant: variant('1002') }), { root, session: {} }));
    expect(soldOut).to.be.instanceOf(CartError);
    expect([soldOut.reason, soldOut.status, soldOut.message]).to.deep.equal([
      'out-of-stock',
      400,
      'You cannot add "Wooden train whistle - Gift box" to the cart because the product is out of stock.',
    ]);
    const sample = await rejection(addToWooCart(detail({ variant: variant('1003') }), { root, session: {} }));
    expect([sample.reason, sample.message]).to.deep.equal([
      'out-of-stock',
      'The "Shop display sample" product cannot be purchased.',
    ]);
  });

  it('maps partially out of stock to quantity-limited', async () => {
    const session: WooSession = {};
    await addToWooCart(detail({ quantity: 4 }), { root, session });
    const error = await rejection(addToWooCart(detail({ quantity: 2 }), { root, session }));
    expect([error.reason, error.message]).to.deep.equal([
      'quantity-limited',
      'You cannot add that amount of "Carousel music box - Waltz" to the cart because there is not enough stock (5 remaining).',
    ]);
  });

  it('maps an unknown product to unknown with the store’s message', async () => {
    const error = await rejection(addToWooCart(detail({ variant: variant('no-such-thing') }), { root, session: {} }));
    expect([error.reason, error.status, error.message]).to.deep.equal([
      'unknown',
      400,
      'This product cannot be added to the cart.',
    ]);
  });

  it('maps nonce errors it cannot fix to login-required, without the developer message', async () => {
    const fetch = async () =>
      json(403, { code: 'woocommerce_rest_invalid_nonce', message: 'Nonce is invalid.', data: { status: 403 } });
    const error = await rejection(addToWooCart(detail(), { root, nonce: 'n', session: {}, fetch }));
    expect([error.reason, error.status, error.message]).to.deep.equal(['login-required', 403, '']);
  });

  it('strips markup from store messages', async () => {
    const fetch = async () =>
      json(400, { code: 'custom_rule', message: '<strong>Sorry</strong>, &quot;Hat&quot; is <em>gone</em>.', data: {} });
    const error = await rejection(addToWooCart(detail(), { root, session: {}, fetch }));
    expect([error.reason, error.message]).to.deep.equal(['unknown', 'Sorry, "Hat" is gone.']);
  });

  it('maps a network failure to unknown with a readable message', async () => {
    const error = await rejection(
      addToWooCart(detail(), { root, session: {}, fetch: () => Promise.reject(new TypeError('Failed to fetch')) }),
    );
    expect([error.reason, error.message]).to.deep.equal([
      'unknown',
      'Could not reach the store. Check your connection and try again.',
    ]);
  });

  it('gives a one-line listener that hands the add to waitUntil', async () => {
    const target = document.createElement('div');
    target.addEventListener('shoppable-add-to-cart', wooCartHandler({ root, session: {} }));
    let handed: Promise<AddToCartResult | void> | undefined;
    target.dispatchEvent(
      new ShoppableAddToCartEvent(detail({ variant: variant('tea-06'), quantity: 3, waitUntil: (p) => void (handed = p) })),
    );
    expect(await handed).to.deep.equal({ quantity: 3, cartCount: 3 });
  });
});
