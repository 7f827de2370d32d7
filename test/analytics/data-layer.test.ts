import { expect } from '@open-wc/testing';
import { connectDataLayer } from '../../src/analytics/data-layer.js';
import {
  ShoppableFeedChangeEvent,
  ShoppableFeedCloseEvent,
  ShoppableFeedOpenEvent,
  ShoppableAddToCartCompleteEvent,
  ShoppableProductClickEvent,
  ShoppableProductShowEvent,
} from '../../src/events.js';
import type { Moment, Product, ProductVariant } from '../../src/types.js';
import { MUSIC_BOX_PRICES, musicBox } from '../fixtures/products.js';

const product = musicBox({ title: { 'zh-Hans': '旋转木马音乐盒', en: 'Carousel music box' }, prices: MUSIC_BOX_PRICES });
const lullaby: ProductVariant = { id: 'mb-lullaby', title: { ja: '子守唄' }, options: {}, available: true };
const moment: Moment = { productId: product.id, start: 12.5, end: 48 };

function show(target: EventTarget, p: Product = product) {
  target.dispatchEvent(new ShoppableProductShowEvent({ product: p, moment, currentTime: 12.5, showId: 's' }));
}

describe('connectDataLayer', () => {
  it('pushes view_item on product show, each after an ecommerce reset', () => {
    const dataLayer: unknown[] = [];
    const target = new EventTarget();
    connectDataLayer(target, { dataLayer });
    show(target);
    expect(dataLayer).to.deep.equal([
      { ecommerce: null },
      {
        event: 'view_item',
        ecommerce: {
          currency: 'GBP',
          value: 19.99,
          items: [{ item_id: 'music-box-01', item_name: 'Carousel music box', price: 19.99, currency: 'GBP', quantity: 1 }],
        },
      },
    ]);
  });

  it('pushes select_item on product click, in the asked currency with its own digits', () => {
    const dataLayer: unknown[] = [];
    const target = new EventTarget();
    connectDataLayer(target, { dataLayer, currency: 'JPY' });
    target.dispatchEvent(new ShoppableProductClickEvent({ product, currentTime: 20, showId: 's' }));
    expect(dataLayer).to.deep.equal([
      { ecommerce: null },
      {
        event: 'select_item',
        ecommerce: {
          currency: 'JPY',
          value: 3800,
          items: [{ item_id: 'music-box-01', item_name: 'Carousel music box', price: 3800, currency: 'JPY', quantity: 1 }],
        },
      },
    ]);
  });

  it('pushes add_to_cart with the added quantity and the variant', () => {
    const dataLayer: unknown[] = [];
    const target = new EventTarget();
    connectDataLayer(target, { dataLayer, currency: 'usd' });
    target.dispatchEvent(
      new ShoppableAddToCartCompleteEvent({
        product,
        variant: lullaby,
        quantity: 3,
        requestId: 'r1',
        currentTime: 30,
        showId: 's',
        result: { quantity: 3, cartCount: 5 },
      }),
    );
    expect(dataLayer).to.deep.equal([
      { ecommerce: null },
      {
        event: 'add_to_cart',
        ecommerce: {
          currency: 'USD',
          value: 74.97,
          items: [
            {
              item_id: 'music-box-01',
              item_name: 'Carousel music box',
              item_variant: '子守唄',
              price: 24.99,
              currency: 'USD',
              quantity: 3,
            },
          ],
        },
      },
    ]);
  });

  it('prefers the variant’s own price and leaves out money the merchant did not set', () => {
    const dataLayer: unknown[] = [];
    const target = new EventTarget();
    connectDataLayer(target, { dataLayer, currency: 'EUR' });
    show(target, { ...product, title: 'Plain title' });
    expect(dataLayer[1]).to.deep.equal({
      event: 'view_item',
      ecommerce: { items: [{ item_id: 'music-box-01', item_name: 'Plain title', quantity: 1 }] },
    });

    const priced: ProductVariant = { id: 'v', options: {}, available: true, price: { amount: 1500, currency: 'GBP' } };
    const layer2: unknown[] = [];
    connectDataLayer(target, { dataLayer: layer2 });
    target.dispatchEvent(
      new ShoppableAddToCartCompleteEvent({
        product,
        variant: priced,
        quantity: 1,
        requestId: 'r',
        currentTime: 0,
        showId: undefined,
        result: undefined,
      }),
    );
    expect(layer2[1]).to.deep.include({ event: 'add_to_cart' });
    expect((layer2[1] as { ecommerce: unknown }).ecommerce).to.deep.equal({
      currency: 'GBP',
      value: 15,
      items: [{ item_id: 'music-box-01', item_name: 'Carousel music box', item_variant: 'v', price: 15, currency: 'GBP', quantity: 1 }],
    });
  });

  it('uses window.dataLayer by default and stops on disconnect', () => {
    const w = window as unknown as { dataLayer?: unknown[] };
    const before = w.dataLayer;
    delete w.dataLayer;
    try {
      const target = new EventTarget();
      const disconnect = connectDataLayer(target);
      expect(w.dataLayer).to.deep.equal([]);
      show(target);
      expect(w.dataLayer).to.have.length(2);
      disconnect();
      show(target);
      target.dispatchEvent(new ShoppableProductClickEvent({ product, currentTime: 0, showId: undefined }));
      expect(w.dataLayer).to.have.length(2);
    } finally {
      w.dataLayer = before;
    }
  });

  it('pushes the feed events with the show id, and stops when disconnected', () => {
    const dataLayer: unknown[] = [];
    const target = new EventTarget();
    const disconnect = connectDataLayer(target, { dataLayer });
    target.dispatchEvent(new ShoppableFeedOpenEvent({ showId: 'kite-short', index: 1 }));
    target.dispatchEvent(new ShoppableFeedChangeEvent({ showId: 'tea-hour', index: 2, previousShowId: 'kite-short' }));
    target.dispatchEvent(new ShoppableFeedCloseEvent({ showId: 'tea-hour', index: 2 }));
    disconnect();
    target.dispatchEvent(new ShoppableFeedOpenEvent({ showId: 'x', index: 0 }));
    expect(dataLayer).to.deep.equal([
      { event: 'shoppable_feed_open', show_id: 'kite-short', show_index: 1 },
      { event: 'shoppable_feed_change', show_id: 'tea-hour', show_index: 2, previous_show_id: 'kite-short' },
      { event: 'shoppable_feed_close', show_id: 'tea-hour', show_index: 2 },
    ]);
  });
});
