// The show studio's pictures for docs/studio.md: `npx wtr --files test/shots/studio.shots.ts`.
// Pressed with real input like the tests, in English at desktop size and in Arabic at desktop and
// phone sizes, into docs/shots/studio-*.jpg. Not part of `npm test`: the pictures are for people.
import { fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { centre, clickAt, screenshot } from '../helpers/input.js';
import '../../src/studio/index.js';
import type { ShoppableStudio } from '../../src/studio/studio.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { chooseFile, q } from '../studio/helpers.js';

const OUT = 'docs/shots';

async function build(locale: string): Promise<ShoppableStudio> {
  localStorage.clear();
  const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale=${locale} storage-key="studio-shots"></shoppable-studio>`);
  const root = el.shadowRoot!;
  await clickAt(q(root, 'input[name="store-currency"]'));
  await sendKeys({ type: 'GBP' });
  await chooseFile(q(root, 'input[name="catalog-file"]'), '/test/fixtures/catalog/shopify-products.csv', 'products_export.csv');
  await waitUntil(() => el.draft.products.length > 0, 'no products');
  await clickAt(q(root, 'input[name="replay"]'));
  await sendKeys({ type: '/demo/media/replay/master.m3u8' });
  await sendKeys({ press: 'Enter' });
  const player = q<ShoppableVideo>(root, 'shoppable-video');
  await waitUntil(() => player.duration > 0, 'no replay');
  return el;
}

async function mark(el: ShoppableStudio, keys: string[], seconds: number): Promise<void> {
  const player = q<ShoppableVideo>(el.shadowRoot!, 'shoppable-video');
  await clickAt(q(el.shadowRoot!, '.status'));
  await sendKeys({ press: 'Space' });
  await waitUntil(() => !player.paused && player.currentTime > 0.3, 'no play');
  for (const k of keys) await sendKeys({ press: k });
  const from = player.currentTime;
  await waitUntil(() => player.currentTime > from + seconds, 'stalled', { timeout: 30_000 });
}

describe('studio shots', function () {
  this.timeout(120_000);

  it('desktop, English: importing, marking, placing a hotspot, publishing', async () => {
    await setViewport({ width: 1280, height: 860 });
    const el = await build('en');
    await screenshot(`${OUT}/studio-1-products.jpg`);
    await mark(el, ['1', '2', '3', '4'], 4);
    await screenshot(`${OUT}/studio-2-marking.jpg`);
    for (const k of ['1', '2', '3', '4']) await sendKeys({ press: k });
    await sendKeys({ press: 'Space' });
    // Seek into the first moment with a click on the ruler, then drag its hotspot onto the frame.
    const timeline = q(el.shadowRoot!, 'shoppable-studio-timeline');
    const player = q<ShoppableVideo>(el.shadowRoot!, 'shoppable-video');
    const first = el.draft.moments[0]!;
    const ruler = q(timeline.shadowRoot!, '[part="ruler"]').getBoundingClientRect();
    const mid = (first.start + first.end) / 2;
    await sendMouse({ type: 'click', position: [Math.round(ruler.left + (mid / player.duration) * ruler.width), Math.round(ruler.top + 8)] });
    const layer = q(el.shadowRoot!, 'shoppable-studio-hotspots');
    await waitUntil(() => layer.shadowRoot!.querySelector(`[data-key="${first.key}"]`), 'no hotspot');
    const box = layer.getBoundingClientRect();
    await sendMouse({ type: 'move', position: centre(q(layer.shadowRoot!, `[data-key="${first.key}"]`)) });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + box.width * 0.6), Math.round(box.top + box.height * 0.45)] });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: [5, 5] });
    await screenshot(`${OUT}/studio-3-hotspot.jpg`);
    await clickAt(q(el.shadowRoot!, '[role="tab"]:nth-child(3)'));
    await el.updateComplete;
    await screenshot(`${OUT}/studio-4-publish.jpg`);
  });

  it('desktop and phone, Arabic', async () => {
    await setViewport({ width: 1280, height: 860 });
    const el = await build('ar');
    await mark(el, ['1'], 1);
    await sendKeys({ press: '1' });
    await sendKeys({ press: 'Space' });
    await screenshot(`${OUT}/studio-ar.jpg`);
    await setViewport({ width: 390, height: 844 });
    await clickAt(q(el.shadowRoot!, '.preview-tools [role="radio"]:nth-child(2)'));
    await el.updateComplete;
    q(el.shadowRoot!, '.stage').scrollIntoView();
    await screenshot(`${OUT}/studio-ar-phone.jpg`);
  });
});
