// The floor for the playback benchmark: bare hls.js plus the cheapest change a page can make to
// show that the product on screen changed, at each moment edge of the same show the library plays
// (show-2000.js). Eight layers are drawn in advance, each on its own compositor layer
// (`will-change: opacity`, `contain: strict`); at each edge one is shown and the others hidden:
// no element is created, nothing is laid out or painted again, only opacity changes. A timer per
// edge, set from the video's clock, as the library's own clock does.
//
// With `?active=N` it is the floor of the dense rows instead: the edges of the dense show
// (dense-show.js) that `lib-dense.html?active=N` plays, and at each edge only the two events the
// contract owes the page (a product's moment ended, the next one's began), bubbling and composed as
// the library's are, and no visible change: under the density policy the cards and hotspots stay
// put while their moments last, so a dense show need not change the picture at every edge. What is
// left is the cost of honouring the edges at all.
import './bare-hls.js';
import { edges as gentle } from './show-2000.js';
import { denseShow, edgesOf } from './dense-show.js';

const active = Number(new URLSearchParams(location.search).get('active'));
const edges = active ? edgesOf(denseShow({ active }).moments) : gentle;
const events = active > 0;

function firstAfter(t) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (edges[mid] > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const video = document.querySelector('video');
const stage = document.querySelector('.stage');
const layers = Array.from({ length: 8 }, (_, i) => {
  const layer = document.createElement('div');
  layer.className = 'layer';
  layer.textContent = `Product ${i + 1}`;
  stage.append(layer);
  return layer;
});

let shown = 0;
let timer = 0;
let last = -1;
const init = { bubbles: true, composed: true };
const flip = () => {
  if (events) {
    video.dispatchEvent(new CustomEvent('shoppable-product-hide', { ...init, detail: { currentTime: video.currentTime } }));
    video.dispatchEvent(new CustomEvent('shoppable-product-show', { ...init, detail: { currentTime: video.currentTime } }));
    return;
  }
  layers[shown].style.opacity = '0';
  shown = (shown + 1) % layers.length;
  layers[shown].style.opacity = '1';
};
const plan = () => {
  clearTimeout(timer);
  const now = video.currentTime;
  // The first edge after both (a binary search: a dense show has thousands; a late timer skips
  // the edges it missed, which are then applied together).
  const next = edges[firstAfter(Math.max(now, last))];
  if (next === undefined || video.paused) return;
  timer = setTimeout(() => {
    last = next;
    flip();
    plan();
  }, Math.max(0, next - now) * 1000 + 2);
};
video.addEventListener('playing', plan);
video.addEventListener('seeked', () => ((last = -1), plan()));
