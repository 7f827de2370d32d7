// The library playing the replay with a dense show (dense-show.js): `?active=` moments on screen
// at once (default 500), `?every=` seconds between edges (default: every frame for 100 and more).
// A tap on Add to cart gets a pending state for 500 ms (the page's waitUntil), the visible feedback
// the interaction measurement waits for; `window.__bench.adds` counts the presses, and
// `window.__bench.events` holds the Event Timing entries of 16 ms and more (observed from the start:
// the browser keeps only entries of 104 ms and more for a late observer).
import { denseShow } from './dense-show.js';

const q = new URLSearchParams(location.search);
const every = q.get('every');
const show = denseShow({ active: Number(q.get('active') ?? 500), ...(every ? { every: Number(every) } : {}) });

__bench.adds = [];
__bench.events = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    __bench.events.push({ name: e.name, id: e.interactionId, start: e.startTime, duration: e.duration, processingStart: e.processingStart, processingEnd: e.processingEnd });
  }
}).observe({ type: 'event', durationThreshold: 16 });
// What each press reached first (its part, or its tag): a tap that added nothing says where it went.
__bench.downs = [];
addEventListener(
  'pointerdown',
  (e) => {
    const target = e.composedPath()[0];
    __bench.downs.push(target?.getAttribute?.('part') || target?.localName || String(target));
  },
  true,
);
addEventListener('shoppable-add-to-cart', (e) => {
  __bench.adds.push({ product: e.detail.product.id, at: performance.now() });
  e.detail.waitUntil(new Promise((resolve) => setTimeout(resolve, 500)));
});

await customElements.whenDefined('shoppable-video');
const el = document.querySelector('shoppable-video');
el.show = show;
if (!el.video) await el.updateComplete;
__bench.watch(el.video ?? el.shadowRoot?.querySelector('video'));
