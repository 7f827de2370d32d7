// The React entry rendered by React 19 itself. 'react' and 'react-dom/client' are CommonJS; the
// test server's react-bundle middleware (test/servers/react-bundle.mjs) serves them as one ES
// module, so this file and src/react.ts import them by their bare names, as a bundler user would.
import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import { createElement, createRef, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { ShoppableProductCard, ShoppableProductList, ShoppableVideo } from '../../src/react.js';
import { ShoppableVideo as VideoElement } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard as CardElement } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableAddToCartCompleteEvent, ShoppableAddToCartEvent, ShoppableProductShowEvent } from '../../src/events.js';
import type { Show } from '../../src/types.js';
import { plainMug } from '../fixtures/products.js';

const SHOW = '/demo/shows/spring-launch.json';

const mug = plainMug({ id: 'mug-01' });

let container: HTMLElement;
let root: Root;

function render(element: ReactElement) {
  flushSync(() => root.render(element));
}
function shadowAll(el: Element, selector: string): Element[] {
  return [...el.shadowRoot!.querySelectorAll(selector)];
}
async function showLoaded(el: Element) {
  await waitUntil(() => shadowAll(el, '[part~="products-button"]').length > 0, 'the show did not load', { timeout: 5000 });
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  root.unmount();
  container.remove();
});

describe('shoppable-video/react', () => {
  it('renders <shoppable-video>, passes props as properties and calls onProductShow with the typed detail', async () => {
    const ref = createRef<VideoElement>();
    const shown: ShoppableProductShowEvent[] = [];
    render(
      createElement(ShoppableVideo, {
        ref,
        show: SHOW,
        muted: true,
        preload: 'none',
        currency: 'GBP',
        onProductShow: (e) => shown.push(e),
      }),
    );
    const el = container.querySelector('shoppable-video')!;
    expect(el).to.be.instanceOf(VideoElement);
    expect(ref.current).to.equal(el);
    expect(el.show).to.equal(SHOW);
    expect(el.currency).to.equal('GBP');
    await showLoaded(el);
    el.currentTime = 5; // inside the music box's moment (2–20 s)
    await waitUntil(() => shown.length > 0, 'onProductShow was not called', { timeout: 5000 });
    expect(shown[0].type).to.equal('shoppable-product-show');
    expect(shown[0].detail.product.id).to.equal('music-box-01');
    expect(shown[0].detail.moment.start).to.equal(2);
    expect(shown[0].detail.showId).to.equal('spring-launch-2026-03-01');
  });

  it('takes the show as an object, and swaps an event handler on re-render', async () => {
    const show = (await (await fetch(SHOW)).json()) as Show;
    const first: string[] = [];
    const second: string[] = [];
    const props = { show, muted: true, preload: 'none' as const };
    render(createElement(ShoppableVideo, { ...props, onProductShow: (e) => first.push(e.detail.product.id) }));
    const el = container.querySelector('shoppable-video')!;
    expect(el.show).to.equal(show);
    expect(el.hasAttribute('show')).to.equal(false);
    await showLoaded(el);
    render(createElement(ShoppableVideo, { ...props, onProductShow: (e) => second.push(e.detail.product.id) }));
    expect(container.querySelector('shoppable-video')).to.equal(el);
    el.currentTime = 30; // the teapot's moment (24–36 s) only
    await waitUntil(() => second.length > 0, 'the new onProductShow was not called', { timeout: 5000 });
    expect(second).to.deep.equal(['teapot-03']);
    expect(first).to.deep.equal([]);
  });

  it('calls onPlay and onPause for the media events it re-dispatches', async () => {
    const log: string[] = [];
    render(
      createElement(ShoppableVideo, {
        src: '/demo/media/replay.mp4',
        muted: true,
        onPlay: (e) => log.push(e.type),
        onPause: (e) => log.push(e.type),
      }),
    );
    const el = container.querySelector('shoppable-video')!;
    await el.play();
    await waitUntil(() => log.includes('play'), 'onPlay was not called', { timeout: 5000 });
    el.pause();
    await waitUntil(() => log.includes('pause'), 'onPause was not called', { timeout: 5000 });
    expect(log.slice(0, 2)).to.deep.equal(['play', 'pause']);
  });

  it('renders a product card whose onAddToCart and onAddToCartComplete carry the product', async () => {
    const adds: ShoppableAddToCartEvent[] = [];
    const completes: ShoppableAddToCartCompleteEvent[] = [];
    render(
      createElement(ShoppableProductCard, {
        product: mug,
        locale: 'en-GB',
        onAddToCart: (e) => {
          adds.push(e);
          e.detail.waitUntil(Promise.resolve({ cartCount: 3 }));
        },
        onAddToCartComplete: (e) => completes.push(e),
      }),
    );
    const card = container.querySelector<CardElement>('shoppable-product-card')!;
    await card.updateComplete;
    expect(card.shadowRoot!.textContent).to.contain('Plain mug');
    card.shadowRoot!.querySelector<HTMLButtonElement>('[part="add-to-cart"]')!.click();
    await waitUntil(() => completes.length > 0, 'onAddToCartComplete was not called', { timeout: 5000 });
    expect(adds).to.have.length(1);
    expect(adds[0].detail.product.id).to.equal('mug-01');
    expect(adds[0].detail.quantity).to.equal(1);
    expect(completes[0].detail.requestId).to.equal(adds[0].detail.requestId);
    expect(completes[0].detail.result).to.deep.equal({ cartCount: 3 });
  });

  it('renders a product list and removes the element on unmount', async () => {
    render(createElement(ShoppableProductList, { products: [mug], heading: 'In this show' }));
    const list = container.querySelector('shoppable-product-list')!;
    await list.updateComplete;
    await aTimeout(0);
    expect(list.products).to.deep.equal([mug]);
    expect(list.shadowRoot!.textContent).to.contain('In this show');
    render(createElement('p', null, 'gone'));
    expect(container.querySelector('shoppable-product-list')).to.equal(null);
  });
});
