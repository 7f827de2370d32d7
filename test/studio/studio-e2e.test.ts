// The studio from a Shopify CSV export and a replay to a published show, pressed as a merchant
// would: the keyboard and the mouse through the browser's input pipeline. Files go in through the
// file inputs (the operating system's file picker is not the page's to drive).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { centre, clickAt } from '../helpers/input.js';
import '../../src/studio/index.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableStudio } from '../../src/studio/studio.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { StudioTimeline } from '../../src/studio/timeline.js';
import type { StudioHotspots } from '../../src/studio/hotspots.js';
import { validateShow } from '../../src/core/show.js';
import { chooseFile, q } from './helpers.js';

const REPLAY = '/demo/media/replay/master.m3u8';
const shadow = (el: ShoppableStudio) => el.shadowRoot!;

async function type(input: HTMLElement, text: string): Promise<void> {
  await clickAt(input);
  await sendKeys({ type: text });
}

async function schemaErrors(doc: unknown): Promise<string[]> {
  const response = await fetch('/__schema/validate', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify([doc]) });
  const [result] = (await response.json()) as Array<{ valid: boolean; errors: string[] }>;
  return result!.valid ? [] : result!.errors;
}

async function drag(from: [number, number], to: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  await sendMouse({ type: 'move', position: [Math.round((from[0] + to[0]) / 2), Math.round((from[1] + to[1]) / 2)] });
  await sendMouse({ type: 'move', position: to });
  await sendMouse({ type: 'up' });
}

describe('studio: Shopify CSV and a replay to a show that plays', function () {
  // One merchant's whole session: real-time playback and some fifty real inputs take about 13 s
  // alone, and more than the 30 s default beside three other files on a busy machine.
  this.timeout(90_000);
  before(() => setViewport({ width: 1280, height: 900 }));

  it('imports, marks by key, drags an edge and a hotspot, undoes, and exports a show that validates and plays', async () => {
    localStorage.removeItem('studio-e2e');
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-e2e"></shoppable-studio>`);
    const root = shadow(el);

    // Products: the store's currency, then the CSV export.
    await type(q(root, 'input[name="store-currency"]'), 'GBP');
    await chooseFile(q(root, 'input[name="catalog-file"]'), '/test/fixtures/catalog/shopify-products.csv', 'products_export.csv', 'text/csv');
    await waitUntil(() => el.draft.products.length >= 2, 'the CSV gave no products');
    expect(el.draft.currency).to.equal('GBP');
    expect(el.draft.products[0]!.price?.currency).to.equal('GBP');
    const marked = el.draft.products.slice(0, 3).map((p) => p.id);

    // The replay, by URL.
    await type(q(root, 'input[name="replay"]'), REPLAY);
    await sendKeys({ press: 'Enter' });
    const player = q<ShoppableVideo>(root, 'shoppable-video');
    await waitUntil(() => player.duration > 0, 'the replay did not load');
    await waitUntil(() => q<StudioTimeline>(root, 'shoppable-studio-timeline').boundaries.length > 2, 'no segment boundaries from the playlist');

    // Play and mark: each product's key starts its moment, the same key ends it.
    await clickAt(q(root, '.status'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !player.paused && player.currentTime > 0.2, 'Space did not play');
    for (const [i] of marked.entries()) await sendKeys({ press: String(i + 1) });
    const started = player.currentTime;
    await waitUntil(() => player.currentTime > started + 1.5, 'playback stalled');
    for (const [i] of marked.entries()) await sendKeys({ press: String(i + 1) });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => player.paused, 'Space did not pause');
    expect(el.draft.moments.map((m) => m.productId).sort()).to.deep.equal([...marked].sort());
    for (const m of el.draft.moments) expect(m.end - m.start).to.be.greaterThan(1);

    // Drag the first product's end edge to the right on the timeline: one undo step.
    const timeline = q<StudioTimeline>(root, 'shoppable-studio-timeline');
    await timeline.updateComplete;
    const first = el.draft.moments.find((m) => m.productId === marked[0])!;
    const end = q(timeline.shadowRoot!, `[data-key="${first.key}"] .handle.end`);
    const [x, y] = centre(end);
    await drag([x, y], [x + 60, y]);
    const dragged = el.draft.moments.find((m) => m.key === first.key)!;
    expect(dragged.end).to.be.greaterThan(first.end + 2);
    expect(dragged.start).to.equal(first.start);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(el.draft.moments.find((m) => m.key === first.key)!.end).to.equal(first.end);
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Z' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    expect(el.draft.moments.find((m) => m.key === first.key)!.end).to.equal(dragged.end);

    // Seek into the moment with a click on the ruler, then drag its hotspot onto the frame.
    const ruler = q(timeline.shadowRoot!, '[part="ruler"]').getBoundingClientRect();
    const mid = (dragged.start + dragged.end) / 2;
    await sendMouse({ type: 'click', position: [Math.round(ruler.left + (mid / player.duration) * ruler.width), Math.round(ruler.top + ruler.height / 2)] });
    await waitUntil(() => Math.abs(player.currentTime - mid) < 1, 'the ruler click did not seek');
    const layer = q<StudioHotspots>(root, 'shoppable-studio-hotspots');
    await waitUntil(() => layer.shadowRoot!.querySelector(`[data-key="${first.key}"]`), 'no hotspot for the moment on screen');
    const frame = layer.getBoundingClientRect();
    expect(frame.width).to.be.greaterThan(300);
    await drag(centre(q(layer.shadowRoot!, `[data-key="${first.key}"]`)), [Math.round(frame.left + frame.width * 0.7), Math.round(frame.top + frame.height * 0.4)]);
    const placed = el.draft.moments.find((m) => m.key === first.key)!.position!;
    expect(placed.x).to.be.closeTo(0.7, 0.03);
    expect(placed.y).to.be.closeTo(0.4, 0.03);

    // Publish: the problems list is empty once the unmarked products are removed.
    await clickAt(q(root, '[role="tab"]:nth-child(3)'));
    await el.updateComplete;
    for (const p of el.draft.products.filter((p) => !marked.includes(p.id))) {
      await clickAt(q(root, '[role="tab"]:nth-child(1)'));
      await el.updateComplete;
      const row = q(root, `.product[data-id="${CSS.escape(p.id)}"]`);
      await clickAt(q(row, 'summary'));
      await clickAt(q(row, 'button.remove'));
      await el.updateComplete;
    }
    await clickAt(q(root, '[role="tab"]:nth-child(3)'));
    await el.updateComplete;
    expect(el.issues).to.deep.equal([]);
    expect(q(root, '.ok').textContent).to.contain('No problems');
    await expect(el).to.be.accessible();

    // What the merchant copies: the show document in the text box.
    const doc = JSON.parse(q<HTMLTextAreaElement>(root, 'textarea.code').value) as Record<string, unknown>;
    expect(validateShow(doc).issues).to.deep.equal([]);
    expect(await schemaErrors(doc)).to.deep.equal([]);
    expect((doc.video as { src: string }).src).to.equal(REPLAY);

    // It plays with its products in a plain <shoppable-video>.
    const page = await fixture<ShoppableVideo>(html`<shoppable-video .show=${doc} muted preload="auto"></shoppable-video>`);
    await waitUntil(() => page.duration > 0, 'the exported show did not load');
    const shown = oneEvent(page, 'shoppable-product-show');
    page.currentTime = dragged.start + 0.2;
    const event = await shown;
    expect(marked).to.include(event.detail.product.id);
    expect(page.activeProducts.map((p) => p.id)).to.include(marked[0]);
  });

  it('imports the pins of a live recording from the toolbar', async () => {
    localStorage.removeItem('studio-pins');
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-pins"></shoppable-studio>`);
    const root = shadow(el);
    const button = [...root.querySelectorAll('header button')].find((b) => b.textContent!.includes('live pins'))!;
    expect(button).to.exist;
    await chooseFile(button.nextElementSibling as HTMLInputElement, '/test/fixtures/live/recording.m3u8', 'recording.m3u8', 'application/vnd.apple.mpegurl');
    await waitUntil(() => el.draft.moments.length > 0, 'no pins imported');
    expect(el.draft.products.map((p) => p.id)).to.include.members(['carousel-music-box', 'paper-lantern', 'silk-fan']);
    expect(el.draft.moments.find((m) => m.productId === 'carousel-music-box')!.position).to.deep.equal({ x: 0.72, y: 0.35 });
    expect(q(root, '.status').textContent).to.match(/\d+ moments imported/);
    // One import is one step back.
    await clickAt([...root.querySelectorAll('header button')].find((b) => b.textContent === 'Undo')!);
    expect(el.draft.moments).to.have.length(0);
    expect(el.draft.products).to.have.length(0);
  });
});
