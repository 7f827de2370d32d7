// The hit-test audit (see hit-audit.ts) over <shoppable-feed> and the mini-player: every visible
// control of the thumbnails, the full-screen player (its bar and the show's own player) and the
// docked mini-player takes a tap at its centre and is at least 24×24, at phone and desktop sizes,
// in four languages (one right to left). States are reached with real input.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import '../../src/register.js';
import '../../src/components/shoppable-feed/shoppable-feed.js';
import type { ShoppableFeed } from '../../src/components/shoppable-feed/shoppable-feed.component.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import { auditHits, type HitProblem } from '../helpers/hit-audit.js';
import { centre, clickAt, composedContains, deepHit, tapAt } from '../helpers/input.js';
import { part, settle } from '../helpers/player.js';
import { LANGS } from './hit-audit.js';

const SIZES = [
  { name: 'phone', viewport: { width: 390, height: 844 }, touch: true },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, touch: false },
];
const viewport = () => new DOMRect(0, 0, innerWidth, innerHeight);

describe('hit-test audit: feed and mini-player', function () {
  this.timeout(60_000);
  afterEach(async () => {
    document.querySelectorAll('shoppable-feed').forEach((f) => f.close());
    fixtureCleanup();
    scrollTo(0, 0);
    await resetMouse();
  });

  for (const size of SIZES) {
    for (const lang of LANGS) {
      it(`${size.name}, ${lang}`, async () => {
        await setViewport(size.viewport);
        const press = (target: HTMLElement) => (size.touch ? tapAt(target) : clickAt(target));
        const problems: string[] = [];
        const record = (state: string, found: HitProblem[]) => problems.push(...found.map((p) => `${state}: ${p.control}: ${p.problem}`));

        for (const layout of ['row', 'grid', 'stories']) {
          const feed = await fixture<ShoppableFeed>(html`<shoppable-feed src="/demo/feeds/home.json" layout=${layout} locale=${lang}></shoppable-feed>`);
          await waitUntil(() => feed.shadowRoot!.querySelector('[data-show-id="kite-short"]'), 'thumbnails');
          await feed.updateComplete;
          // A row scrolls sideways: each thumbnail is checked where the shopper scrolls it to.
          for (const thumb of feed.shadowRoot!.querySelectorAll<HTMLElement>('[part~="thumb"]')) {
            thumb.scrollIntoView({ block: 'nearest', inline: 'nearest' });
            const r = thumb.getBoundingClientRect();
            if (!composedContains(thumb, deepHit(...centre(thumb)))) problems.push(`${layout}: ${thumb.dataset.showId}: a tap at its centre misses it`);
            if (r.width < 24 || r.height < 24) problems.push(`${layout}: ${thumb.dataset.showId}: under 24×24`);
          }
          if (layout === 'grid') record('grid', auditHits(feed));
          fixtureCleanup();
        }

        // The full-screen player, opened on the second show and playing.
        const feed = await fixture<ShoppableFeed>(html`<shoppable-feed src="/demo/feeds/home.json" locale=${lang}></shoppable-feed>`);
        await waitUntil(() => feed.shadowRoot!.querySelector('[data-show-id="kite-short"]'), 'thumbnails');
        await press(feed.shadowRoot!.querySelector<HTMLElement>('[data-show-id="kite-short"]')!);
        await waitUntil(() => feed.players[0]?.activeProducts.length, 'the show plays its product');
        const player = feed.players[0]!;
        await settle(player);
        // The dialog is modal: the thumbnails under it take no input, so the audit is of the dialog.
        const dialog = feed.shadowRoot!.querySelector<HTMLElement>('[part~="viewer"]')!;
        record('viewer playing', auditHits(dialog, viewport()));
        const [x, y] = centre(player);
        await sendMouse({ type: 'move', position: [x, y + 20] });
        await waitUntil(() => !player.hasAttribute('controls-hidden'), 'controls show');
        await settle(player);
        record('viewer, controls shown', auditHits(dialog, viewport()));
        feed.close();
        fixtureCleanup();

        // The mini-player, docked after a wheel scroll.
        const wrap = await fixture<HTMLElement>(html`<div>
          <shoppable-video show="/demo/shows/kite-short.json" muted locale=${lang} mini-player></shoppable-video>
          <div style="height: 3000px"></div>
        </div>`);
        const el = wrap.querySelector<ShoppableVideo>('shoppable-video')!;
        await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'the show loads');
        await el.play();
        await sendMouse({ type: 'move', position: [5, 5] });
        await executeServerCommand('wheel', { x: 5, y: 5, deltaY: 1200 });
        await waitUntil(() => el.hasAttribute('docked') && el.activeProducts.length, 'docks with a product');
        await settle(el);
        record('docked', auditHits(el, part(el.shadowRoot!, 'player')!.getBoundingClientRect()));
        // The bar re-renders on the video's pause event, not at pause(): a busy machine may paint
        // two frames before the event comes, and the audit would then see the playing bar.
        const paused = oneEvent(el, 'pause');
        el.pause();
        await paused;
        await settle(el);
        record('docked, paused', auditHits(el, part(el.shadowRoot!, 'player')!.getBoundingClientRect()));

        expect(problems).to.deep.equal([]);
      });
    }
  }
});
