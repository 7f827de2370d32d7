// The studio's other paths, pressed with real input: a local video file (a blob: URL), keyboard-only
// editing of moments and hotspots, autosave and reopening, and the phone layout in Arabic.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { clickAt, tap } from '../helpers/input.js';
import '../../src/studio/index.js';
import type { ShoppableStudio } from '../../src/studio/studio.component.js';
import type { StudioTimeline } from '../../src/studio/timeline.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { draftToShow } from '../../src/core/studio/export.js';
import { reduceDraft, typedProduct, emptyDraft } from '../../src/core/studio/draft.js';
import { chooseFile, q } from './helpers.js';


/** A show with two products and a moment each, for the tests that start from a saved show. */
function savedShow(src = '/demo/media/vertical/index.m3u8') {
  let d = reduceDraft(emptyDraft('saved'), { type: 'video', src });
  d = reduceDraft(d, { type: 'add-products', products: [typedProduct('box', 'صندوق موسيقى', 1999, 'GBP'), typedProduct('lamp', 'Lamp', 4500, 'GBP')] });
  d = reduceDraft(d, { type: 'add-moments', moments: [{ productId: 'box', start: 0, end: 8 }, { productId: 'lamp', start: 4, end: 12, position: { x: 0.5, y: 0.5 } }] });
  return draftToShow(d);
}

describe('studio: other paths', function () {
  // Each test loads a replay and plays or seeks it in real time; a busy machine needs more than 30 s.
  this.timeout(60_000);
  beforeEach(() => setViewport({ width: 1280, height: 900 }));

  it('plays a local MP4 from a blob: URL and never exports that URL', async () => {
    localStorage.removeItem('studio-blob');
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-blob"></shoppable-studio>`);
    const blob = await (await fetch('/demo/media/replay.mp4')).blob();
    await chooseFile(q(el.shadowRoot!, 'input[name="video-file"]'), new File([blob], 'replay.mp4', { type: 'video/mp4' }));
    const player = q<ShoppableVideo>(el.shadowRoot!, 'shoppable-video');
    await waitUntil(() => player.src.startsWith('blob:'), 'the file was not opened');
    await waitUntil(() => player.duration > 0, 'the blob did not load');
    await clickAt(q(el.shadowRoot!, '.status'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => player.currentTime > 0.5, 'the blob did not play');
    await sendKeys({ press: 'Space' });
    expect(el.draft.video.src).to.equal(undefined);
    expect(el.issues.map((i) => i.path)).to.include('video.src');
  });

  it('edits moments and hotspots with the keyboard alone, and keeps them through a reload', async () => {
    localStorage.setItem('studio-keys', JSON.stringify({ show: savedShow(), media: '/demo/media/vertical/index.m3u8' }));
    let el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-keys"></shoppable-studio>`);
    expect(el.draft.id).to.equal('saved');
    expect(q(el.shadowRoot!, '.status').textContent).to.contain('last session');
    const timeline = q<StudioTimeline>(el.shadowRoot!, 'shoppable-studio-timeline');
    await timeline.updateComplete;
    const lamp = el.draft.moments.find((m) => m.productId === 'lamp')!;
    q(timeline.shadowRoot!, `[data-key="${lamp.key}"] .handle.end`).focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.draft.moments.find((m) => m.key === lamp.key)!.end).to.be.closeTo(13.9, 1e-9);
    // The three presses on one handle are one step back.
    q(el.shadowRoot!, '.status').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(el.draft.moments.find((m) => m.key === lamp.key)!.end).to.equal(12);

    // The player at 5 s shows both moments' hotspots; the lamp's moves with the arrows.
    const player = q<ShoppableVideo>(el.shadowRoot!, 'shoppable-video');
    await waitUntil(() => player.duration > 0, 'the replay did not load');
    player.currentTime = 5;
    const layer = q(el.shadowRoot!, 'shoppable-studio-hotspots');
    await waitUntil(() => layer.shadowRoot!.querySelectorAll('[part="hotspot"]').length === 2, 'the hotspots did not show');
    q(layer.shadowRoot!, `[data-key="${lamp.key}"]`).focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ up: 'Shift' });
    expect(el.draft.moments.find((m) => m.key === lamp.key)!.position).to.deep.equal({ x: 0.51, y: 0.4 });
    await sendKeys({ press: 'Delete' });
    expect(el.draft.moments.find((m) => m.key === lamp.key)!.position).to.equal(undefined);
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'z' });
    await sendKeys({ up: 'Control' });
    expect(el.draft.moments.find((m) => m.key === lamp.key)!.position).to.deep.equal({ x: 0.51, y: 0.4 });

    // A closed tab loses nothing: a new studio on the same storage has the edit.
    el.remove();
    el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-keys"></shoppable-studio>`);
    expect(el.draft.moments.find((m) => m.productId === 'lamp')!.position).to.deep.equal({ x: 0.51, y: 0.4 });
  });

  it('zooms the timeline in and out with its buttons', async () => {
    localStorage.setItem('studio-zoom', JSON.stringify({ show: savedShow(), media: '/demo/media/vertical/index.m3u8' }));
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-zoom"></shoppable-studio>`);
    const player = q<ShoppableVideo>(el.shadowRoot!, 'shoppable-video');
    await waitUntil(() => player.duration > 0, 'the replay did not load');
    const timeline = q<StudioTimeline>(el.shadowRoot!, 'shoppable-studio-timeline');
    const lamp = el.draft.moments.find((m) => m.productId === 'lamp')!;
    const width = () => q(timeline.shadowRoot!, `[data-key="${lamp.key}"]`).getBoundingClientRect().width;
    // Measure once the timeline spans the loaded media: before that its bars rest at their 4 px floor.
    await waitUntil(() => timeline.duration === player.duration, 'the timeline did not get the duration');
    await timeline.updateComplete;
    await waitUntil(() => width() > 4, 'no bar');
    const before = width();
    await clickAt(q(timeline.shadowRoot!, 'button[aria-label="Zoom in"]'));
    await waitUntil(() => Math.abs(width() / before - 2) < 0.05, `zoom in did not double the bar (${width()} vs ${before})`);
    await clickAt(q(timeline.shadowRoot!, 'button[aria-label="Zoom out"]'));
    await waitUntil(() => Math.abs(width() - before) < 1, 'zoom out did not restore the bar');
  });

  it('adds a market, shows its shoppers\' prices and delivery, and previews the player in it', async () => {
    localStorage.setItem('studio-markets', JSON.stringify({ show: savedShow(), media: '/demo/media/vertical/index.m3u8' }));
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-markets"></shoppable-studio>`);
    const root = el.shadowRoot!;
    await clickAt(q(root, '[role="tab"]:nth-child(1)'));
    await el.updateComplete;
    // The lamp also sells in dollars, and ships only to Britain.
    const lamp = q(root, '.product[data-id="lamp"]');
    await clickAt(q(lamp, 'summary'));
    await clickAt(q(lamp, 'input[name="prices"]'));
    await sendKeys({ type: 'USD 59.00' });
    await clickAt(q(lamp, 'input[name="ships-to"]'));
    await sendKeys({ type: 'GB' });
    await sendKeys({ press: 'Tab' });
    expect(el.draft.products[1]).to.deep.include({ prices: [{ amount: 5900, currency: 'USD' }], shipsTo: ['GB'] });

    await clickAt(q(root, '[role="tab"]:nth-child(2)'));
    await el.updateComplete;
    await clickAt([...root.querySelectorAll<HTMLElement>('.panel > button')].at(-1)!);
    await el.updateComplete;
    const market = q(root, '.market');
    for (const [name, value] of [['market-id', 'us'], ['country', 'us'], ['currency', 'usd']] as const) {
      const input = q<HTMLInputElement>(market, `input[name="${name}"]`);
      await clickAt(input);
      input.select();
      await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
    }
    await clickAt(q(q(root, '.market'), 'input[type="checkbox"]'));
    await el.updateComplete;
    expect(el.draft.markets).to.deep.equal([{ id: 'us', country: 'US', currency: 'USD', taxInclusive: false }]);
    const rows = [...q(root, '.market table').querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows).to.deep.equal([
      ['صندوق موسيقى', '£19.99 *', '+ tax', ''],
      ['Lamp', '$59.00', '+ tax', 'not delivered'],
    ]);

    // The preview in that market and in French: the player is told both.
    const market2 = q<HTMLSelectElement>(root, 'select[name="preview-market"]');
    market2.focus();
    await sendKeys({ press: 'ArrowDown' });
    const language = q<HTMLSelectElement>(root, 'select[name="preview-locale"]');
    language.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    const player = q<ShoppableVideo>(root, 'shoppable-video');
    expect([player.getAttribute('market'), player.getAttribute('locale')]).to.deep.equal(['us', 'fr']);
  });

  it('saves with Ctrl+S as a download where File System Access is missing (Firefox, Safari)', async () => {
    localStorage.setItem('studio-save', JSON.stringify({ show: savedShow() }));
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-save"></shoppable-studio>`);
    const w = window as unknown as Record<string, unknown>;
    const picker = w.showSaveFilePicker;
    const create = URL.createObjectURL;
    const blobs: Blob[] = [];
    const names: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    try {
      delete w.showSaveFilePicker;
      // Only the download's Blob: the preview's hls.js makes object URLs of MediaSources meanwhile.
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        if (obj instanceof Blob) blobs.push(obj);
        return create.call(URL, obj);
      };
      // The download itself is the browser's; the test reads what it was given.
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      q(el.shadowRoot!, '.stage').focus();
      await sendKeys({ down: 'Control' });
      await sendKeys({ press: 's' });
      await sendKeys({ up: 'Control' });
      await waitUntil(() => names.length === 1, 'Ctrl+S did not download');
    } finally {
      if (picker) w.showSaveFilePicker = picker;
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(names).to.deep.equal(['saved.json']);
    expect(blobs).to.have.length(1);
    expect(JSON.parse(await blobs[0]!.text())).to.deep.equal(JSON.parse(JSON.stringify(el.showDocument)));
    await waitUntil(() => q(el.shadowRoot!, '.status').textContent === 'Saved', 'no Saved message');
  });

  it('reopens a saved show file, reporting what it skipped', async () => {
    localStorage.removeItem('studio-open');
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="en" storage-key="studio-open"></shoppable-studio>`);
    const doc = { ...savedShow(), moments: [...(savedShow().moments as unknown[]), { productId: 'ghost', start: 1, end: 2 }] };
    await chooseFile(q(el.shadowRoot!, 'input[name="show-file"]'), new File([JSON.stringify(doc)], 'saved.json', { type: 'application/json' }));
    await waitUntil(() => el.draft.id === 'saved', 'the show did not open');
    expect(el.draft.moments).to.have.length(2);
    expect(q(el.shadowRoot!, '.status').textContent).to.contain('moments[2].productId');
    await chooseFile(q(el.shadowRoot!, 'input[name="show-file"]'), new File(['{ not json'], 'bad.json'));
    await waitUntil(() => q(el.shadowRoot!, '.status').textContent!.includes('not JSON'), 'a broken file was not reported');
    expect(el.draft.id).to.equal('saved');
  });

  it('works at phone size in Arabic: right to left, a phone preview of a vertical replay, no sideways scroll', async () => {
    await setViewport({ width: 390, height: 844 });
    localStorage.setItem('studio-ar', JSON.stringify({ show: savedShow(), media: '/demo/media/vertical/index.m3u8' }));
    const el = await fixture<ShoppableStudio>(html`<shoppable-studio locale="ar" storage-key="studio-ar"></shoppable-studio>`);
    const root = el.shadowRoot!;
    expect(q(root, '[dir]').getAttribute('dir')).to.equal('rtl');
    expect(q(root, 'h1').textContent).to.equal('استوديو العروض');
    await tap(q(root, '.preview-tools [role="radio"]:nth-child(2)'));
    await el.updateComplete;
    const player = q<ShoppableVideo>(root, 'shoppable-video');
    await waitUntil(() => player.duration > 0, 'the vertical replay did not load');
    const layer = q(root, 'shoppable-studio-hotspots');
    const aspect = () => layer.getBoundingClientRect().width / layer.getBoundingClientRect().height;
    await waitUntil(() => Math.abs(aspect() - 9 / 16) < 0.03, "the hotspot layer is not over the 9:16 picture");
    expect(document.scrollingElement!.scrollWidth).to.be.at.most(390);
    await tap(q(root, '[role="tab"]:nth-child(2)'));
    await el.updateComplete;
    expect(q(root, '[role="tab"][aria-selected="true"]').textContent).to.contain('الأسواق');
    await expect(el).to.be.accessible();
  });
});
