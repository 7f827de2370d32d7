// The floor for the playback benchmark: bare hls.js plus the cheapest change a page can make to
// show that the product on screen changed, at each moment edge of the same show the library plays
// (show-2000.js). Eight layers are drawn in advance, each on its own compositor layer
// (`will-change: opacity`, `contain: strict`); at each edge one is shown and the others hidden:
// no element is created, nothing is laid out or painted again, only opacity changes. A timer per
// edge, set from the video's clock, as the library's own clock does.
import './bare-hls.js';
import { edges } from './show-2000.js';

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
const flip = () => {
  layers[shown].style.opacity = '0';
  shown = (shown + 1) % layers.length;
  layers[shown].style.opacity = '1';
};
const plan = () => {
  clearTimeout(timer);
  const now = video.currentTime;
  const next = edges.find((t) => t > Math.max(now, last));
  if (next === undefined || video.paused) return;
  timer = setTimeout(() => {
    last = next;
    flip();
    plan();
  }, Math.max(0, next - now) * 1000 + 2);
};
video.addEventListener('playing', plan);
video.addEventListener('seeked', () => ((last = -1), plan()));
