// Issue #20: a show at the documented limits (1,000 products × 10 options × 100 values) once made
// the product sheet build about 3 million nodes. The list now draws the entries near its view; the
// shopper scrolls it with the wheel, tabs through it and opens it at a product as before.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/components/product-list/product-list.js';
import type { ShoppableProductList } from '../../src/components/product-list/product-list.component.js';
import type { Product, ProductOption } from '../../src/types.js';
import { gbp, makeProduct, variant } from '../fixtures/products.js';
import { centre, clickAt, composedContains, deepHit } from '../helpers/input.js';
import { waitUntil } from '../wait.js';

/** 10 options of 100 values each: the limits of docs/limits.md. */
const OPTIONS: ProductOption[] = Array.from({ length: 10 }, (_, o) => ({
  name: `Option ${o + 1}`,
  values: Array.from({ length: 100 }, (_, v) => `${o + 1}.${v + 1}`),
}));
const LIMITS: Product[] = Array.from({ length: 1000 }, (_, i) =>
  makeProduct({ id: `p${i}`, title: `Product ${i + 1}`, price: gbp(1000 + i), options: OPTIONS }),
);

async function list(products: readonly Product[], locale = 'en-GB') {
  const el = await fixture<ShoppableProductList>(
    html`<div style="block-size: 600px; display: flex; flex-direction: column">
      <shoppable-product-list style="flex: 1; min-block-size: 0" locale=${locale} .products=${products}></shoppable-product-list>
    </div>`,
  );
  const listEl = el.querySelector('shoppable-product-list')!;
  await settled(listEl);
  return listEl;
}

/** Waits until the list draws the same entries for two frames running, its cards drawn. */
async function settled(el: Element): Promise<void> {
  let last = '';
  await waitUntil(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const cards = items(el).map((i) => i.querySelector('shoppable-product-card'));
    const now = positions(el).join();
    const same = now === last && cards.length > 0 && cards.every((c) => c?.shadowRoot?.querySelector('[part="card"]'));
    last = now;
    return same;
  }, 'the list settles');
}

const items = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="list-item"]')];
const scroller = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('.items')!;
const positions = (el: Element) => items(el).map((i) => Number(i.getAttribute('aria-posinset')));
function countNodes(root: ParentNode): number {
  let n = 0;
  for (const e of root.querySelectorAll('*')) {
    n++;
    if (e.shadowRoot) n += countNodes(e.shadowRoot);
  }
  return n;
}

/** Wheel turns over the list's scroller (CDP mouseWheel at its centre) until `done`. */
async function wheelUntil(el: Element, deltaY: number, done: () => boolean, most = 200): Promise<void> {
  const [x, y] = centre(scroller(el));
  for (let i = 0; i < most && !done(); i++) {
    const before = scroller(el).scrollTop;
    await executeServerCommand('wheel', { x, y, deltaY });
    // The wheel scrolls asynchronously (a smooth scroll): wait for it to move, then for a frame.
    await waitUntil(() => scroller(el).scrollTop !== before || done(), 'the wheel scrolls the list');
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

for (const [name, size, locale] of [
  ['a phone', { width: 390, height: 844 }, 'en-GB'],
  ['a desktop', { width: 1280, height: 800 }, 'en-GB'],
  ['a phone in Arabic', { width: 390, height: 844 }, 'ar'],
] as const) {
  describe(`<shoppable-product-list> at the limits, on ${name}`, () => {
    before(() => setViewport(size));

    it('draws a few entries of 1,000, each with its place in the whole list, and options of 100 values as one list each', async () => {
      const el = await list(LIMITS, locale);
      const drawn = items(el);
      expect(drawn.length).to.be.within(1, 12);
      expect(drawn.every((i) => i.getAttribute('aria-setsize') === '1000')).to.equal(true);
      expect(positions(el)).to.deep.equal(drawn.map((_, i) => i + 1));
      // Was about 3,000 nodes per entry (a radio button, label and text per value): now one list per option.
      expect(countNodes(el.shadowRoot!)).to.be.below(15_000);
      const card = drawn[0].querySelector('shoppable-product-card')!;
      const selects = card.shadowRoot!.querySelectorAll('select[part="option-select"]');
      expect(selects.length).to.equal(10);
      expect(selects[0].querySelectorAll('option').length).to.equal(101);
    });

    it('scrolls with the wheel to entries far down, drawing only those near the view, and adds one of them', async () => {
      const el = await list(LIMITS, locale);
      const box = scroller(el);
      await wheelUntil(el, 4000, () => positions(el)[0] > 60);
      await settled(el);
      const drawn = positions(el);
      expect(drawn[0]).to.be.above(60);
      expect(drawn.length).to.be.within(1, 12);
      // Consecutive entries, and what shows in the scroller is one of them.
      expect(drawn).to.deep.equal(drawn.map((_, i) => drawn[0] + i));
      const [x, y] = centre(box);
      const hit = deepHit(x, y);
      const visible = items(el).find((i) => composedContains(i, hit));
      expect(visible, 'the entry under the middle of the scroller is drawn').to.not.equal(undefined);
      // A card drawn after scrolling works: its Add to cart, pressed with the mouse, adds its product.
      const card = visible!.querySelector('shoppable-product-card')!;
      const add = card.shadowRoot!.querySelector<HTMLElement>('[part="add-to-cart"]')!;
      add.scrollIntoView({ block: 'nearest' });
      await settled(el);
      const press = oneEvent(el, 'shoppable-add-to-cart');
      await clickAt(add);
      const event = (await press) as CustomEvent<{ product: Product }>;
      expect(event.detail.product.id).to.equal(visible!.dataset.productId);
      event.preventDefault();
    });
  });
}

describe('<shoppable-product-list> windowing, by keyboard', () => {
  before(() => setViewport({ width: 390, height: 844 }));

  it('Tab goes on past the entries first drawn: focusing one scrolls it into view, which draws the next', async () => {
    const small = LIMITS.slice(0, 60).map((p) => ({ ...p, options: [] }));
    const el = await list(small);
    const firstEnd = Math.max(...positions(el));
    el.shadowRoot!.querySelector<HTMLElement>('[part="list-item"] shoppable-product-card')!.focus();
    let deepest = 0;
    for (let i = 0; i < 6 * firstEnd && deepest <= firstEnd; i++) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      const active = el.shadowRoot!.activeElement?.closest('[part="list-item"]');
      expect(active, `Tab ${i + 1} stays in the list`).to.not.equal(null);
      deepest = Math.max(deepest, Number(active!.getAttribute('aria-posinset')));
    }
    expect(deepest).to.be.above(firstEnd);
  });

  it('opens at a product far down the list (focusProduct), drawn and focused', async () => {
    const el = await list(LIMITS);
    await el.focusProduct('p700');
    const item = el.shadowRoot!.querySelector<HTMLElement>('[data-product-id="p700"]');
    expect(item, 'entry 701 is drawn').to.not.equal(null);
    expect(item!.getAttribute('aria-posinset')).to.equal('701');
    expect(el.shadowRoot!.activeElement?.closest('[part="list-item"]')).to.equal(item);
    expect(items(el).length).to.be.below(15);
  });

  it('chooses a value of a long option from the keyboard, and adds that variant', async () => {
    const sizes = Array.from({ length: 20 }, (_, i) => `EU ${30 + i}`);
    const shoe = makeProduct({
      id: 'shoe',
      title: 'Shoe',
      price: gbp(5000),
      options: [{ name: 'Size', values: sizes }],
      variants: sizes.map((s, i) => variant(`shoe-${i}`, { options: { Size: s } })),
    });
    const el = await list([shoe]);
    const card = items(el)[0].querySelector('shoppable-product-card')!;
    const select = card.shadowRoot!.querySelector<HTMLSelectElement>('select[part="option-select"]')!;
    expect(select.getAttribute('aria-label')).to.equal('Size');
    const before = select.value;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => select.value !== before, 'the key changes the size');
    const chosen = select.value;
    const add = card.shadowRoot!.querySelector<HTMLElement>('[part="add-to-cart"]')!;
    const press = oneEvent(el, 'shoppable-add-to-cart');
    await clickAt(add);
    const event = (await press) as CustomEvent<{ variant?: { options: Record<string, string> } }>;
    expect(event.detail.variant?.options.Size).to.equal(chosen);
    event.preventDefault();
  });
});
