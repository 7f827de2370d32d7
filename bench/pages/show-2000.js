// A generated show of 2,000 moments over 200 products. The moments are laid over a one-hour show
// (a new moment every 1.8 s on average, each 5-30 s long, so about ten overlap at any time); the
// 60 s replay plays the show's first minute. Seeded, so every run and every page that uses it
// (lib-moments-2000, bare-hls-edges) see the same document. `?moments=` and `?span=` (seconds)
// change the shape.
import { edgesOf } from './dense-show.js';
const q = new URLSearchParams(location.search);
const count = Number(q.get('moments') ?? 2000);
const span = Number(q.get('span') ?? 3600);

let seed = 1;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const products = Array.from({ length: 200 }, (_, i) => ({
  id: `p${i}`,
  title: `Product ${i + 1}`,
  price: { amount: 500 + Math.floor(random() * 20000), currency: 'GBP' },
}));
const moments = Array.from({ length: count }, () => {
  const start = Math.round(random() * span * 10) / 10;
  const length = 5 + Math.round(random() * 250) / 10;
  return { productId: products[Math.floor(random() * products.length)].id, start, end: start + length };
});
// The first minute must have moments to show, whatever the draw: pin two at the start.
moments[0] = { productId: 'p0', start: 0.5, end: 8 };
moments[1] = { productId: 'p1', start: 4, end: 12 };

export const show = { version: 1, id: 'bench-2000', title: 'Benchmark show', currency: 'GBP', products, moments };

/** Every time, in seconds and in order, at which a moment starts or ends: where the on-screen set changes. */
export const edges = edgesOf(moments);
