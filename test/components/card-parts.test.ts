// One list of the card's parts (CARD_PARTS) serves the player's overlay, its sheet and the product
// list: every part a card renders, in any form, must be on it, or a page's ::part() rule would stop
// at the player's edge.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import { CARD_PARTS } from '../../src/components/product-card/card-parts.js';
import { validateShow } from '../../src/core/show.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { deepQueryAll } from '../helpers/hit-audit.js';

const listed = new Set(CARD_PARTS.split(', '));
const partsIn = (root: ParentNode) => new Set([...root.querySelectorAll('[part]')].flatMap((e) => e.getAttribute('part')!.split(/\s+/)));

describe('CARD_PARTS', () => {
  it('lists every part the card renders in its full, compact and chip forms', async () => {
    // Products as the player hands them to its cards: read and normalised by validateShow.
    const { show } = validateShow(await (await fetch('/demo/shows/spring-launch.json')).json());
    const seen = new Set<string>();
    for (const form of [html``, html`compact`, html`chip`]) {
      for (const product of show.products) {
        const card = await fixture<ShoppableProductCard>(html`<shoppable-product-card .product=${product} ?compact=${form.strings[0] !== ''} ?chip=${form.strings[0] === 'chip'}></shoppable-product-card>`);
        await waitUntil(() => card.shadowRoot!.querySelector('[part~="card"]'), 'the card did not render', { timeout: 5000 });
        for (const p of partsIn(card.shadowRoot!)) seen.add(p);
      }
    }
    expect([...seen].filter((p) => !listed.has(p)), 'rendered but not re-exported').to.deep.equal([]);
  });

  it('is what the player exports from its overlay cards', async () => {
    const el = await fixture<ShoppableVideo>(html`<shoppable-video style="width: 800px" show="/demo/shows/spring-launch.json" muted></shoppable-video>`);
    await waitUntil(() => el.activeProducts, 'no shop', { timeout: 10_000 });
    el.currentTime = 5;
    await waitUntil(() => deepQueryAll(el.shadowRoot!, '[part~="overlay-cards"] shoppable-product-card').length > 0, 'no overlay card');
    const card = deepQueryAll(el.shadowRoot!, '[part~="overlay-cards"] shoppable-product-card')[0];
    expect(card.getAttribute('exportparts')).to.equal(CARD_PARTS);
  });
});
