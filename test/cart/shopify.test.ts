import { expect } from '@open-wc/testing';
import { CartError } from '../../src/cart/errors.js';
import { addToShopifyCart, shopifyCartError, shopifyCartHandler } from '../../src/cart/shopify.js';
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
    // An add of two or more reads the cart first, to tell a partial add by the cart (see below).
    expect(sent.map((s) => `${s.method} ${s.url}`)).to.deep.equal([`GET ${root}cart.js`, `POST ${root}cart/add.js`, `GET ${root}cart.js`]);
    expect(sent[1].body).to.deep.equal({ items: [{ id: 'mb-waltz', quantity: 2 }] });
    expect(sent[1].headers.get('Content-Type')).to.equal('application/json');
    expect(sent[1].headers.get('Accept')).to.equal('application/json');
    expect(sent[1].headers.get('X-Requested-With')).to.equal('XMLHttpRequest');

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
    expect(error.message).to.equal('The product ‘Carousel music box - Lullaby’ is already sold out.');
  });

  it('resolves a partial add (422 "Only N items were added") with what went in, and the new count', async () => {
    const root = freshRoot();
    expect(await addToShopifyCart(detail({ quantity: 3 }), { root })).to.deep.equal({ quantity: 3, cartCount: 3 });
    const { fetch, sent, responses } = recordingFetch();
    const partial = await addToShopifyCart(detail({ quantity: 4 }), { root, fetch });
    expect(partial).to.deep.equal({ quantity: 2, cartCount: 5 });
    // The cart before, the add (refused with 422 although 2 went in), the cart after.
    expect(sent.map((s) => `${s.method} ${s.url.slice(root.length)}`)).to.deep.equal(['GET cart.js', 'POST cart/add.js', 'GET cart.js']);
    expect(responses[1].status).to.equal(422);
    expect((await responses[1].json()).description).to.equal('Only 2 items were added to your cart.');
    // Nothing left to add: the retry a shopper might press is refused as quantity-limited.
    const full = await rejection(addToShopifyCart(detail(), { root }));
    expect([full.reason, full.status, full.message]).to.deep.equal([
      'quantity-limited',
      422,
      'The maximum quantity of this item is already in your cart.',
    ]);
  });

  it('tells a partial add and the refusals apart in the shop’s language, from the cart', async () => {
    const root = `${freshRoot()}fr/`;
    expect(await addToShopifyCart(detail({ quantity: 7 }), { root })).to.deep.equal({ quantity: 5, cartCount: 5 });
    const full = await rejection(addToShopifyCart(detail(), { root }));
    expect([full.reason, full.message]).to.deep.equal(['quantity-limited', 'La quantité maximale de cet article est déjà dans votre panier.']);
    const soldOut = await rejection(addToShopifyCart(detail({ variant: variant('mb-lullaby') }), { root }));
    expect([soldOut.reason, soldOut.message]).to.deep.equal(['out-of-stock', 'Le produit « Carousel music box - Lullaby » est déjà épuisé.']);
  });

  it('believes the number of a partial add’s text only when the cart holds it (no cart before)', async () => {
    const answer = (cart: unknown) => async (url: string) =>
      url.endsWith('add.js') ? json(422, { status: 422, message: 'Cart Error', description: 'Seuls 2 articles ont été ajoutés à votre panier.' }) : json(200, cart);
    const holds = (quantity: number) => ({ item_count: quantity + 1, items: [{ variant_id: 'mb-waltz', quantity }, { variant_id: 'x', quantity: 1 }] });
    // cart.js answers the same before and after here, so the recipe falls back to the number.
    let calls = 0;
    const fetchBeforeFails = async (url: string) => (url.endsWith('cart.js') && calls++ === 0 ? json(500, {}) : answer(holds(2))(url));
    expect(await addToShopifyCart(detail({ quantity: 4 }), { root: '/', fetch: fetchBeforeFails })).to.deep.equal({ quantity: 2, cartCount: 3 });
    calls = 0;
    const fetchEmpty = async (url: string) => (url.endsWith('cart.js') && calls++ === 0 ? json(500, {}) : answer(holds(0))(url));
    const error = await rejection(addToShopifyCart(detail({ quantity: 4 }), { root: '/', fetch: fetchEmpty }));
    expect([error.reason, error.status]).to.deep.equal(['out-of-stock', 422]);
  });

  it('maps by status and cart first and by text last, in any language and with either apostrophe', () => {
    const cases: [number, string, boolean | undefined, string][] = [
      [422, 'Whatever the text says', true, 'quantity-limited'],
      [422, 'Whatever the text says', false, 'out-of-stock'],
      [403, 'The product is already sold out.', undefined, 'login-required'],
      [422, 'You can’t add more Carousel music box to the cart.', undefined, 'quantity-limited'],
      [422, "You can't add more Carousel music box to the cart.", undefined, 'quantity-limited'],
      [422, 'Das Produkt „Spieluhr“ ist bereits ausverkauft.', undefined, 'out-of-stock'],
      [422, 'El producto ‘Caja’ ya está agotado.', undefined, 'out-of-stock'],
      [422, 'La quantité maximale de cet article est déjà dans votre panier.', undefined, 'quantity-limited'],
      [500, 'Internal error', undefined, 'unknown'],
    ];
    for (const [status, description, inCart, reason] of cases) {
      const error = shopifyCartError(status, { status, message: 'Cart Error', description }, inCart);
      expect([error.reason, error.message], description).to.deep.equal([reason, description]);
    }
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
