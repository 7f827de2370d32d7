// Runs inside /__csp/player-page.html (strict CSP, see test/servers/csp.mjs): every element, a
// product card, HLS through hls.js (MSE and its transmuxing worker use blob: URLs). Reports what it saw
// to the test that opened it, with postMessage.
import '../../src/define.js';
import '../../src/components/shoppable-video/shoppable-video.js';
import type { ShoppableVideo } from '../../src/components/shoppable-video/shoppable-video.component.js';
import type { ShoppableProductCard } from '../../src/components/product-card/product-card.component.js';
import { musicBox } from '../fixtures/products.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));

const report = (result: Record<string, unknown>) => opener.postMessage({ csp: true, violations, ...result }, location.origin);

async function run() {
  const player = document.createElement('shoppable-video') as ShoppableVideo;
  player.muted = true;
  player.setAttribute('src', '/demo/media/replay/master.m3u8');
  // A show with a positioned moment from 0 s: an overlay card and a hotspot (inline positions).
  player.show = {
    version: 1,
    id: 'csp-show',
    products: [{ id: 'mb', title: 'Carousel music box', price: { amount: 1999, currency: 'GBP' } }],
    moments: [{ productId: 'mb', start: 0, end: 30, position: { x: 0.7, y: 0.3 } }],
  };
  let added = '';
  player.addEventListener('shoppable-add-to-cart', (e) => e.detail.waitUntil(Promise.resolve({ quantity: 1 })));
  player.addEventListener('shoppable-add-to-cart-complete', (e) => (added = e.detail.product.id));
  document.body.append(player);
  // play() loads the engine whatever the visibility (a background tab gets no IntersectionObserver
  // callbacks); a background tab may then hold playback itself, so success is buffered media.
  player.play().catch(() => {});

  const card = document.createElement('shoppable-product-card') as ShoppableProductCard;
  card.product = musicBox({ id: 'p1', url: undefined });
  card.locale = 'en-GB';
  document.body.append(card);
  await card.updateComplete;

  const deadline = Date.now() + 12_000;
  const buffered = () => player.video.buffered.length > 0 && player.video.buffered.end(0) > 1;
  while (!buffered() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // securitypolicyviolation events are dispatched asynchronously.
  await new Promise((r) => setTimeout(r, 100));

  // The on-screen product, bought from the player's overlay, once its card has its button (the
  // shop layer and the card's behaviour are lazy chunks: under load they come after the media).
  const addButton = () =>
    (player.shadowRoot?.querySelector('shoppable-product-card') as ShoppableProductCard | null)?.shadowRoot?.querySelector<HTMLElement>(
      '[part~="add-to-cart"]',
    );
  const cardDeadline = Date.now() + 8000;
  while (!addButton() && Date.now() < cardDeadline) await new Promise((r) => setTimeout(r, 50));
  addButton()?.click();
  const addDeadline = Date.now() + 3000;
  while (!added && Date.now() < addDeadline) await new Promise((r) => setTimeout(r, 50));
  const hotspot = player.shadowRoot?.querySelector<HTMLElement>('[part~="hotspot"]');
  await new Promise((r) => setTimeout(r, 100));

  const button = card.shadowRoot?.querySelector<HTMLElement>('[part~="add-to-cart"]');
  report({
    bufferedEnd: player.video.buffered.length ? player.video.buffered.end(0) : 0,
    readyState: player.video.readyState,
    usedHls: player.hls !== null,
    videoSrc: player.video.currentSrc || player.video.src,
    cardStyled: card.shadowRoot?.adoptedStyleSheets.length ?? 0,
    styleElements: [card, player].reduce((n, el) => n + (el.shadowRoot?.querySelectorAll('style').length ?? 0), 0),
    buttonDisplay: button ? getComputedStyle(button).display : '',
    price: card.shadowRoot?.querySelector('[part~="card-price"]')?.textContent?.trim() ?? '',
    shown: player.activeProducts.map((p) => p.id),
    hotspotLeft: hotspot?.style.getPropertyValue('left') ?? '',
    added,
  });
}

run().catch((error) => report({ error: String(error) }));
