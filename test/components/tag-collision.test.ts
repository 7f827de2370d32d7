// Issue #20: a page that had already defined `shoppable-video` or `shoppable-product-card` itself
// was skipped silently, and with the card's tag taken the player's shop disappeared. The library
// now says so once in the console and registers its element under `<tag>-2`, which its own shadow
// DOM uses. The page's elements are defined before the library loads (a dynamic import).
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { html, unsafeStatic } from 'lit/static-html.js';
import { setViewport } from '@web/test-runner-commands';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { gbp, makeProduct } from '../fixtures/products.js';
import { replayShow, REPLAY_SRC } from '../fixtures/shows.js';
import { clickAt } from '../helpers/input.js';
import { part, settle } from '../helpers/player.js';
import { waitUntil } from '../wait.js';

class PageVideo extends HTMLElement {}
class PageCard extends HTMLElement {}
customElements.define('shoppable-video', PageVideo);
customElements.define('shoppable-product-card', PageCard);

const warnings: string[] = [];
const warn = console.warn;
let lib: typeof import('../../src/components/define-element.js');
let tagOf: (tag: string) => string;

before(async () => {
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
    warn.apply(console, args);
  };
  try {
    await import('../../src/register.js');
    lib = await import('../../src/components/define-element.js');
    tagOf = lib.tagOf;
  } finally {
    console.warn = warn;
  }
});

const kite = makeProduct({ id: 'kite', title: 'Dragon kite', price: gbp(1500) });

describe('tag names a page already took', () => {
  it('leaves the page its elements, and says once per tag which name the library took instead', () => {
    expect(customElements.get('shoppable-video')).to.equal(PageVideo);
    expect(customElements.get('shoppable-product-card')).to.equal(PageCard);
    expect(tagOf('shoppable-video')).to.equal('shoppable-video-2');
    expect(tagOf('shoppable-product-card')).to.equal('shoppable-product-card-2');
    expect(tagOf('shoppable-product-list')).to.equal('shoppable-product-list');
    expect(warnings.filter((w) => w.includes('<shoppable-video>'))).to.have.length(1);
    expect(warnings.filter((w) => w.includes('<shoppable-product-card>'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('<shoppable-product-card-2>').and.to.contain('<shoppable-video-2>');
  });

  for (const [name, size] of [
    ['a phone', { width: 390, height: 844 }],
    ['a desktop', { width: 1280, height: 800 }],
  ] as const) {
    it(`keeps the shop of the player under its fallback name, on ${name}: its overlay card adds to the cart`, async () => {
      await setViewport(size);
      const tag = unsafeStatic(tagOf('shoppable-video'));
      const el = await fixture<ShoppableVideo>(
        html`<${tag} src=${REPLAY_SRC} muted style="display: block; width: 100%; aspect-ratio: 16 / 9" .show=${replayShow(kite, { id: 'kites', title: 'Kites', start: 0, end: 600 })}></${tag}>`,
      );
      await waitUntil(() => el.shadowRoot?.querySelector('shoppable-product-card-2'), 'the overlay card is drawn under its fallback name');
      expect(el.shadowRoot!.querySelector('shoppable-product-card'), 'no page element in the player').to.equal(null);
      await settle(el);
      const card = el.shadowRoot!.querySelector('shoppable-product-card-2')!;
      expect(card.shadowRoot!.textContent).to.contain('Dragon kite');
      const add = part(card.shadowRoot!, 'add-to-cart')!;
      const press = oneEvent(el, 'shoppable-add-to-cart');
      await clickAt(add);
      const event = (await press) as CustomEvent<{ product: { id: string } }>;
      expect(event.detail.product.id).to.equal('kite');
      event.preventDefault();
    });
  }

  it('opens the sheet with its cards under the fallback name', async () => {
    await setViewport({ width: 1280, height: 800 });
    const tag = unsafeStatic(tagOf('shoppable-video'));
    const el = await fixture<ShoppableVideo>(
      html`<${tag} src=${REPLAY_SRC} muted style="display: block; width: 100%; aspect-ratio: 16 / 9" .show=${replayShow(kite, { id: 'kites', title: 'Kites', start: 0, end: 600 })}></${tag}>`,
    );
    await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'the Products button shows');
    await settle(el);
    await clickAt(part(el.shadowRoot!, 'products-button')!);
    const list = () => el.shadowRoot!.querySelector('shoppable-product-list');
    await waitUntil(() => list()?.shadowRoot?.querySelector('[data-product-id="kite"] shoppable-product-card-2'), 'the sheet lists the kite');
  });

  it('is no collision when the element there is the library’s own (the script loaded twice)', () => {
    const first = lib.own(class extends HTMLElement {});
    customElements.define('x-twice', first);
    const before = warnings.length;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      lib.defineElsewhere('x-twice', lib.own(class extends HTMLElement {}));
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(before);
    expect(tagOf('x-twice')).to.equal('x-twice');
  });
});
