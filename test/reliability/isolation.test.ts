// Host isolation: loading the library twice (source and CDN bundle, two copies each) does not
// throw and registers each tag once; the CDN bundle adds no globals besides Lit's version arrays;
// ten players on one page keep their own state; styles do not leak in or out of the shadow roots.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { gbp, makeProduct } from '../fixtures/products.js';
import { replayShow } from '../fixtures/shows.js';

const TAGS = ['shoppable-video', 'shoppable-product-card', 'shoppable-product-list'];
/** What Lit itself puts on the window (its version arrays and decorator metadata); nothing else is allowed. */
const LIT_GLOBALS = ['litElementVersions', 'litHtmlVersions', 'reactiveElementVersions', 'litPropertyMetadata'];

async function blankFrame(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 640px; height: 480px; border: 0';
  frame.srcdoc = '<!doctype html><html><body></body></html>';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

const product = (i: number) => makeProduct({ id: `p${i}`, title: `Product ${i}`, price: gbp(1000 + i) });

describe('reliability: host isolation', function () {
  this.timeout(30_000);

  it('importing the source registration twice does not throw and defines each tag once', async () => {
    const first = TAGS.map((t) => customElements.get(t));
    // A query string makes a second module instance (the dev server serves the TypeScript source).
    await import(`../../src/register.ts?copy=${Date.now()}`);
    await import(`../../src/define.ts?copy=${Date.now()}`);
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(first);
    expect(first.every(Boolean)).to.be.true;
  });

  it('two copies of the CDN bundle in one page: no error, one definition, no globals besides Lit’s', async () => {
    const frame = await blankFrame();
    const win = frame.contentWindow as Window & typeof globalThis & { eval(code: string): Promise<unknown> };
    const problems: string[] = [];
    win.addEventListener('error', (e) => problems.push(String(e.message)));
    win.addEventListener('unhandledrejection', (e) => problems.push(String(e.reason)));
    const before = new Set(Object.keys(win));
    const bundle = `${location.origin}/dist/cdn/shoppable-video.js`;
    await win.eval(`import(${JSON.stringify(`${bundle}?copy=1`)})`);
    const defined = win.customElements.get('shoppable-video');
    expect(defined, 'the bundle registers the player').to.exist;
    await win.eval(`import(${JSON.stringify(`${bundle}?copy=2`)})`);
    expect(win.customElements.get('shoppable-video')).to.equal(defined);
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.exist;

    // A player of the bundle runs in the frame (hls.js chunk included) without adding globals.
    const el = win.document.createElement('shoppable-video') as ShoppableVideo;
    el.setAttribute('src', '/demo/media/replay/master.m3u8');
    el.muted = true;
    el.setAttribute('autoplay', '');
    win.document.body.append(el);
    await waitUntil(() => el.video.currentTime > 0.1, 'the bundle’s player did not play', { timeout: 10_000 });

    const added = Object.keys(win).filter((k) => !before.has(k));
    expect(added.filter((k) => !LIT_GLOBALS.includes(k)), `new globals: ${added.join(', ')}`).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    frame.remove();
  });

  it('ten players with different shows keep their own state: seeking one changes only its overlay', async () => {
    const shows = Array.from({ length: 10 }, (_, i) =>
      replayShow(product(i), { id: `show-${i}`, title: `Show ${i}`, start: 10 + i, end: 20 + i }),
    );
    const box = await fixture<HTMLDivElement>(html`<div>
      ${shows.map((s) => html`<shoppable-video style="width: 96px" muted preload="none" .show=${s}></shoppable-video>`)}
    </div>`);
    // Small, so all ten are near the viewport: a player loads its shop layer only once it is.
    const players = [...box.querySelectorAll('shoppable-video')];
    await Promise.all(players.map((p) => p.updateComplete));
    const overlayTitles = () =>
      players.map((p) =>
        [...p.shadowRoot!.querySelectorAll('[part~="overlay"] shoppable-product-card')].map((c) => (c as ShoppableProductCard).product?.title),
      );
    expect(overlayTitles()).to.deep.equal(players.map(() => []));

    players[3].currentTime = 15;
    await waitUntil(() => overlayTitles()[3].length === 1, 'the seeked player shows no product', { timeout: 3000 });
    const titles = overlayTitles();
    expect(titles[3]).to.deep.equal(['Product 3']);
    expect(titles.filter((_, i) => i !== 3).every((t) => t.length === 0)).to.be.true;
    expect(players.map((p) => p.activeProducts.map((x) => x.id))).to.deep.equal(players.map((_, i) => (i === 3 ? ['p3'] : [])));
    expect(players.map((p) => p.currentTime)).to.deep.equal(players.map((_, i) => (i === 3 ? 15 : 0)));

    players[7].currentTime = 18;
    await waitUntil(() => overlayTitles()[7].length === 1, 'the second seeked player shows no product', { timeout: 3000 });
    expect(overlayTitles()[3]).to.deep.equal(['Product 3']);
    expect(overlayTitles()[7]).to.deep.equal(['Product 7']);
  });

  it('page styles do not reach the card’s button, and the elements’ styles do not reach page buttons', async () => {
    const pageButton = document.createElement('button');
    pageButton.textContent = 'Page button';
    document.body.append(pageButton);
    const plain = getComputedStyle(pageButton);
    const before = { background: plain.backgroundColor, color: plain.color, padding: plain.padding, radius: plain.borderRadius };

    const style = document.createElement('style');
    style.textContent = 'button { background: rgb(255, 0, 0) !important; } [part] { outline: 3px solid rgb(0, 255, 0) !important; }';
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <shoppable-product-card .product=${product(1)}></shoppable-product-card>
      <shoppable-video muted preload="none" src="/demo/media/replay/master.m3u8"></shoppable-video>
    </div>`);
    const card = wrap.querySelector('shoppable-product-card')!;
    await card.updateComplete;
    const add = card.shadowRoot!.querySelector<HTMLElement>('[part~="add-to-cart"]')!;
    const cardBackground = getComputedStyle(add).backgroundColor;
    document.head.append(style);
    try {
      // In: the page's rules match nothing inside the shadow roots.
      expect(getComputedStyle(add).backgroundColor).to.equal(cardBackground);
      expect(getComputedStyle(add).backgroundColor).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(add).outlineColor).to.not.equal('rgb(0, 255, 0)');
      const play = wrap.querySelector('shoppable-video')!.shadowRoot!.querySelector<HTMLElement>('[part~="big-play-button"]')!;
      expect(getComputedStyle(play).backgroundColor).to.not.equal('rgb(255, 0, 0)');
      expect(getComputedStyle(pageButton).backgroundColor).to.equal('rgb(255, 0, 0)');
    } finally {
      style.remove();
    }
    // Out: with both elements on the page, a page button looks as it did before.
    const now = getComputedStyle(pageButton);
    expect({ background: now.backgroundColor, color: now.color, padding: now.padding, radius: now.borderRadius }).to.deep.equal(before);
    pageButton.remove();
  });
});
