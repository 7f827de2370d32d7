// A show at every documented limit of docs/limits.md (issue #20): 1,000 products, each with 10
// options of 100 values, and 100,000 moments over the replay's first minute (each 0.5-3 s long,
// so about 3,000 are active at any time; the density policy keeps a few on the video). Seeded, so
// every run sees the same document. `?products=`, `?moments=`, `?options=`, `?values=` and `?span=`
// (seconds) change the shape.
const q = new URLSearchParams(typeof location === 'object' ? location.search : '');
const num = (name, fallback) => Number(q.get(name) ?? fallback);

let seed = 7;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

/** The document: `{ products, moments }` at the limits unless the query says otherwise. */
export function limitsShow({
  products: productCount = num('products', 1000),
  moments: momentCount = num('moments', 100_000),
  options: optionCount = num('options', 10),
  values: valueCount = num('values', 100),
  span = num('span', 60),
} = {}) {
  seed = 7;
  const products = Array.from({ length: productCount }, (_, i) => ({
    id: `p${i}`,
    title: `Product ${i + 1}`,
    price: { amount: 500 + Math.floor(random() * 20000), currency: 'GBP' },
    ...(optionCount
      ? {
          options: Array.from({ length: optionCount }, (_, o) => ({
            name: `Option ${o + 1}`,
            values: Array.from({ length: valueCount }, (_, v) => `${o + 1}.${v + 1}`),
          })),
        }
      : {}),
  }));
  const moments = Array.from({ length: momentCount }, () => {
    const start = Math.round(random() * span * 100) / 100;
    const length = 0.5 + Math.round(random() * 250) / 100;
    const productId = `p${Math.floor(random() * productCount)}`;
    return { productId, start, end: start + length };
  });
  moments.sort((a, b) => a.start - b.start || a.end - b.end);
  return { version: 1, id: 'bench-limits', title: 'Limits', currency: 'GBP', products, moments };
}
