// Dense shows for the density benchmark (issue #19): exactly `active` moments on screen at every
// time of the 60 s replay, with a moment ending and the next one starting every `every` seconds.
// DOM-free and seeded (no Math.random, no location), so the runner, every page and the tests see
// the same document for the same arguments.
//
// Moment i ends at tick(i + 1) and starts at tick(i + 1 - active) (0 for the first ones), so the
// moment that ends at a time and the one that starts at it share the same float: at any t in
// [0, span) exactly `active` moments contain t. Each moment has its own product (products are
// reused only `2 × active` moments later), so `activeProducts` is `active` long too, and each has a
// position, so each is a hotspot. Products carry no image: images would add fetches and decodes
// that neither the bare pages nor the floor page pay (the document is served with no-store).

/** Every time, in seconds and in order, at which one of `moments` starts or ends: where the on-screen set changes. */
export function edgesOf(moments) {
  return [...new Set(moments.flatMap((m) => [m.start, m.end]))].sort((a, b) => a - b);
}

/** The densities `npm run bench` measures, in moments active at once. */
export const DENSITIES = [1, 10, 100, 500];

/** One display frame at 60 Hz: the dense shows change what is active this often. */
export const FRAME = 1 / 60;

/**
 * The default edge period for a density: the dense shows (100 and more active) change every
 * frame; the lighter ones at the pace of a busy hand-made show (a product every 2 s when one is
 * on screen, every 0.25 s when ten are).
 */
export function edgePeriod(active) {
  if (active >= 100) return FRAME;
  return active >= 10 ? 0.25 : 2;
}

const WORDS = ['Carousel', 'Silk', 'Paper', 'Porcelain', 'Bamboo', 'Lacquer', 'Jade', 'Copper', 'Cotton', 'Willow'];
const THINGS = ['music box', 'lantern', 'teapot', 'fan', 'kite', 'scarf', 'bowl', 'umbrella', 'vase', 'comb'];

/** mulberry32: a small seeded generator. */
function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A show document with `active` moments active at every time of `[0, span)`.
 * @param {{ active: number, every?: number, span?: number, seed?: number }} options
 *   `every`: seconds between edges (default {@link edgePeriod}); `span`: seconds covered (60, the
 *   replay); `seed`: the generator's seed (positions, prices, titles).
 */
export function denseShow({ active, every = edgePeriod(active), span = 60, seed = 1 }) {
  if (!(Number.isInteger(active) && active >= 1 && active <= 500)) throw new RangeError(`active must be 1..500, not ${active}`);
  if (!(every > 0 && span > 0)) throw new RangeError('every and span must be positive');
  const random = seeded(seed);
  // Rounded to the microsecond once, so that an end and the next start are the same number.
  const tick = (i) => Math.max(0, Math.round(i * every * 1e6) / 1e6);
  const productCount = Math.min(1000, Math.max(6, 2 * active));
  const products = Array.from({ length: productCount }, (_, i) => ({
    id: `d${i}`,
    title: `${WORDS[Math.floor(random() * WORDS.length)]} ${THINGS[Math.floor(random() * THINGS.length)]} ${i + 1}`,
    price: { amount: 500 + Math.floor(random() * 20000), currency: 'GBP' },
  }));
  const moments = [];
  for (let i = 0; tick(i + 1 - active) < span; i++) {
    moments.push({
      productId: products[i % productCount].id,
      start: tick(i + 1 - active),
      end: tick(i + 1),
      position: { x: 0.08 + Math.round(random() * 840) / 1000, y: 0.08 + Math.round(random() * 840) / 1000 },
    });
  }
  return {
    version: 1,
    id: `bench-dense-${active}`,
    title: `Benchmark show, ${active} active`,
    currency: 'GBP',
    products,
    moments,
  };
}
