// Start-up against the fastest bare page (issue #25): time to first frame of muted autoplay for
// the library, with and without a show, beside the fastest way a page can play HLS with hls.js
// (pages/bare-fastest.html: the engine imported by an inline module in <head>, wired by hand) and
// today's bare page (pages/bare-hls.html), at several network shapes (a round trip added by the
// bench server to every response), and the start-up waterfall of each page, step by step, read
// from resource timing in the same clock as the first frame.
import { firstFrame, isEngine, isJs, withPage } from './scenarios.mjs';
import { cell, ratio, stats } from './report.mjs';

/** Added round trips (ms) the start-up rows are measured at. */
export const SHAPES = [0, 50, 150];

/** The targets against the fastest bare page, same run. */
const TTFF_TARGET = 1.05;
const JS_TARGET = 0.85;

/**
 * `{ fast, fastEntry, hls, lib, libShow, libLink }` for `page(name, query)`. `fastEntry` is the floor
 * page with the library's entry evaluated before it and no player: the entry's own cost.
 */
export const startVariants = (page, libReady) => ({
  fast: page('bare-fastest'),
  ...(libReady ? { fastEntry: page('bare-fastest-entry'), libShow: page('lib-autoplay-show'), lib: page('lib-autoplay'), libLink: page('lib-autoplay-show-link') } : {}),
  hls: page('bare-hls'),
});

const ENTRY = /\/dist\/cdn\/shoppable-video\.js$/;

/** The waterfall's steps: [field, label]. Times are ms since navigation start. */
export const STEPS = [
  ['entryEnd', 'entry script received (library) / page parsed (bare)'],
  ['masterStart', 'master playlist requested'],
  ['masterEnd', 'master playlist received'],
  ['engineStart', 'hls.js requested'],
  ['engineEnd', 'hls.js received'],
  ['levelStart', 'level playlist requested'],
  ['levelEnd', 'level playlist received'],
  ['segmentStart', 'first segment requested'],
  ['segmentEnd', 'first segment received'],
  ['showEnd', 'show document received'],
  ['ttff', 'first frame'],
];

/** One page load: the first frame, the waterfall, and the JavaScript fetched before the frame. */
export function startRun(env, path) {
  return withPage(env, path, async ({ page, framed }) => {
    const ttff = await firstFrame(page, framed, 30000);
    const { all, parsed } = await page.evaluate(() => ({
      parsed: performance.getEntriesByType('navigation')[0]?.domInteractive ?? NaN,
      all: performance.getEntriesByType('resource').map((e) => ({
        path: new URL(e.name).pathname,
        start: e.startTime,
        end: e.responseEnd,
        encoded: e.encodedBodySize,
      })),
    }));
    const find = (test, nth = 0) => all.filter((r) => test(r.path))[nth];
    const playlists = all.filter((r) => r.path.endsWith('.m3u8'));
    const entry = find((p) => ENTRY.test(p));
    const engine = find(isEngine);
    const segment = find((p) => p.endsWith('.ts'));
    const show = find((p) => p.endsWith('.json'));
    const js = all.filter((r) => isJs(r.path) && !r.path.startsWith('/bench/pages/') && r.end <= ttff);
    return {
      ttff,
      entryEnd: entry?.end ?? parsed,
      masterStart: playlists[0]?.start ?? NaN,
      masterEnd: playlists[0]?.end ?? NaN,
      engineStart: engine?.start ?? NaN,
      engineEnd: engine?.end ?? NaN,
      levelStart: playlists[1]?.start ?? NaN,
      levelEnd: playlists[1]?.end ?? NaN,
      segmentStart: segment?.start ?? NaN,
      segmentEnd: segment?.end ?? NaN,
      showEnd: show?.end ?? NaN,
      jsGzip: js.reduce((s, r) => s + r.encoded, 0) / 1024,
    };
  });
}

/** Rows for `{ [shape]: { fast: [...], libShow: [...], lib: [...], hls: [...] } }`. */
export function startRows(byShape, within) {
  const rows = [];
  for (const [shape, res] of Object.entries(byShape)) {
    const s = (k, f) => stats((res[k] ?? []).map((r) => r[f]).filter(Number.isFinite));
    const rtt = `${shape} ms added round trip`;
    const fast = s('fast', 'ttff');
    rows.push({ metric: `start-up, ${rtt}: first frame, fastest bare hls.js page (ms)`, hls: cell(fast) });
    rows.push({ metric: `start-up, ${rtt}: first frame, today's bare hls.js page (ms)`, hls: cell(s('hls', 'ttff')), ratio: ratio(s('hls', 'ttff'), fast) });
    rows.push({
      metric: `start-up, ${rtt}: first frame, fastest bare page with the library's script evaluated first, no player (ms)`,
      lib: cell(s('fastEntry', 'ttff')),
      hls: cell(fast),
      ratio: ratio(s('fastEntry', 'ttff'), fast),
    });
    const withShow = ratio(s('libShow', 'ttff'), fast);
    const targeted = Number(shape) === 0 || Number(shape) === 150;
    rows.push({
      metric: `start-up, ${rtt}: first frame, library with a show / fastest bare page (ms)`,
      lib: cell(s('libShow', 'ttff')),
      hls: cell(fast),
      ratio: withShow,
      ...(targeted ? { target: `≤ ${TTFF_TARGET.toFixed(2)}×`, pass: within(withShow, TTFF_TARGET) } : {}),
    });
    rows.push({ metric: `start-up, ${rtt}: first frame, library without a show / fastest bare page (ms)`, lib: cell(s('lib', 'ttff')), hls: cell(fast), ratio: ratio(s('lib', 'ttff'), fast) });
    rows.push({ metric: `start-up, ${rtt}: first frame, library with a show and the engine modulepreloaded / fastest bare page (ms)`, lib: cell(s('libLink', 'ttff')), hls: cell(fast), ratio: ratio(s('libLink', 'ttff'), fast) });
    if (Number(shape) === 0) {
      const js = ratio(s('libShow', 'jsGzip'), s('fast', 'jsGzip'));
      rows.push({
        metric: 'start-up: JS before the first frame, library with a show / fastest bare page, gzip (KB)',
        lib: cell(s('libShow', 'jsGzip'), 1),
        hls: cell(s('fast', 'jsGzip'), 1),
        ratio: js,
        target: `≤ ${JS_TARGET.toFixed(2)}×`,
        pass: within(js, JS_TARGET),
      });
    }
    // The waterfall, library with a show beside the fastest bare page: where the time goes.
    for (const [field, label] of STEPS) {
      const lib = s('libShow', field);
      const bare = s('fast', field);
      if (!lib.n && !bare.n) continue;
      rows.push({ metric: `  waterfall, ${rtt}: ${label} (ms)`, lib: cell(lib), hls: cell(bare) });
    }
  }
  return rows;
}
