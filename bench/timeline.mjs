// Node-side microbenchmark of the cue timeline (the compiled dist/core/timeline.js): how long it
// takes to build a timeline of 100,000 moments (in random order, the worst case, and already in
// start order, as show documents usually are), and what one query costs per frame, at 1,000,
// 10,000 and 100,000 moments so that the O(log n + k) growth is visible.
//
// The moments: each 1-10 s long, starts spread uniformly over n × 2 s of show time, so about
// 2.75 are active at a random time whatever n is (k stays small and constant; only n grows).
// `at(t)` is asked at random times (a seek, or the worst case of a cursor); `cursor.update(t)` is
// asked at 60 frames a second of steady playback, which is what the player does every frame.
//
//   node bench/timeline.mjs [--quick]
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function makeMoments(n, random) {
  const span = n * 2;
  return Array.from({ length: n }, (_, i) => {
    const start = random() * span;
    return { productId: `p${i % 500}`, start, end: start + 1 + random() * 9 };
  });
}

/** Median time per call of `fn(i)` over `batches` batches of `size` calls, in microseconds. */
function perCall(fn, batches, size) {
  const times = [];
  let i = 0;
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let j = 0; j < size; j++) fn(i++);
    times.push(((performance.now() - t0) * 1000) / size);
  }
  return times;
}

/**
 * Runs the microbenchmark; returns `{ builds: ms[], sortedBuilds: ms[], buildsCpu: ms[], sortedBuildsCpu: ms[],
 * sizes: [{ n, at: µs[], update: µs[], k }] }`.
 * `distDir` is the build output (defaults to ../dist).
 */
export async function runTimelineBench({ quick = false, distDir = new URL('../dist/', import.meta.url) } = {}) {
  const { CueTimeline, TimelineCursor } = await import(new URL('core/timeline.js', distDir).href);
  const random = rng(7);
  // CPU times (this process, every thread) next to the wall times: on a shared machine the wall
  // time of a build also counts the time other jobs held the core.
  const result = { builds: [], sortedBuilds: [], buildsCpu: [], sortedBuildsCpu: [], sizes: [] };

  const big = makeMoments(100_000, random);
  const sorted = [...big].sort((a, b) => a.start - b.start || a.end - b.end);
  // Warm the JIT on a smaller build first: the first build otherwise measures compilation.
  new CueTimeline(makeMoments(10_000, random));
  for (let r = 0; r < (quick ? 3 : 7); r++) {
    for (const [input, out, outCpu] of [
      [big, result.builds, result.buildsCpu],
      [sorted, result.sortedBuilds, result.sortedBuildsCpu],
    ]) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      new CueTimeline(input);
      out.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      outCpu.push((c.user + c.system) / 1000);
    }
  }

  for (const n of [1_000, 10_000, 100_000]) {
    const moments = n === 100_000 ? big : makeMoments(n, random);
    const timeline = new CueTimeline(moments);
    const span = n * 2;
    const times = Float64Array.from({ length: 1 << 16 }, () => random() * span);
    const mask = times.length - 1;
    let found = 0;
    const query = (i) => (found += timeline.at(times[i & mask]).length);
    perCall(query, 20, 1000); // warm-up
    found = 0;
    const batches = quick ? 100 : 400;
    const at = perCall(query, batches, 1000);
    const k = found / (batches * 1000);

    const cursor = new TimelineCursor(timeline);
    const from = random() * (span - 3600);
    const frame = (i) => cursor.update(from + i / 60);
    perCall(frame, 20, 1000);
    const update = perCall(frame, quick ? 100 : 400, 1000);
    result.sizes.push({ n, at, update, k });
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await runTimelineBench({ quick: process.argv.includes('--quick') });
  const list = (xs) => `median ${median(xs).toFixed(1)} ms (${xs.map((b) => b.toFixed(1)).join(', ')})`;
  console.log(`build 100,000 moments, random order: ${list(r.builds)}; CPU ${list(r.buildsCpu)}`);
  console.log(`build 100,000 moments, start order:  ${list(r.sortedBuilds)}; CPU ${list(r.sortedBuildsCpu)}`);
  for (const s of r.sizes) {
    console.log(
      `n=${String(s.n).padStart(7)}  at(t) median ${median(s.at).toFixed(3)} µs (k≈${s.k.toFixed(2)})  cursor.update median ${median(s.update).toFixed(3)} µs`,
    );
  }
}
