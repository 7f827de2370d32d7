// <shoppable-feed>: thumbnails in three layouts, opened and driven with real input at desktop size
// (mouse, keyboard, wheel), with at most two players alive. Phone, swipes and RTL: feed-phone.test.ts.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { centre, clickAt, deepHit } from '../helpers/input.js';
import '../../src/components/shoppable-feed/shoppable-feed.js';
import type { ShoppableFeed } from '../../src/components/shoppable-feed/shoppable-feed.component.js';
import type { FeedDetail } from '../../src/events.js';

const FEED = '/demo/feeds/home.json';
const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Counts the players alive in the feed at every frame, so a test can tell the most there ever were. */
function watchPlayers(feed: ShoppableFeed): { max: number; stop(): void } {
  const seen = { max: 0, stop: () => (on = false) };
  let on = true;
  const tick = () => {
    seen.max = Math.max(seen.max, feed.shadowRoot!.querySelectorAll('shoppable-video').length);
    if (on) requestAnimationFrame(tick);
  };
  tick();
  return seen;
}

async function feedWith(layout = 'row', locale = 'en'): Promise<ShoppableFeed> {
  const feed = await fixture<ShoppableFeed>(html`<shoppable-feed src=${FEED} layout=${layout} locale=${locale}></shoppable-feed>`);
  // The entries naming only a show URL get their title and poster from the show document.
  await waitUntil(() => parts(feed.shadowRoot!, 'thumb').length === 4 && text(feed.shadowRoot).includes('Spring launch'), 'thumbnails');
  await feed.updateComplete;
  return feed;
}

describe('<shoppable-feed> at desktop size', () => {
  before(() => setViewport({ width: 1280, height: 800 }));
  afterEach(() => {
    document.querySelectorAll('shoppable-feed').forEach((f) => f.close());
  });

  for (const layout of ['row', 'grid', 'stories'] as const) {
    it(`shows each show's poster, title, LIVE badge, product count and length (${layout})`, async () => {
      const feed = await feedWith(layout);
      const root = feed.shadowRoot!;
      const thumbs = parts(root, 'thumb');
      expect(thumbs.map((t) => text(part(t, 'thumb-title')))).to.deep.equal([
        'Spring launch live from Guangzhou',
        'Kites in 20 seconds',
        'Tea hour, live',
        'Lantern night (replay)',
      ]);
      expect(text(part(thumbs[0]!, 'thumb-products'))).to.equal('6 products');
      expect(text(part(thumbs[0]!, 'thumb-duration'))).to.equal('1:00');
      expect(text(part(thumbs[2]!, 'thumb-live'))).to.equal('LIVE');
      expect(part(thumbs[2]!, 'thumb-duration')).to.equal(null);
      // The button's name is its text: title, then length (or LIVE), then product count.
      expect(text(thumbs[1])).to.equal('Kites in 20 seconds 0:20 2 products');
      expect(text(thumbs[2])).to.equal('Tea hour, live LIVE 3 products');
      const img = part(thumbs[1]!, 'thumb-image') as HTMLImageElement;
      await waitUntil(() => img.complete && img.naturalWidth > 0, 'poster');
      expect(img.src).to.match(/\/demo\/media\/vertical\/short-poster\.jpg$/);
      // Each thumbnail is what a click at its centre hits.
      for (const t of thumbs) {
        t.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        expect(t.contains(deepHit(...centre(t)))).to.equal(true, `${layout}: ${t.dataset.showId} is covered`);
      }
      if (layout === 'stories') expect(getComputedStyle(part(thumbs[0]!, 'thumb-image')!).borderRadius).to.equal('50%');
      // Nothing was fetched for the video: no player exists until a show is opened.
      expect(root.querySelector('shoppable-video')).to.equal(null);
      await expect(feed).to.be.accessible();
    });
  }

  it('opens with a click, moves with keys, wheel and buttons, keeps two players at most, and closes with Escape', async () => {
    const feed = await feedWith();
    const root = feed.shadowRoot!;
    const seen = watchPlayers(feed);
    const thumb = parts(root, 'thumb')[1]!;
    const opened = oneEvent(feed, 'shoppable-feed-open');
    await clickAt(thumb);
    expect(((await opened) as CustomEvent<FeedDetail>).detail).to.deep.include({ showId: 'kite-short', index: 1 });
    await feed.updateComplete;
    const viewer = part(root, 'viewer') as HTMLDialogElement;
    expect(viewer.open).to.equal(true);
    expect(text(part(root, 'viewer-position'))).to.contain('Show 2 of 4');
    await waitUntil(() => !feed.players[0]!.paused && feed.players[0]!.currentTime > 0.2, 'the opened show plays');
    expect(feed.players.map((p) => p.dataset.showId)).to.deep.equal(['kite-short', 'tea-hour']);
    // The next show preloads: its playlist is in and its player is not playing.
    await waitUntil(() => feed.players[1]!.hls !== null, 'the next show preloads');
    expect(feed.players[1]!.paused).to.equal(true);

    const changes: FeedDetail[] = [];
    feed.addEventListener('shoppable-feed-change', (e) => changes.push(e.detail));
    await sendKeys({ press: 'ArrowDown' });
    await feed.updateComplete;
    expect(feed.openShowId).to.equal('tea-hour');
    await waitUntil(() => !feed.players[0]!.paused, 'the next show plays');
    expect(feed.players.length).to.equal(2);

    // The wheel: one notch down moves one show.
    const stage = part(root, 'stage')!;
    const [x, y] = centre(stage);
    await sendMouse({ type: 'move', position: [x, y] });
    await new Promise((r) => setTimeout(r, 500)); // the wheel rests after a step (WHEEL_REST)
    await executeWheel(x, y, 120);
    await waitUntil(() => feed.openShowId === 'lantern-night', 'the wheel moved on');
    await feed.updateComplete;
    expect((part(root, 'viewer-next') as HTMLButtonElement).disabled).to.equal(true);

    // The on-screen buttons.
    await clickAt(part(root, 'viewer-previous')!);
    await feed.updateComplete;
    expect(feed.openShowId).to.equal('tea-hour');
    expect(changes.map((c) => c.showId)).to.deep.equal(['tea-hour', 'lantern-night', 'tea-hour']);
    expect(changes[2]!.previousShowId).to.equal('lantern-night');

    const closed = oneEvent(feed, 'shoppable-feed-close');
    await sendKeys({ press: 'Escape' });
    expect(((await closed) as CustomEvent<FeedDetail>).detail.showId).to.equal('tea-hour');
    await feed.updateComplete;
    expect(viewer.open).to.equal(false);
    expect(root.querySelector('shoppable-video')).to.equal(null);
    // Focus is back on the thumbnail that opened the player.
    expect(root.activeElement).to.equal(thumb);
    seen.stop();
    expect(seen.max).to.equal(2);
  });

  it('takes its shows from child players when it has no feed document, and shows none of them', async () => {
    const feed = await fixture<ShoppableFeed>(html`<shoppable-feed layout="grid" locale="en">
      <shoppable-video id="kites" show="/demo/shows/kite-short.json" data-duration="20"></shoppable-video>
      <shoppable-video id="tea" show="/demo/shows/tea-hour.json" data-title="Tea" data-live></shoppable-video>
    </shoppable-feed>`);
    const root = feed.shadowRoot!;
    await waitUntil(() => parts(root, 'thumb').length === 2 && text(root).includes('Kites in 20 seconds'), 'thumbnails from the children');
    const thumbs = parts(root, 'thumb');
    expect(thumbs.map((t) => t.dataset.showId)).to.deep.equal(['kites', 'tea']);
    expect(text(thumbs[0])).to.equal('Kites in 20 seconds 0:20 2 products');
    expect(text(thumbs[1])).to.equal('Tea LIVE 3 products');
    // The children are read, not shown, and load nothing.
    for (const child of feed.querySelectorAll('shoppable-video')) {
      expect(child.getClientRects().length).to.equal(0);
      expect(child.hls).to.equal(null);
    }
    const opened = oneEvent(feed, 'shoppable-feed-open');
    await clickAt(thumbs[1]!);
    expect(((await opened) as CustomEvent<FeedDetail>).detail.showId).to.equal('tea');
    await feed.updateComplete;
    expect(feed.players[0]!.getAttribute('show')).to.match(/\/demo\/shows\/tea-hour\.json$/);
  });

  it('reports a feed document it cannot read, and skips invalid entries', async () => {
    const feed = document.createElement('shoppable-feed');
    const error = oneEvent(feed, 'shoppable-error');
    feed.feed = { shows: ['/demo/shows/kite-short.json', 42, { show: 'javascript:alert(1)' }, '/demo/shows/kite-short.json'] };
    document.body.append(feed);
    const { detail } = (await error) as CustomEvent<{ code: string; message: string; fatal: boolean }>;
    expect(detail.code).to.equal('show-invalid');
    expect(detail.fatal).to.equal(false);
    expect(detail.message).to.contain('shows[1]').and.contain('shows[2]').and.contain('duplicate');
    await feed.updateComplete;
    expect(parts(feed.shadowRoot!, 'thumb')).to.have.length(1);

    const missing = document.createElement('shoppable-feed');
    const fetchError = oneEvent(missing, 'shoppable-error');
    missing.src = '/demo/feeds/none.json';
    document.body.append(missing);
    expect(((await fetchError) as CustomEvent<{ code: string }>).detail.code).to.equal('show-fetch');
    feed.remove();
    missing.remove();
  });
});

/** A wheel notch at (x, y) through the browser's input pipeline. */
async function executeWheel(x: number, y: number, deltaY: number): Promise<void> {
  await sendMouse({ type: 'move', position: [x, y] });
  const { executeServerCommand } = await import('@web/test-runner-commands');
  await executeServerCommand('wheel', { x, y, deltaY });
}
