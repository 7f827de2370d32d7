// The mini-player: a playing <shoppable-video mini-player> scrolled away (with the wheel, through
// the browser's input pipeline) docks to a corner, still adds to cart with a finger, is dragged
// and moved by keys to other corners, closes, and returns to its place when scrolled back.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { waitUntil } from '../wait.js';
import { clickAt, swipe, tap } from '../helpers/input.js';
import { overlayAdd, part, settle } from '../helpers/player.js';
import '../../src/register.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';

const SHOW = '/demo/shows/kite-short.json';

async function page(attrs: { mini?: boolean; locale?: string; aspect?: string } = {}): Promise<ShoppableVideo> {
  const wrap = await fixture<HTMLElement>(html`<div>
    <shoppable-video show=${SHOW} muted locale=${attrs.locale ?? 'en'} aspect-ratio=${attrs.aspect ?? '16 / 9'} ?mini-player=${attrs.mini ?? true}></shoppable-video>
    <div style="height: 3000px"></div>
  </div>`);
  const el = wrap.querySelector('shoppable-video')!;
  await waitUntil(() => part(el.shadowRoot!, 'products-button'), 'the show loads');
  return el;
}

/** Scrolls the page by `dy` with the mouse wheel, and waits until it has scrolled. */
async function wheel(dy: number): Promise<void> {
  const before = scrollY;
  await sendMouse({ type: 'move', position: [20, 20] });
  await executeServerCommand('wheel', { x: 20, y: 20, deltaY: dy });
  await waitUntil(() => scrollY !== before, 'the page scrolled');
}

describe('mini-player', () => {
  afterEach(() => {
    fixtureCleanup();
    scrollTo(0, 0);
  });

  it('docks a playing player scrolled away, which still adds to cart, moves and closes (phone)', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page();
    const placeBefore = el.getBoundingClientRect();
    // Paused, it stays in its place when scrolled away.
    await wheel(900);
    await el.updateComplete;
    expect(el.hasAttribute('docked')).to.equal(false);
    scrollTo(0, 0);
    await el.play();
    await waitUntil(() => el.currentTime > 0.3, 'plays');
    await wheel(900);
    await waitUntil(() => el.getAttribute('docked') === 'bottom-end', 'docks bottom-end');
    await settle(el);
    const box = part(el.shadowRoot!, 'player')!.getBoundingClientRect();
    expect(box.right).to.be.within(370, 376); // 16 px from the right edge
    expect(box.bottom).to.be.within(824, 830);
    expect(box.width).to.be.within(300, 321);
    // Its place keeps its height, so the page does not jump.
    expect(el.getBoundingClientRect().height).to.be.closeTo(placeBefore.height, 1);

    // Products are still tappable in the corner.
    await waitUntil(() => el.activeProducts.length > 0, 'a product on screen');
    el.pause();
    await settle(el);
    // The page handles the add (else the default action would open the product's page).
    el.addEventListener('shoppable-add-to-cart', (e) => e.preventDefault(), { once: true });
    const added = oneEvent(el, 'shoppable-add-to-cart');
    await tap(overlayAdd(el, /Silk folding fan/));
    const event = (await added) as CustomEvent<{ product: { id: string }; showId: string }>;
    expect(event.detail.product.id).to.equal('fan-04');
    expect(event.detail.showId).to.equal('kite-short');

    // Dragged with a finger towards the top left, it lets go into that corner.
    const drag = part(el.shadowRoot!, 'mini-drag')!;
    await swipe(drag, -40, -600, 300, 100);
    await waitUntil(() => el.getAttribute('docked') === 'top-start', 'dragged to the top left');
    await settle(el);
    expect(part(el.shadowRoot!, 'player')!.getBoundingClientRect().left).to.be.within(15, 17);
    // The handle is a button: the arrow keys move it between corners.
    part(el.shadowRoot!, 'mini-drag')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => el.getAttribute('docked') === 'bottom-start', 'moved down by key');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => el.getAttribute('docked') === 'bottom-end', 'moved right by key');

    // Closing pauses and returns the player to its place; it stays there while scrolled away.
    await el.play();
    await tap(part(el.shadowRoot!, 'mini-close')!);
    await waitUntil(() => !el.hasAttribute('docked') && el.paused, 'closed');
    await el.play();
    await new Promise((r) => setTimeout(r, 300)); // nothing more happens: no re-dock while dismissed
    expect(el.hasAttribute('docked')).to.equal(false);
    // Back in view, then away again: it docks again, where the shopper last put it.
    await wheel(-3000);
    await waitUntil(() => scrollY === 0, 'back at the top');
    await wheel(900);
    await waitUntil(() => el.getAttribute('docked') === 'bottom-end', 'docks again');
    await wheel(-3000);
    await waitUntil(() => !el.hasAttribute('docked'), 'returns to its place when it is back in view');
  });

  it('docks to the left in Arabic, and a 9:16 player docks narrow (desktop)', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await page({ locale: 'ar', aspect: '9 / 16' });
    el.style.width = '360px';
    await el.play();
    await wheel(900);
    await waitUntil(() => el.getAttribute('docked') === 'bottom-end', 'docks');
    await settle(el);
    const box = part(el.shadowRoot!, 'player')!.getBoundingClientRect();
    expect(box.left).to.be.within(15, 17); // the end side of a right-to-left page
    expect(box.height).to.be.at.most(800 * 0.45 + 1);
    expect(part(el.shadowRoot!, 'mini-close')!.getAttribute('aria-label')).to.equal('إغلاق المشغّل المصغّر');
    await expect(el).to.be.accessible();
  });

  it('pops the whole element, overlay and cart, out into a Document Picture-in-Picture window and back', async () => {
    await setViewport({ width: 1280, height: 800 });
    const el = await page();
    await el.play();
    await wheel(900);
    await waitUntil(() => el.hasAttribute('docked') && el.activeProducts.length, 'docks');
    await settle(el);
    const button = part(el.shadowRoot!, 'mini-pop-out')!;
    expect(button.getAttribute('aria-label')).to.equal('Keep playing in a floating window');
    // Headless Chromium on 127.0.0.1 (a secure context) offers Document Picture-in-Picture.
    expect('documentPictureInPicture' in window, 'no Document PiP here: the button falls back to the video PiP').to.equal(true);
    const home = el.parentElement!;
    // Moving between documents resizes the player twice in a frame, and Chromium then reports
    // "ResizeObserver loop completed with undelivered notifications" (a notice that observers were
    // deferred a frame, not an exception). Only that notice is let through, and counted.
    let resizeNotices = 0;
    const runnerOnError = window.onerror;
    window.onerror = (message, ...rest) => {
      if (/^ResizeObserver loop/.test(String(message))) return void resizeNotices++;
      return runnerOnError?.call(window, message, ...rest);
    };
    await clickAt(button);
    await waitUntil(() => el.ownerDocument !== document, 'the element moved into the window');
    const win = el.ownerDocument.defaultView!;
    // Its styles came along (constructed sheets are per document) and its overlay still shows a card
    // with its Add to cart; a product that starts there renders styled too.
    const player = part(el.shadowRoot!, 'player')!;
    expect(win.getComputedStyle(player).backgroundColor).to.equal('rgb(0, 0, 0)');
    el.currentTime = 12.5;
    await waitUntil(() => el.activeProducts.some((p) => p.id === 'kite-05'), 'the next product in the window');
    await settle(el);
    const add = overlayAdd(el, /Dragon kite/);
    expect(add.getBoundingClientRect().width).to.be.greaterThan(24);
    expect(win.getComputedStyle(add).cursor).to.equal('pointer');
    // Closing the window brings it back to its place, still styled.
    win.close();
    await waitUntil(() => el.ownerDocument === document && el.parentElement === home, 'back in its place');
    expect(getComputedStyle(part(el.shadowRoot!, 'player')!).backgroundColor).to.equal('rgb(0, 0, 0)');
    await settle(el);
    await new Promise((r) => setTimeout(r, 200));
    window.onerror = runnerOnError;
    expect(resizeNotices).to.be.at.most(2);
  });

  it('never docks without the mini-player attribute', async () => {
    await setViewport({ width: 390, height: 844 });
    const el = await page({ mini: false });
    await el.play();
    await wheel(900);
    await new Promise((r) => setTimeout(r, 300)); // nothing more happens
    expect(el.hasAttribute('docked')).to.equal(false);
    expect(part(el.shadowRoot!, 'mini-drag')).to.equal(null);
  });
});
