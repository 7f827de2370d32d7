// <shoppable-feed> on a 390×844 phone, pressed with a finger (CDP touch): open, swipe between
// shows, add to cart from the second show, share, deep links and Back, and Arabic (RTL).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { swipe, tap } from '../helpers/input.js';
import { overlayAdd, settle } from '../helpers/player.js';
import '../../src/components/shoppable-feed/shoppable-feed.js';
import type { ShoppableFeed } from '../../src/components/shoppable-feed/shoppable-feed.component.js';
import type { FeedDetail, ShoppableAddToCartEvent } from '../../src/events.js';

const FEED = '/demo/feeds/home.json';
const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (root: ParentNode, name: string) => [...root.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const text = (el: Node | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function feedWith(attrs: { layout?: string; locale?: string; deepLink?: boolean } = {}): Promise<ShoppableFeed> {
  const feed = await fixture<ShoppableFeed>(
    html`<shoppable-feed src=${FEED} layout=${attrs.layout ?? 'row'} locale=${attrs.locale ?? 'en'} ?deep-link=${attrs.deepLink}></shoppable-feed>`,
  );
  await waitUntil(() => parts(feed.shadowRoot!, 'thumb').length === 4 && feed.shadowRoot!.querySelector('[data-show-id="kite-short"]'), 'thumbnails');
  await feed.updateComplete;
  return feed;
}

const thumbOf = (feed: ShoppableFeed, id: string) => feed.shadowRoot!.querySelector<HTMLElement>(`[part~="thumb"][data-show-id="${id}"]`)!;

/** An event awaited with a guard that names it, rather than the test's own time limit. */
function within<T>(promise: Promise<T>, what: string, ms = 15_000): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms))]);
}

describe('<shoppable-feed> on a phone', function () {
  // Real playback of two shows in turn: beside three other files on a busy machine it can pass 30 s.
  this.timeout(90_000);
  before(() => setViewport({ width: 390, height: 844 }));
  afterEach(() => {
    document.querySelectorAll('shoppable-feed').forEach((f) => f.close());
    if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  });

  it('swipes up and down between shows, adds to cart from the second, with two players at most', async () => {
    const feed = await feedWith();
    const root = feed.shadowRoot!;
    let most = 0;
    const count = () => (most = Math.max(most, root.querySelectorAll('shoppable-video').length));
    const observer = new MutationObserver(count);
    observer.observe(root, { childList: true, subtree: true });

    const opened = oneEvent(feed, 'shoppable-feed-open');
    await tap(thumbOf(feed, 'spring-launch-2026-03-01'));
    expect(((await within(opened, 'shoppable-feed-open')) as CustomEvent<FeedDetail>).detail.index).to.equal(0);
    await feed.updateComplete;
    await waitUntil(() => !feed.players[0]!.paused, 'the first show plays');
    const stage = part(root, 'stage')!;
    // The 9:16 player fills the phone's width below the bar.
    const box = feed.players[0]!.getBoundingClientRect();
    expect(box.width).to.be.within(380, 391);
    expect(box.bottom).to.be.within(840, 845);

    const changed = oneEvent(feed, 'shoppable-feed-change');
    // The finger rests before lifting, so no fling follows: a tap during a fling only stops it (it
    // is not a click), and the add below is a tap (this flaked under load without the rest).
    await swipe(stage, 0, -300, 160, 150);
    expect(((await within(changed, 'shoppable-feed-change after the swipe up')) as CustomEvent<FeedDetail>).detail).to.deep.include({ showId: 'kite-short', index: 1, previousShowId: 'spring-launch-2026-03-01' });
    await feed.updateComplete;
    const second = feed.players[0]!;
    expect(second.dataset.showId).to.equal('kite-short');
    await waitUntil(() => !second.paused && second.activeProducts.length > 0, 'the second show plays its products');
    expect(feed.players.map((p) => p.dataset.showId)).to.deep.equal(['kite-short', 'tea-hour']);
    // The slide has ended where the shopper's finger put it.
    await waitUntil(() => Math.abs(second.getBoundingClientRect().top - stage.getBoundingClientRect().top) < 1, 'the slide settles');

    // Add to cart from the second show, with a finger.
    const adds: ShoppableAddToCartEvent[] = [];
    const onAdd = (e: ShoppableAddToCartEvent) => {
      adds.push(e);
      e.detail.waitUntil(Promise.resolve({ cartCount: 1 }));
    };
    document.addEventListener('shoppable-add-to-cart', onAdd);
    second.pause();
    await within(settle(second), 'settled player');
    const complete = oneEvent(feed, 'shoppable-add-to-cart-complete');
    await tap(overlayAdd(second, /Silk folding fan/));
    // A tap the browser took as the end of a scroll gesture is tapped again, as a shopper would;
    // it must never add twice (asserted below).
    const added = await new Promise<boolean>((resolve) => {
      const from = performance.now();
      const poll = () => (adds.length ? resolve(true) : performance.now() - from > 3000 ? resolve(false) : requestAnimationFrame(poll));
      poll();
    });
    if (!added) await tap(overlayAdd(second, /Silk folding fan/));
    await within(complete, `shoppable-add-to-cart-complete (${adds.length} add events)`);
    document.removeEventListener('shoppable-add-to-cart', onAdd);
    expect(adds).to.have.length(1);
    expect(adds[0]!.detail.showId).to.equal('kite-short');
    expect(adds[0]!.detail.product.id).to.equal('fan-04');

    // A short tap-sized wobble does not move; a swipe down goes back.
    await swipe(stage, 0, 10);
    expect(feed.openShowId).to.equal('kite-short');
    const back = oneEvent(feed, 'shoppable-feed-change');
    await swipe(stage, 0, 300, 160, 150);
    expect(((await within(back, 'shoppable-feed-change after the swipe down')) as CustomEvent<FeedDetail>).detail.showId).to.equal('spring-launch-2026-03-01');
    await feed.updateComplete;
    expect(feed.players.map((p) => p.dataset.showId)).to.deep.equal(['spring-launch-2026-03-01', 'kite-short']);

    const closed = oneEvent(feed, 'shoppable-feed-close');
    await tap(part(root, 'viewer-close')!);
    await within(closed, 'shoppable-feed-close');
    count();
    observer.disconnect();
    expect(most).to.equal(2);
    expect(root.activeElement).to.equal(thumbOf(feed, 'spring-launch-2026-03-01'));
  });

  it('shares the link of the show at its time (copied where Web Share is missing)', async () => {
    const feed = await feedWith();
    await tap(thumbOf(feed, 'kite-short'));
    await feed.updateComplete;
    await waitUntil(() => feed.players[0]!.currentTime > 1, 'plays a second');
    let copied = '';
    const had = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    // Headless Chromium on Linux has no Web Share; the clipboard is stood in for so the test sees the text.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      expect('share' in navigator && !!had).to.equal(false, 'this Chromium has Web Share: test the share sheet path instead');
      await tap(part(feed.shadowRoot!, 'viewer-share')!);
      await waitUntil(() => copied, 'copied');
      expect(copied).to.match(/#show=kite-short&t=\d+$/);
      await feed.updateComplete;
      expect(text(feed.shadowRoot!.querySelector('[role="status"]'))).to.equal('Link copied');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('opens from a deep link at the show and time, follows the shopper in the hash, and closes on Back', async () => {
    history.pushState(null, '', '#show=tea-hour&t=2');
    const feed = document.createElement('shoppable-feed');
    const opened = oneEvent(feed, 'shoppable-feed-open');
    Object.assign(feed, { src: FEED, deepLink: true, locale: 'en' });
    document.body.append(feed);
    try {
      expect(((await opened) as CustomEvent<FeedDetail>).detail).to.deep.include({ showId: 'tea-hour', index: 2 });
      await feed.updateComplete;
      await waitUntil(() => feed.players[0]!.currentTime >= 2, 'starts at 2 s');
      await swipe(part(feed.shadowRoot!, 'stage')!, 0, -300, 160, 150);
      await waitUntil(() => location.hash === '#show=lantern-night', 'the hash follows');
      const closed = oneEvent(feed, 'shoppable-feed-close');
      history.back();
      await closed;
      expect(location.hash).to.equal('');
      expect((part(feed.shadowRoot!, 'viewer') as HTMLDialogElement | null)?.open ?? false).to.equal(false);

      // Opened from a thumbnail, the player is a history entry of its own: Back closes it and stays on the page.
      await tap(thumbOf(feed, 'kite-short'));
      await waitUntil(() => location.hash === '#show=kite-short', 'pushed');
      const closedAgain = oneEvent(feed, 'shoppable-feed-close');
      history.back();
      await closedAgain;
      expect(location.hash).to.equal('');
    } finally {
      feed.remove();
    }
  });

  it('speaks Arabic, right to left, in the stories layout and the player', async () => {
    const feed = await feedWith({ layout: 'stories', locale: 'ar' });
    const root = feed.shadowRoot!;
    expect(part(root, 'feed')!.getAttribute('dir')).to.equal('rtl');
    const thumbs = parts(root, 'thumb');
    // The first story is at the right.
    expect(thumbs[0]!.getBoundingClientRect().left).to.be.greaterThan(thumbs[1]!.getBoundingClientRect().left);
    expect(text(part(thumbs[0]!, 'thumb-products'))).to.equal('المنتجات: 6'); // ar: Latin digits, as CLDR says
    expect(text(part(thumbs[2]!, 'thumb-live'))).to.equal('مباشر');
    expect(text(part(thumbs[1]!, 'thumb-title'))).to.equal('طائرات ورقية في ٢٠ ثانية');
    await expect(feed).to.be.accessible();

    await tap(thumbs[1]!);
    await feed.updateComplete;
    const viewer = part(root, 'viewer')!;
    expect(viewer.getAttribute('dir')).to.equal('rtl');
    expect(part(root, 'viewer-close')!.getAttribute('aria-label')).to.equal('إغلاق');
    expect(text(part(root, 'viewer-position'))).to.contain('العرض 2 من 4');
    // The close button sits at the right (the start side) and every bar button takes a finger.
    expect(part(root, 'viewer-close')!.getBoundingClientRect().left).to.be.greaterThan(300);
    for (const name of ['viewer-share', 'viewer-previous', 'viewer-next']) await tap(part(root, name)!);
    await feed.updateComplete;
    expect(feed.openShowId).to.equal('kite-short'); // previous then next
    await swipe(part(root, 'stage')!, 0, -300);
    await waitUntil(() => feed.openShowId === 'tea-hour', 'the swipe works right to left too');
  });
});
