// One function per measured scenario. Each run gets a fresh browser context (its own cache, storage
// and renderer process) and reads the browser's own instruments: requestVideoFrameCallback (via
// pages/probe.js), resource timing, the server's request log, CDP Performance.getMetrics (with
// thread ticks, so durations are main-thread CPU time), HeapProfiler/Runtime for the heap, and
// SystemInfo for every process's CPU time.

const VIEWPORT = { width: 1280, height: 720 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `path` in a fresh context with CDP Performance enabled before navigation; runs `fn`;
 * closes. Script errors of the page are added to `env.notes`.
 */
export async function withPage(env, path, fn) {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => env.notes.add(`${path}: ${String(error.message).split('\n')[0]}`));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // The probe's message when the first frame is presented (pages/probe.js).
    const framed = new Promise((resolve) => page.on('console', (m) => m.text() === '__bench:first-frame' && resolve()));
    env.server.reset();
    await page.goto(env.origin + path, { waitUntil: 'load' });
    const result = await fn({ page, cdp, context, framed });
    const errors = await page.evaluate(() => window.__bench?.errors ?? []).catch(() => []);
    for (const e of errors) env.notes.add(`${path}: ${e}`);
    return result;
  } finally {
    await context.close();
  }
}

/** CDP Performance.getMetrics as `{ name: value }` (durations in seconds). */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** CPU seconds of every browser process (browser, GPU, renderers, utilities), summed. */
async function processCpu(env) {
  try {
    const { processInfo } = await env.browserCdp.send('SystemInfo.getProcessInfo');
    return processInfo.reduce((sum, p) => sum + p.cpuTime, 0);
  } catch {
    return NaN;
  }
}

const resources = (page) =>
  page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => ({
      path: new URL(e.name).pathname,
      start: e.startTime,
      end: e.responseEnd,
      encoded: e.encodedBodySize,
      decoded: e.decodedBodySize,
    })),
  );

export const isJs = (path) => /\.m?js$/.test(path);
export const isEngine = (path) => path === '/bench/engine/hls.js' || /\/hls-[^/]*\.js$/.test(path);
/** The harness's own scripts (probe, page glue) are not what a page pays for a player. */
const isPlayerJs = (path) => isJs(path) && !path.startsWith('/bench/pages/');

/**
 * The first frame's time, once the probe reports it. Nothing runs in the page until then: polling
 * it (`page.waitForFunction`) would inject Playwright's utility script, a 40-90 ms main-thread
 * task, into whichever page's start-up it reached at `load`, which is mid-waterfall for the library
 * (its entry is loaded before it fetches hls.js) and after hls.js has run for a bare page.
 */
export async function firstFrame(page, framed, timeout = 20000) {
  let timer;
  const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no first frame within ${timeout} ms`)), timeout)));
  try {
    await Promise.race([framed, late]);
  } finally {
    clearTimeout(timer);
  }
  return page.evaluate(() => window.__bench.firstFrame);
}

/**
 * The video's media time and the page's clock, read in one task: a busy page answers late, so the
 * window between two readings is measured where the video plays, not where the runner waits.
 */
const mediaClock = (page) =>
  page.evaluate(() => ({
    media: (document.querySelector('shoppable-video')?.video ?? document.querySelector('video'))?.currentTime ?? NaN,
    wall: performance.now(),
  }));

/**
 * What the player puts over the video: elements with part `card` and visible ones with part
 * `hotspot` anywhere under the first `<shoppable-video>` (shadow roots included), and how many of
 * the cards are in view (a column of cards scrolls: most of a long one lies below the player).
 */
const onVideo = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('shoppable-video');
    if (!el) return undefined;
    const box = el.getBoundingClientRect();
    const count = { card: 0, hotspot: 0, seen: 0 };
    const walk = (root) => {
      for (const n of root.querySelectorAll('*')) {
        const parts = n.part ? [...n.part] : [];
        for (const p of parts) {
          if (p !== 'card' && p !== 'hotspot') continue;
          const r = n.getBoundingClientRect();
          const visible = r.width > 0 && r.height > 0 && r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right;
          const shown = visible && getComputedStyle(n).visibility !== 'hidden';
          if (p === 'card') count.card++;
          if (shown) count[p === 'card' ? 'seen' : p]++;
        }
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    };
    if (el.shadowRoot) walk(el.shadowRoot);
    return count;
  });

/**
 * First frame of muted autoplay, and the JavaScript fetched before it (resource timing: every
 * `.js`/`.mjs` whose response ended before the frame; gzip bytes as sent, and decoded bytes).
 */
export function firstFrameRun(env, path) {
  return withPage(env, path, async ({ page, framed }) => {
    const ttff = await firstFrame(page, framed);
    const all = await resources(page);
    const js = all.filter((r) => isPlayerJs(r.path) && r.end <= ttff);
    const first = (test) => all.find((r) => test(r.path))?.start ?? NaN;
    return {
      ttff,
      // When the waterfall reached the engine, the playlist and the first segment.
      engineAt: first(isEngine),
      playlistAt: first((p) => p.endsWith('.m3u8')),
      segmentAt: first((p) => p.endsWith('.ts')),
      jsGzip: js.reduce((s, r) => s + r.encoded, 0) / 1024,
      jsRaw: js.reduce((s, r) => s + r.decoded, 0) / 1024,
      jsFiles: js.map((r) => r.path),
    };
  });
}

/** Everything the page fetched in the 3 s after load, from the server's log (media included). */
export function offscreenRun(env, path) {
  return withPage(env, path, async ({ page }) => {
    await sleep(3000);
    const log = env.server.log.filter((r) => !r.path.startsWith('/bench/pages/') && r.status < 400);
    const paths = log.map((r) => r.path);
    return {
      requests: log.length,
      kb: log.reduce((s, r) => s + r.bytes, 0) / 1024,
      js: paths.filter(isJs),
      engine: paths.some(isEngine),
      playlist: paths.some((p) => p.endsWith('.m3u8')),
      segment: paths.some((p) => /\.(ts|mp4|m4s)$/.test(p)),
      other: paths.filter((p) => !isJs(p) && !/\.(m3u8|ts|mp4|m4s)$/.test(p)),
      frame: await page.evaluate(() => window.__bench.firstFrame),
      failed: env.server.log.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.path}`),
    };
  });
}

/** Main-thread scripting and task time from navigation until 3 s after load; long tasks; bytes. */
export function galleryRun(env, path) {
  return withPage(env, path, async ({ page, cdp }) => {
    await sleep(3000);
    const m = await metrics(cdp);
    const longTasks = await page.evaluate(() => window.__bench.longTasks);
    return {
      script: m.ScriptDuration * 1000,
      task: m.TaskDuration * 1000,
      longTasks: longTasks.reduce((s, t) => s + t.duration, 0),
      requests: env.server.log.length,
      kb: env.server.log.reduce((s, r) => s + r.bytes, 0) / 1024,
      // Whether any player's media or engine was fetched (a feed below the fold must fetch none).
      media: env.server.log.some((r) => /\.(m3u8|ts|mp4|m4s)$|\/hls[-.]/.test(r.path)),
      paths: env.server.log.map((r) => r.path),
    };
  });
}

/**
 * CPU over `seconds` of steady playback, from 1 s after the first frame. `task` (main-thread CPU)
 * and `played` (media time advanced) are per `seconds` of the page's own clock, which runs a
 * little longer than the runner's sleep when the page is too busy to answer at once.
 */
export function playbackRun(env, path, seconds) {
  return withPage(env, path, async ({ page, cdp, framed }) => {
    await firstFrame(page, framed, 30000);
    await sleep(1000);
    const [m0, p0, c0] = [await metrics(cdp), await processCpu(env), await mediaClock(page)];
    await sleep(seconds * 1000);
    const [m1, p1, c1] = [await metrics(cdp), await processCpu(env), await mediaClock(page)];
    const per = (seconds * 1000) / (c1.wall - c0.wall);
    // Whether the show reached the element: its active products at the end (undefined without a show API).
    const active = await page.evaluate(() => document.querySelector('shoppable-video')?.activeProducts?.length);
    const shown = await onVideo(page);
    return {
      active,
      cards: shown?.card,
      cardsSeen: shown?.seen,
      hotspots: shown?.hotspot,
      task: (m1.TaskDuration - m0.TaskDuration) * 1000 * per,
      script: (m1.ScriptDuration - m0.ScriptDuration) * 1000 * per,
      // Each delta first: an unchanged pair then gives exactly 0, not a rounding residue to divide by.
      layout: (m1.LayoutDuration - m0.LayoutDuration + (m1.RecalcStyleDuration - m0.RecalcStyleDuration)) * 1000 * per,
      allCpu: (p1 - p0) * 1000 * per,
      played: (c1.media - c0.media) * per,
      window: (c1.wall - c0.wall) / 1000,
    };
  });
}

async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** How many live objects have `prototypeExpression` in their chain (after a GC). */
async function liveObjects(cdp, prototypeExpression) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: prototypeExpression });
  if (!result.objectId) return NaN;
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
  const { result: count } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.length; }',
    returnByValue: true,
  });
  return count.value;
}

/**
 * `cycles` mount/play/unmount cycles; heap (after GC) at the half and at the end; then what is left
 * alive: `<video>` elements, MediaSource objects, `<shoppable-video>` elements, workers.
 */
export function cyclesRun(env, path, cycles) {
  return withPage(env, path, async ({ page, cdp }) => {
    await page.waitForFunction(() => window.cyclesReady === true, null, { timeout: 20000 });
    const half = cycles >> 1;
    let heapHalf = NaN;
    let failed = 0;
    const t0 = Date.now();
    for (let i = 1; i <= cycles; i++) {
      if (!(await page.evaluate(() => window.cycle()))) failed++;
      if (i === half) heapHalf = await heapAfterGc(cdp);
    }
    const perCycle = (Date.now() - t0) / cycles;
    await sleep(500);
    const heapEnd = await heapAfterGc(cdp);
    return {
      growth: (heapEnd - heapHalf) / 2 ** 20,
      videos: await liveObjects(cdp, 'HTMLVideoElement.prototype'),
      mediaSources: await liveObjects(cdp, 'MediaSource.prototype'),
      elements: await liveObjects(cdp, "customElements.get('shoppable-video')?.prototype"),
      workers: page.workers().length,
      perCycle,
      failed,
    };
  });
}
