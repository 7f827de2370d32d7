import { expect } from '@open-wc/testing';
import { CartError } from '../../src/cart/errors.js';
import { addToShopifyCart, shopifyCartHandler } from '../../src/cart/shopify.js';
import { ShoppableAddToCartEvent, type AddToCartResult } from '../../src/events.js';
import { variant } from '../fixtures/products.js';
import { detail, json, recordingFetch, rejection } from './helpers.js';

// Each test gets its own cart: the local server keys carts by the root's last segment.
const freshRoot = () => `/__shopify/t-${crypto.randomUUID()}/`;

describe('addToShopifyCart (Ajax Cart API)', () => {
  it('posts the documented request and reads the cart count', async () => {
    const root = freshRoot();
    const { fetch, sent } = recordingFetch();
    const result = await addToShopifyCart(detail({ quantity: 2 }), { root, fetch });
    expect(result).to.deep.equal({ quantity: 2, cartCount: 2 });
    expect(sent).to.have.length(2);
    expect(sent[0].url).to.equal(`${root}cart/add.js`);
    expect(sent[0].method).to.equal('POST');
    expect(sent[0].body).to.deep.equal({ items: [{ id: 'mb-waltz', quantity: 2 }] });
    expect(sent[0].headers.get('Content-Type')).to.equal('application/json');
    expect(sent[0].headers.get('Accept')).to.equal('application/json');
    expect(sent[0].headers.get('X-Requested-With')).to.equal('XMLHttpRequest');
    expect(sent[1].url).to.equal(`${root}cart.js`);
    expect(sent[1].method).to.equal('GET');

    const again = await addToShopifyCart(detail({ variant: undefined, product: { ...detail().product, id: 'tea-06' } }), { root });
    expect(again).to.deep.equal({ quantity: 1, cartCount: 3 });
  });

  it('sends numeric ids as numbers, also from Storefront GraphQL gids', async () => {
    const root = freshRoot();
    const { fetch, sent } = recordingFetch();
    await addToShopifyCart(detail({ variant: variant('1001') }), { root, fetch });
    await addToShopifyCart(detail({ variant: variant('gid://shopify/ProductVariant/1001') }), { root, fetch });
    expect(sent[0].body).to.deep.equal({ items: [{ id: 1001, quantity: 1 }] });
    expect(sent[2].body).to.deep.equal({ items: [{ id: 1001, quantity: 1 }] });
  });

  it('takes the variant id and line properties from options', async () => {
    const root = freshRoot();
    await addToShopifyCart(detail(), {
      root,
      variantId: () => 'tea-06',
      properties: (d) => ({ _show: d.showId ?? '' }),
    });
    const cart = await (await fetch(`${root}cart.js`, { cache: 'no-store' })).json();
    expect(cart.items.map((i: { id: string; properties: unknown }) => [i.id, i.properties])).to.deep.equal([
      ['tea-06', { _show: 'spring-launch' }],
    ]);
  });

  it('uses Shopify.routes.root when no root is given', async () => {
    const root = freshRoot();
    const w = window as unknown as { Shopify?: unknown };
    w.Shopify = { routes: { root } };
    try {
      const { fetch, sent } = recordingFetch();
      await addToShopifyCart(detail(), { fetch });
      expect(sent[0].url).to.equal(`${root}cart/add.js`);
    } finally {
      delete w.Shopify;
    }
  });

  it('maps a sold-out variant to out-of-stock with Shopify’s description', async () => {
    const error = await rejection(addToShopifyCart(detail({ variant: variant('mb-lullaby') }), { root: freshRoot() }));
    expect(error).to.be.instanceOf(CartError);
    expect(error.reason).to.equal('out-of-stock');
    expect(error.status).to.equal(422);
    expect(error.message).to.equal("The product 'Carousel music box - Lullaby' is already sold out.");
  });

  it('maps exceeding the stock to quantity-limited', async () => {
    const root = freshRoot();
    await addToShopifyCart(detail({ quantity: 3 }), { root });
    const partial = await rejection(addToShopifyCart(detail({ quantity: 4 }), { root }));
    expect([partial.reason, partial.status, partial.message]).to.deep.equal([
      'quantity-limited',
      422,
      'Only 2 items were added to your cart.',
    ]);
    const full = await rejection(addToShopifyCart(detail(), { root }));
    expect([full.reason, full.message]).to.deep.equal([
      'quantity-limited',
      'The maximum quantity of this item is already in your cart.',
    ]);
  });

  it('maps an unknown variant (404) to unknown', async () => {
    const error = await rejection(addToShopifyCart(detail({ variant: variant('no-such-variant') }), { root: freshRoot() }));
    expect([error.reason, error.status, error.message]).to.deep.equal(['unknown', 404, 'Cannot find variant']);
  });

  it('maps 401 and 403 to login-required', async () => {
    for (const status of [401, 403]) {
      const fetch = async () => json(status, { status, message: 'Unauthorized', description: 'Log in to shop.' });
      const error = await rejection(addToShopifyCart(detail(), { root: '/', fetch }));
      expect([error.reason, error.status]).to.deep.equal(['login-required', status]);
    }
  });

  it('maps a network failure to unknown with a readable message', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const error = await rejection(addToShopifyCart(detail(), { root: '/', fetch }));
    expect(error.reason).to.equal('unknown');
    expect(error.message).to.equal('Could not reach the store. Check your connection and try again.');
    expect(error.cause).to.be.instanceOf(TypeError);
  });

  it('still resolves when the add went through but cart.js failed', async () => {
    const fetch = async (url: string) => (url.endsWith('add.js') ? json(200, { items: [] }) : json(500, {}));
    expect(await addToShopifyCart(detail({ quantity: 2 }), { root: '/shop', fetch })).to.deep.equal({ quantity: 2 });
  });

  it('gives a one-line listener that hands the add to waitUntil', async () => {
    const target = document.createElement('div');
    const root = freshRoot();
    target.addEventListener('shoppable-add-to-cart', shopifyCartHandler({ root }));
    let handed: Promise<AddToCartResult | void> | undefined;
    target.dispatchEvent(new ShoppableAddToCartEvent(detail({ waitUntil: (p) => void (handed = p) })));
    expect(await handed).to.deep.equal({ quantity: 1, cartCount: 1 });
  });
});
