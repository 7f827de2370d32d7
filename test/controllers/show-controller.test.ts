import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ShowController } from '../../src/controllers/show-controller.js';
import type { PinMoment } from '../../src/types.js';
import type { ShoppableErrorEvent, ShoppableProductShowEvent } from '../../src/events.js';

class ShowHost extends LitElement {
  shows = new ShowController(this);
}
customElements.define('test-show-host', ShowHost);

const doc = {
  version: 1,
  id: 'show-1',
  products: [
    { id: 'a', title: 'A', price: { amount: 100, currency: 'GBP' } },
    { id: 'b', title: 'B' },
  ],
  moments: [
    { productId: 'a', start: 2, end: 6 },
    { productId: 'b', start: 4, end: 8 },
  ],
};

async function host() {
  return fixture<ShowHost>(html`<test-show-host></test-show-host>`);
}

describe('ShowController', () => {
  it('loads a show document from a URL and resolves its relative URLs against it', async () => {
    const el = await host();
    await el.shows.fetchDocument('/demo/shows/spring-launch.json');
    expect(el.shows.show.id).to.equal('spring-launch-2026-03-01');
    expect(el.shows.show.products).to.have.length(6);
    expect(el.shows.show.video.src).to.equal(new URL('/demo/media/replay/master.m3u8', location.href).href);
  });

  it('reports an HTTP failure as a non-fatal show-fetch error', async () => {
    const el = await host();
    const event = oneEvent(el, 'shoppable-error') as Promise<ShoppableErrorEvent>;
    void el.shows.fetchDocument('/demo/shows/does-not-exist.json');
    const { detail } = await event;
    expect(detail.code).to.equal('show-fetch');
    expect(detail.fatal).to.equal(false);
    expect(detail.message).to.contain('404');
  });

  it('reports bad JSON as a show-parse error', async () => {
    const el = await host();
    const event = oneEvent(el, 'shoppable-error') as Promise<ShoppableErrorEvent>;
    void el.shows.fetchDocument('/test/fixtures/shows/bad-json.json');
    const { detail } = await event;
    expect(detail.code).to.equal('show-parse');
    expect(detail.message).to.contain('not valid JSON');
  });

  it('skips invalid entries, reports them once, and keeps the rest', async () => {
    const el = await host();
    const errors: ShoppableErrorEvent[] = [];
    el.addEventListener('shoppable-error', (e) => errors.push(e));
    el.shows.setDocument({
      ...doc,
      products: [...doc.products, { title: 'no id' }],
      moments: [...doc.moments, { productId: 'zzz', start: 1, end: 2 }],
    });
    expect(errors).to.have.length(1);
    expect(errors[0].detail.code).to.equal('show-invalid');
    expect(errors[0].detail.message).to.contain('products[2].id');
    expect(errors[0].detail.message).to.contain('moments[2]');
    expect(el.shows.show.products.map((p) => p.id)).to.deep.equal(['a', 'b']);
  });

  it('fires show and hide events as the clock crosses moments, including seeks', async () => {
    const el = await host();
    el.shows.setDocument(doc);
    const log: string[] = [];
    el.addEventListener('shoppable-product-show', (e) => log.push(`show ${e.detail.product.id}@${e.detail.currentTime}`));
    el.addEventListener('shoppable-product-hide', (e) => log.push(`hide ${e.detail.product.id}@${e.detail.currentTime}`));
    el.shows.sample(1);
    el.shows.sample(2);
    el.shows.sample(5);
    expect(el.shows.activeProducts.map((p) => p.id)).to.deep.equal(['a', 'b']);
    el.shows.sample(7);
    el.shows.sample(0.5); // seek back before everything
    expect(log).to.deep.equal(['show a@2', 'show b@5', 'hide a@7', 'hide b@0.5']);
    expect(el.shows.activeProducts).to.deep.equal([]);
  });

  it('carries the show id and moment in the event detail', async () => {
    const el = await host();
    el.shows.setDocument(doc);
    const event = oneEvent(el, 'shoppable-product-show') as Promise<ShoppableProductShowEvent>;
    el.shows.sample(3);
    const { detail } = await event;
    expect(detail.showId).to.equal('show-1');
    expect(detail.moment).to.include({ productId: 'a', start: 2, end: 6 });
  });

  it('merges moments from the stream with the show document and ignores unknown products', async () => {
    const el = await host();
    el.shows.setDocument(doc);
    const errors: ShoppableErrorEvent[] = [];
    el.addEventListener('shoppable-error', (e) => errors.push(e));
    const pin = (productId: string, start: number, end: number): PinMoment => ({
      productId,
      start,
      end,
      source: 'stream',
      id: `${productId}@${start}`,
      action: 'pin',
      startDate: new Date(0),
    });
    el.shows.setExtraMoments([pin('b', 10, 12), pin('nope', 10, 12)]);
    el.shows.sample(11);
    expect(el.shows.activeProducts.map((p) => p.id)).to.deep.equal(['b']);
    expect(el.shows.moments).to.have.length(3);
    el.shows.setExtraMoments([pin('nope', 20, 22)]);
    expect(errors.map((e) => [e.detail.code, e.detail.fatal])).to.deep.equal([['pin-unknown-product', false]]);
    expect(errors[0].detail.message).to.contain('"nope"');
  });

  it('hides the old show\'s products when the show changes', async () => {
    const el = await host();
    el.shows.setDocument(doc);
    el.shows.sample(3);
    const hidden = oneEvent(el, 'shoppable-product-hide');
    el.shows.setDocument({ version: 1, id: 'other', products: [], moments: [] });
    expect((await hidden).detail.product.id).to.equal('a');
  });
});
