// `npm run bench`: the library against bare hls.js (and a bare <video> with MP4) in the same run,
// in Debian's Chromium, headless. Runs alternate (library, baseline, library, baseline, ...) and
// each cell is the median with the spread (min–max). This is a measurement, not a test: it exits 0
// whether or not a target is met, and prints PASS or MISS per row. See docs/performance.md.
//
//   node bench/run.mjs [--quick] [--runs N] [--worker] [--only ttff,start,offscreen,gallery,feed,playback,dense,tap,cycles,timeline,limits]
//                      [--shapes 0,50,150] [--markdown] [--json FILE]
//
// CHROME_PATH overrides /usr/bin/chromium. The build must exist (`npm run bench` builds first);
// BENCH_CDN=<dir> measures another CDN build (served at /dist/cdn/) instead of dist/cdn.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { cyclesRun, firstFrameRun, galleryRun, offscreenRun, playbackRun } from './scenarios.mjs';
import { runTimelineBench } from './timeline.mjs';
import { ADVANCE, denseRows, denseVariants, tapRows, tapRun } from './dense.mjs';
import { SHAPES, startRows, startRun, startVariants } from './start.mjs';
import { limitsAlias, limitsRows, limitsRun } from './limits.mjs';
import { DENSITIES } from './pages/dense-show.js';
import { cell, machine, markdownTable, median, ratio, stats, textTable } from './report.mjs';
import { CHROME_FLAGS } from '../scripts/chrome-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const quick = flag('--quick');
// --quick (about a minute on an idle 2-core machine) trims the slow scenarios: fewer runs of the
// gallery and playback, a 3 s playback window, 20 cycles of the library only, no MP4 pages.
const RUNS = Number(option('--runs') ?? (quick ? 3 : 7));
const HEAVY_RUNS = Number(option('--runs') ?? (quick ? 2 : 7));
const PLAYBACK_SECONDS = quick ? 3 : 10;
// Five pages per run (four densities and bare hls.js), about 14 s each.
const DENSE_RUNS = Number(option('--runs') ?? (quick ? 1 : 5));
const CYCLES = quick ? 20 : 50;
const mp4 = (path) => (quick ? {} : { mp4: path });
const only = option('--only')?.split(',');
const wanted = (name) => !only || only.includes(name);


// The build: the CDN entry's static graph (what a script tag costs) and the lazy hls.js chunk.
const builtCdn = resolve(process.env.BENCH_CDN || join(root, 'dist/cdn'));
if (!existsSync(join(builtCdn, 'size-report.json')) || !existsSync(join(root, 'dist/core/timeline.js'))) {
  console.error(`No build in ${builtCdn}: run \`npm run build\` first (or \`npm run bench\`).`);
  process.exit(1);
}
// Measure a snapshot: a build started elsewhere while the benchmark runs (it cleans dist/) must
// not change what is measured halfway through.
const snapshot = mkdtempSync(join(os.tmpdir(), 'shoppable-bench-'));
const cdn = join(snapshot, 'cdn');
cpSync(builtCdn, cdn, { recursive: true, filter: (f) => !f.endsWith('.map') });
mkdirSync(join(snapshot, 'core'));
copyFileSync(join(root, 'dist/core/timeline.js'), join(snapshot, 'core/timeline.js'));
const build = JSON.parse(readFileSync(join(cdn, 'size-report.json'), 'utf8'));
const staticSet = new Set();
(function walk(name) {
  if (staticSet.has(name)) return;
  staticSet.add(name);
  for (const dep of build.chunks[name]?.imports ?? []) walk(dep);
})(build.entry);
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const entryGzip = [...staticSet].reduce((s, name) => s + gz(join(cdn, name)), 0);
// The bare pages load what a developer writes without the library: stock hls.js's default build
// (`import Hls from 'hls.js'` in a page's own script resolves to it on a CDN such as jsDelivr).
const engineFile = join(root, 'node_modules/hls.js/dist/hls.min.mjs');
const engineName = `node_modules/hls.js/dist/hls.min.mjs (hls.js ${JSON.parse(readFileSync(join(root, 'node_modules/hls.js/package.json'), 'utf8')).version}'s default build, ${(gz(engineFile) / 1024).toFixed(1)} KB gzip)`;
// The library's own lazy hls.js chunks, for the header.
const libEngines = Object.keys(build.chunks)
  .filter((name) => /^hls[-.]/.test(name))
  .map((name) => `${name} ${(gz(join(cdn, name)) / 1024).toFixed(1)} KB`)
  .join(', ');
const entrySource = readFileSync(join(cdn, build.entry), 'utf8');
const libReady = /define\(\s*["'`]shoppable-video["'`]/.test(entrySource);

// The show at the documented limits, as JSON (bench/limits.mjs).
const limits = wanted('limits') ? limitsAlias(snapshot) : { alias: {} };
const server = await startServer(root, { '/bench/engine/hls.js': engineFile, '/dist/cdn/': cdn, ...limits.alias });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  // Playwright launches with a fresh temporary user-data-dir and deletes it on close.
  args: CHROME_FLAGS,
});
const env = { browser, browserCdp: await browser.newBrowserCDPSession(), server, origin: server.origin, notes: new Set() };
const host = machine(browser.version());
const loadAtStart = os.loadavg()[0];
if (loadAtStart > host.cpus / 2) {
  console.error(`warning: load average ${loadAtStart.toFixed(1)} on ${host.cpus} CPUs: other work will skew the numbers.`);
}

// `--worker`: every hls.js (the library's and the bare pages') transmuxes in hls.js's worker,
// `hlsConfig.workerPath` = hls.js 1.7.4's own dist/hls.worker.js (see bench/pages/probe.js, bare.js).
const WORKER = process.argv.includes('--worker') ? '/node_modules/hls.js/dist/hls.worker.js' : '';
const page = (name, query = '') =>
  `/bench/pages/${name}.html${WORKER ? `${query ? `${query}&` : '?'}worker=${encodeURIComponent(WORKER)}` : query}`;
const started = Date.now();
const errors = [];

/** Runs `fn` for each variant, alternating, `runs` times; returns `{ variant: [result...] }`. */
async function alternate(label, variants, runs, fn) {
  const out = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
  process.stderr.write(`${label}: `);
  for (let r = 0; r < runs; r++) {
    for (const [key, path] of Object.entries(variants)) {
      try {
        out[key].push(await fn(path));
        process.stderr.write('.');
      } catch (error) {
        errors.push(`${label} / ${key}: ${String(error.message ?? error).split('\n')[0]}`);
        process.stderr.write('x');
      }
    }
  }
  process.stderr.write('\n');
  return out;
}

const lib = (variants) => (libReady ? variants : {});
/** Ratios are compared at the targets' precision (two decimals): noise is far larger than that. */
const within = (r, target) => (Number.isFinite(r) ? Math.round(r * 100) / 100 <= target : undefined);
const pick = (results, key, field) => (results?.[key] ?? []).map((r) => r[field]);
const rows = [];
const raw = { host, engine: engineName, quick, runs: RUNS };

rows.push({
  metric: 'entry + static imports, min+gzip (KB)',
  lib: (entryGzip / 1024).toFixed(1),
  target: '≤ 20 KB',
  pass: entryGzip <= 20 * 1024,
});

if (wanted('offscreen')) {
  const res = await alternate(
    'off-screen',
    { ...lib({ lib: page('lib-offscreen') }), hls: page('bare-hls', '?autoplay=0&top=1'), ...mp4(page('bare-mp4', '?autoplay=0&top=1')) },
    quick ? 1 : 3,
    (p) => offscreenRun(env, p),
  );
  raw.offscreen = res;
  for (const r of Object.values(res).flat()) for (const f of r.failed) env.notes.add(`off-screen: ${f}`);
  const describe = (runs) => {
    const r = runs?.[runs.length - 1];
    if (!r) return undefined;
    const fetched = [r.engine && 'hls.js', r.playlist && 'playlist', r.segment && 'media'].filter(Boolean);
    const others = r.other.length ? ` + ${r.other.map((p) => p.split('/').pop()).join(', ')}` : '';
    return `${r.requests} req, ${r.kb.toFixed(0)} KB: ${fetched.length ? fetched.join(' + ') : `entry only (${r.js.length} JS${others})`}`;
  };
  const onlyEntry = (r) =>
    r.js.includes(`/dist/cdn/${build.entry}`) &&
    !r.engine &&
    !r.playlist &&
    !r.segment &&
    r.js.every((p) => staticSet.has(p.replace('/dist/cdn/', '')));
  rows.push({
    metric: 'off-screen embed, 3 s after load: fetched',
    lib: describe(res.lib) ?? 'n/a',
    hls: describe(res.hls),
    mp4: describe(res.mp4),
    target: 'entry only',
    pass: res.lib?.length ? res.lib.every(onlyEntry) : undefined,
  });
}

if (wanted('ttff')) {
  const res = await alternate(
    'first frame',
    { ...lib({ lib: page('lib-autoplay') }), hls: page('bare-hls'), ...mp4(page('bare-mp4')) },
    RUNS,
    (p) => firstFrameRun(env, p),
  );
  raw.firstFrame = res;
  const s = (k, f) => stats(pick(res, k, f));
  const js = ratio(s('lib', 'jsGzip'), s('hls', 'jsGzip'));
  rows.push({
    metric: 'JS before first frame, gzip (KB)',
    lib: cell(s('lib', 'jsGzip'), 1),
    hls: cell(s('hls', 'jsGzip'), 1),
    mp4: cell(s('mp4', 'jsGzip'), 1),
    ratio: js,
    target: '≤ 1.00× (aim 0.85×)',
    pass: within(js, 1),
  });
  rows.push({
    metric: 'JS before first frame, decoded (KB)',
    lib: cell(s('lib', 'jsRaw'), 0),
    hls: cell(s('hls', 'jsRaw'), 0),
    mp4: cell(s('mp4', 'jsRaw'), 0),
    ratio: ratio(s('lib', 'jsRaw'), s('hls', 'jsRaw')),
  });
  const t = ratio(s('lib', 'ttff'), s('hls', 'ttff'));
  rows.push({
    metric: 'time to first frame, muted autoplay (ms)',
    lib: cell(s('lib', 'ttff')),
    hls: cell(s('hls', 'ttff')),
    mp4: cell(s('mp4', 'ttff')),
    ratio: t,
    target: '≤ 1.10×',
    pass: within(t, 1.1),
  });
  for (const [field, metric] of [
    ['engineAt', 'first frame: hls.js requested at (ms)'],
    ['playlistAt', 'first frame: playlist requested at (ms)'],
    ['segmentAt', 'first frame: first segment requested at (ms)'],
  ]) {
    rows.push({ metric, lib: cell(s('lib', field)), hls: cell(s('hls', field)), ratio: ratio(s('lib', field), s('hls', field)) });
  }
}

// Start-up against the fastest bare page (issue #25), at each network shape, 15 alternating rounds
// in a full run (bench/start.mjs).
if (wanted('start')) {
  const byShape = {};
  // --shapes 0,150 measures only those round trips (a quick look at one change).
  const shapes = option('--shapes')?.split(',').map(Number) ?? (quick ? [0, 150] : SHAPES);
  for (const shape of shapes) {
    server.setDelay(shape);
    byShape[shape] = await alternate(`start-up, ${shape} ms round trip`, startVariants(page, libReady), Number(option('--runs') ?? (quick ? 3 : 15)), (p) => startRun(env, p));
  }
  server.setDelay(0);
  raw.start = byShape;
  rows.push(...startRows(byShape, within));
}

if (wanted('gallery')) {
  const res = await alternate(
    'gallery of 24',
    { ...lib({ lib: page('lib-gallery-24') }), hls: page('bare-gallery-24') },
    HEAVY_RUNS,
    (p) => galleryRun(env, p),
  );
  raw.gallery = res;
  const s = (k, f) => stats(pick(res, k, f));
  const g = ratio(s('lib', 'script'), s('hls', 'script'));
  rows.push({
    metric: 'gallery of 24, load + 3 s: main-thread scripting (ms)',
    lib: cell(s('lib', 'script')),
    hls: cell(s('hls', 'script')),
    ratio: g,
    target: '≤ 0.30×',
    pass: within(g, 0.3),
  });
  for (const [field, metric, digits] of [
    ['task', 'gallery of 24: main-thread tasks (ms)', 0],
    ['longTasks', 'gallery of 24: long tasks, total (ms)', 0],
    ['kb', 'gallery of 24: fetched (KB)', 0],
  ]) {
    rows.push({ metric, lib: cell(s('lib', field), digits), hls: cell(s('hls', field), digits), ratio: ratio(s('lib', field), s('hls', field)) });
  }
}

// A <shoppable-feed> of 24 shows below the fold, none opened: the feed entry, its document and
// nothing else (thumbnails are lazy images; no player exists until a show is opened).
if (wanted('feed')) {
  const res = await alternate('feed of 24, off-screen', lib({ lib: page('lib-feed-24') }), HEAVY_RUNS, (p) => galleryRun(env, p));
  raw.feed = res;
  const s = (f) => stats(pick(res, 'lib', f));
  const last = res.lib?.[res.lib.length - 1];
  const gallery = raw.gallery?.lib?.length ? stats(pick(raw.gallery, 'lib', 'script')).median : undefined;
  rows.push({
    metric: 'feed of 24 off-screen, load + 3 s: main-thread scripting (ms)',
    lib: cell(s('script')),
    target: '≤ the gallery row',
    pass: gallery !== undefined && res.lib?.length ? s('script').median <= gallery : undefined,
  });
  rows.push({ metric: 'feed of 24 off-screen: main-thread tasks (ms)', lib: cell(s('task')) });
  rows.push({
    metric: 'feed of 24 off-screen: fetched',
    lib: last ? `${last.requests} req, ${last.kb.toFixed(0)} KB: ${last.paths.map((p) => p.split('/').pop()).join(', ')}` : 'n/a',
    target: 'no player, no media',
    pass: res.lib?.length ? res.lib.every((r) => !r.media) : undefined,
  });
}

if (wanted('playback')) {
  const res = await alternate(
    `playback ${PLAYBACK_SECONDS} s`,
    {
      ...lib({ lib: page('lib-moments-2000'), ...(quick ? {} : { libNoShow: page('lib-autoplay') }) }),
      hls: page('bare-hls'),
      floor: page('bare-hls-edges'),
      ...mp4(page('bare-mp4')),
    },
    HEAVY_RUNS,
    (p) => playbackRun(env, p, PLAYBACK_SECONDS),
  );
  raw.playback = res;
  const s = (k, f) => stats(pick(res, k, f));
  const c = ratio(s('lib', 'task'), s('hls', 'task'));
  rows.push({
    metric: `playback ${PLAYBACK_SECONDS} s, 2,000 moments: main-thread CPU (ms)`,
    lib: cell(s('lib', 'task')),
    hls: cell(s('hls', 'task')),
    mp4: cell(s('mp4', 'task')),
    ratio: c,
  });
  // The floor: bare hls.js plus the cheapest visible change (an opacity flip of a layer drawn in
  // advance) at each of the same show's moment edges. No overlay can cost less than this.
  rows.push({
    metric: 'playback: floor = bare hls.js + an opacity flip per moment edge (ms; ratio floor / hls.js)',
    hls: cell(s('floor', 'task')),
    ratio: ratio(s('floor', 'task'), s('hls', 'task')),
  });
  // Issue #19's targets: the gentle show at most 1.15× the floor, the player alone 1.10× hls.js.
  const f = ratio(s('lib', 'task'), s('floor', 'task'));
  rows.push({ metric: 'playback: library / floor, main-thread CPU', ratio: f, target: '≤ 1.15×', pass: within(f, 1.15) });
  const advanced = s('lib', 'played');
  rows.push({
    metric: `playback: video advanced in ${PLAYBACK_SECONDS} s, 2,000 moments (s)`,
    lib: cell(advanced, 2),
    hls: cell(s('hls', 'played'), 2),
    ratio: ratio(advanced, s('hls', 'played')),
    target: `≥ ${(PLAYBACK_SECONDS * ADVANCE).toFixed(2)} s`,
    pass: advanced.n ? advanced.median >= PLAYBACK_SECONDS * ADVANCE - 0.005 : undefined,
  });
  if (res.libNoShow?.length) {
    const n = ratio(s('libNoShow', 'task'), s('hls', 'task'));
    rows.push({
      metric: 'playback: main-thread CPU, library without a show (ms)',
      lib: cell(s('libNoShow', 'task')),
      ratio: n,
      target: '≤ 1.10×',
      pass: within(n, 1.1),
    });
  }
  for (const [field, metric] of [
    ['script', 'playback: main-thread scripting (ms)'],
    ['layout', 'playback: style + layout (ms)'],
    ['allCpu', 'playback: CPU of all browser processes (ms)'],
  ]) {
    rows.push({ metric, lib: cell(s('lib', field)), hls: cell(s('hls', field)), mp4: cell(s('mp4', field)), ratio: ratio(s('lib', field), s('hls', field)) });
  }
  const played = Object.values(res).flat().map((r) => r.played);
  const active = pick(res, 'lib', 'active');
  if (active.some((n) => n === undefined)) {
    errors.push('playback: <shoppable-video> has no activeProducts, so the 2,000-moment show was not applied: this measured the player without its shop layer');
  } else if (active.some((n) => !(n > 0))) {
    errors.push(`playback: no product was active at the end of some runs (${active.join(', ')}): check that the show was applied`);
  }
  if (played.some((p) => !(p > PLAYBACK_SECONDS * 0.8))) {
    errors.push(`playback: some runs advanced less than ${PLAYBACK_SECONDS * 0.8} s of media (${played.map((p) => p.toFixed(1)).join(', ')})`);
  }
}

if (wanted('dense')) {
  // Shows of 1, 10, 100 and 500 moments active at once beside bare hls.js (bench/dense.mjs).
  const res = await alternate(
    `dense shows ${PLAYBACK_SECONDS} s`,
    denseVariants(page, libReady),
    DENSE_RUNS,
    (p) => playbackRun(env, p, PLAYBACK_SECONDS),
  );
  raw.dense = res;
  rows.push(...denseRows(res, PLAYBACK_SECONDS, within));
  for (const n of DENSITIES) {
    const active = pick(res, `d${n}`, 'active');
    if (active.some((a) => a !== n)) errors.push(`dense ${n}: activeProducts at the end of the runs were ${active.join(', ')}, not ${n}`);
  }
}

if (wanted('tap') && libReady) {
  // A real click on an overlay card's Add to cart while the densest show plays, and on the quietest.
  const res = await alternate(
    'tap Add to cart',
    { d500: page('lib-dense', '?active=500'), d1: page('lib-dense', '?active=1') },
    Number(option('--runs') ?? (quick ? 1 : 3)),
    (p) => tapRun(env, p, quick ? 2 : 3),
  );
  raw.tap = res;
  rows.push(...tapRows(res));
  const taps = Object.values(res).flat(2);
  const missed = taps.filter((t) => t.missed).length;
  if (missed) errors.push(`tap: ${missed} tap(s) found no Add to cart button to press`);
  const astray = taps.filter((t) => !t.missed && !t.added).map((t) => t.hit ?? 'nothing');
  if (astray.length) errors.push(`tap: ${astray.length} press(es) added nothing; they reached: ${astray.join(', ')}`);
}

if (wanted('cycles')) {
  const res = await alternate(
    `${CYCLES} mount/unmount cycles`,
    { ...lib({ lib: page('lib-cycles') }), ...(quick ? {} : { hls: page('bare-cycles') }) },
    quick ? 1 : 3,
    (p) => cyclesRun(env, p, CYCLES),
  );
  raw.cycles = res;
  const s = (k, f) => stats(pick(res, k, f));
  const growth = s('lib', 'growth');
  rows.push({
    metric: `JS heap growth, cycles ${CYCLES / 2 + 1}–${CYCLES} (MB)`,
    lib: cell(growth, 2),
    hls: cell(s('hls', 'growth'), 2),
    target: '≤ 0.1 MB',
    pass: growth.n ? growth.max <= 0.1 : undefined,
  });
  const alive = (k) => {
    const r = res[k]?.[res[k].length - 1];
    return r && `${r.videos} / ${r.mediaSources} / ${r.workers}`;
  };
  const leftAlive = (res.lib ?? []).map((r) => r.videos + r.workers);
  rows.push({
    metric: 'alive after cycles: <video> / MediaSource / workers',
    lib: alive('lib') ?? 'n/a',
    hls: alive('hls'),
    target: '0 <video>, 0 workers',
    pass: leftAlive.length ? leftAlive.every((n) => n === 0) : undefined,
  });
  rows.push({ metric: 'time per mount/play/unmount cycle (ms)', lib: cell(s('lib', 'perCycle')), hls: cell(s('hls', 'perCycle')) });
  const failed = [...pick(res, 'lib', 'failed'), ...pick(res, 'hls', 'failed')].reduce((a, b) => a + b, 0);
  if (failed) errors.push(`cycles: ${failed} cycle(s) showed no frame within 10 s`);
}

if (wanted('limits') && libReady) {
  // One page, run after run: load, seeks, the pointer over the player, the product sheet.
  const res = await alternate('limits', { lib: page('lib-limits') }, Number(option('--runs') ?? (quick ? 1 : 3)), (p) => limitsRun(env, p));
  raw.limits = res;
  rows.push(...limitsRows(res.lib ?? [], limits.megabytes));
}

await browser.close();
await server.close();

if (wanted('timeline')) {
  process.stderr.write('cue timeline (node)\n');
  const t = await runTimelineBench({ quick, distDir: pathToFileURL(`${snapshot}/`) });
  raw.timeline = t;
  const build100k = stats(t.builds);
  rows.push({ metric: 'timeline: build 100,000 moments, random order (ms)', lib: cell(build100k, 1), target: '≤ 50 ms', pass: build100k.median <= 50 });
  rows.push({ metric: 'timeline: build 100,000 moments, start order (ms)', lib: cell(stats(t.sortedBuilds), 1) });
  for (const size of t.sizes) {
    const at = median(size.at);
    rows.push({
      metric: `timeline: at(t), n=${size.n.toLocaleString('en')}, k≈${size.k.toFixed(1)} (µs)`,
      lib: at.toFixed(3),
      ...(size.n === 100_000 ? { target: '≤ 2 µs', pass: at <= 2 } : {}),
    });
  }
  const last = t.sizes[t.sizes.length - 1];
  rows.push({ metric: 'timeline: cursor.update per frame, n=100,000 (µs)', lib: median(last.update).toFixed(3) });
}

rmSync(snapshot, { recursive: true, force: true });

const describeHost = [
  `machine: ${host.cpus} CPUs (${host.model}), ${host.memoryGiB} GiB, ${host.os}; load average at the start ${loadAtStart.toFixed(2)}, at the end ${host.load}`,
  `browser: Chromium ${host.chromium}, headless; node ${host.node}; hls.js ${host.hlsjs}; commit ${host.commit}; ${host.date}`,
  `engine for the bare pages: ${engineName}${WORKER ? `; both sides transmux in a worker (${WORKER})` : ''}`,
  `library's hls.js chunks (gzip -9): ${libEngines}`,
  `mode: ${quick ? 'quick' : 'full'}, ${RUNS} alternating runs per comparison (gallery and playback: ${HEAVY_RUNS}; dense shows: ${DENSE_RUNS}); cells are median (min–max); ${((Date.now() - started) / 1000).toFixed(0)} s`,
];
if (!libReady) {
  describeHost.push(`library pages skipped: ${build.entry} does not define <shoppable-video>`);
  for (const row of rows) row.lib ||= 'n/a';
}
console.log(`\n${describeHost.join('\n')}\n\n${textTable(rows)}`);
errors.push(...env.notes);
if (errors.length) console.log(`\nnotes:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
if (flag('--markdown')) console.log(`\n${describeHost.map((l) => `- ${l}`).join('\n')}\n\n${markdownTable(rows)}`);
const jsonFile = option('--json');
if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ ...raw, rows, errors }, null, 1));
