// Stream pins naming products the show does not have (issue #20): a pin flood with huge ids must
// give short messages, each id once, and at most MAX_PIN_REPORTS ids per show, then one "more".
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { MAX_PIN_REPORTS, ShowController } from '../../src/controllers/show-controller.js';
import type { PinMoment } from '../../src/types.js';
import type { ShoppableErrorEvent } from '../../src/events.js';

class PinHost extends LitElement {
  shows = new ShowController(this);
}
customElements.define('test-unknown-pins-host', PinHost);

const show = (id: string) => ({ version: 1, id, products: [{ id: 'known', title: 'Known' }], moments: [] });
const pin = (productId: string, start = 10): PinMoment => ({
  productId,
  start,
  end: start + 2,
  source: 'stream',
  id: `${productId.slice(0, 8)}@${start}`,
  action: 'pin',
  startDate: new Date(0),
});

async function host() {
  const el = await fixture<PinHost>(html`<test-unknown-pins-host></test-unknown-pins-host>`);
  const errors: ShoppableErrorEvent[] = [];
  el.addEventListener('shoppable-error', (e) => errors.push(e));
  el.shows.setDocument(show('pins-1'));
  return { el, errors };
}

describe('unknown stream pins', () => {
  it('quotes at most 64 characters of a 200 KB product id, with an ellipsis', async () => {
    const { el, errors } = await host();
    const huge = 'x'.repeat(200_000);
    el.shows.setExtraMoments([pin(huge)]);
    expect(errors).to.have.length(1);
    expect(errors[0].detail.code).to.equal('pin-unknown-product');
    expect(errors[0].detail.message).to.contain(`"${'x'.repeat(64)}…"`);
    expect(errors[0].detail.message.length).to.be.below(200);
  });

  it('reports each id once and at most 20 ids per show, then one report for the rest', async () => {
    const { el, errors } = await host();
    expect(MAX_PIN_REPORTS).to.equal(20);
    // A flood: 500 refreshes of the pins, each with more unknown ids, repeats and one known product.
    const ids: string[] = [];
    for (let i = 0; i < 500; i++) {
      ids.push(`ghost-${i}`);
      el.shows.setExtraMoments([...ids.slice(-30).map((id) => pin(id)), pin('known')]);
    }
    expect(errors).to.have.length(MAX_PIN_REPORTS + 1);
    expect(errors.slice(0, MAX_PIN_REPORTS).map((e) => e.detail.message.match(/"(.*)"/)![1])).to.deep.equal(
      ids.slice(0, MAX_PIN_REPORTS),
    );
    expect(errors.at(-1)!.detail.message).to.contain('no longer reported');
    expect(errors.every((e) => e.detail.code === 'pin-unknown-product' && !e.detail.fatal)).to.be.true;
    expect(el.shows.activeProducts).to.deep.equal([]);
    el.shows.sample(11);
    expect(el.shows.activeProducts.map((p) => p.id)).to.deep.equal(['known']);

    // The same show again keeps its count; another show starts afresh.
    el.shows.setDocument(show('pins-1'));
    el.shows.setExtraMoments([pin('ghost-0'), pin('another')]);
    expect(errors).to.have.length(MAX_PIN_REPORTS + 1);
    el.shows.setDocument(show('pins-2'));
    el.shows.setExtraMoments([pin('ghost-0')]);
    expect(errors).to.have.length(MAX_PIN_REPORTS + 2);
    expect(errors.at(-1)!.detail.message).to.contain('"ghost-0"');
  });
});
