// The documented limits (issue #20, docs/limits.md): the library playing a show at every limit
// (1,000 products × 10 options × 100 values and 100,000 moments, bench/pages/limits-show.js, read
// as JSON from its URL) and what a shopper does with it: the load, seeks, the pointer over the
// player and opening the product sheet. Each step reports its longest main-thread task (the probe's
// long-task entries); the target is none over 200 ms.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { limitsShow } from './pages/limits-show.js';
import { firstFrame, withPage } from './scenarios.mjs';
import { cell, stats } from './report.mjs';

/** The URL the page reads the show from. */
export const LIMITS_URL = '/bench/limits-show.json';
/** No task over this (ms): the target. */
export const TASK_TARGET = 200;
const SEEKS = [10, 30, 50, 20, 40];

/** Writes the show document into `dir`; returns the server alias that serves it. */
export function limitsAlias(dir) {
  const file = join(dir, 'limits-show.json');
  const json = JSON.stringify(limitsShow());
  writeFileSync(file, json);
  return { alias: { [LIMITS_URL]: file }, megabytes: json.length / 1e6 };
}

const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
/** The long tasks since the last call: `{ longest, total }` (ms). */
const takeTasks = (page) =>
  page.evaluate(() => {
    const tasks = window.__bench.longTasks.splice(0);
    return { longest: Math.max(0, ...tasks.map((t) => t.duration)), total: tasks.reduce((s, t) => s + t.duration, 0) };
  });
/** The centre of the first element with `part` under the player's shadow root, or null. */
const partCentre = (page, name) =>
  page.evaluate((name) => {
    const el = document.querySelector('shoppable-video')?.shadowRoot?.querySelector(`[part~="${name}"]`);
    const r = el?.getBoundingClientRect();
    return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
  }, name);

/** One run: load, seeks, pointer, sheet. */
export function limitsRun(env, path) {
  return withPage(env, path, async ({ page, framed }) => {
    await firstFrame(page, framed, 60000);
    // The show is in once products are on screen.
    await page.waitForFunction(() => document.querySelector('shoppable-video')?.activeProducts?.length > 0, null, { timeout: 60000, polling: 250 });
    await page.waitForTimeout(1000);
    const load = await takeTasks(page);

    const seekMs = [];
    for (const t of SEEKS) {
      seekMs.push(
        await page.evaluate(async (t) => {
          const el = document.querySelector('shoppable-video');
          const start = performance.now();
          const seeked = new Promise((r) => el.addEventListener('seeked', r, { once: true }));
          el.currentTime = t;
          await seeked;
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          return performance.now() - start;
        }, t),
      );
    }
    const seek = await takeTasks(page);

    // The pointer over the player (the controls show, the bar and its markers draw), 2 s of moves.
    const box = await page.evaluate(() => {
      const r = document.querySelector('shoppable-video').getBoundingClientRect();
      return { x: r.left, y: r.top, width: r.width, height: r.height };
    });
    for (let i = 0; i < 40; i++) {
      await page.mouse.move(box.x + 20 + ((i * 37) % (box.width - 40)), box.y + 20 + ((i * 23) % (box.height - 60)));
      await page.waitForTimeout(50);
    }
    await frames(page);
    const pointer = await takeTasks(page);

    // Open the sheet with a real click on Products; drawn once the list shows its first card.
    const button = await partCentre(page, 'products-button');
    let sheetMs = NaN;
    let nodes = NaN;
    if (button) {
      const start = await page.evaluate(() => performance.now());
      await page.mouse.click(button.x, button.y);
      sheetMs =
        (await page.evaluate(
          () =>
            new Promise((resolve) => {
              const check = () => {
                const list = document.querySelector('shoppable-video').shadowRoot.querySelector('[part~="product-list"]');
                const card = list?.shadowRoot?.querySelector('[part="list-item"] [exportparts]');
                if (card?.shadowRoot?.querySelector('[part~="add-to-cart"]')) {
                  requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
                } else requestAnimationFrame(check);
              };
              check();
            }),
        )) - start;
      nodes = await page.evaluate(() => {
        let n = 0;
        const walk = (root) => {
          for (const e of root.querySelectorAll('*')) {
            n++;
            if (e.shadowRoot) walk(e.shadowRoot);
          }
        };
        walk(document);
        return n;
      });
    }
    const sheet = await takeTasks(page);
    // The floor under the load task: JSON.parse of the document alone, one task the page cannot split.
    const parseMs = await page.evaluate(async (url) => {
      const text = await (await fetch(url)).text();
      const start = performance.now();
      JSON.parse(text);
      return performance.now() - start;
    }, LIMITS_URL);
    return { parseMs, loadTask: load.longest, loadTotal: load.total, seekMs: stats(seekMs).median, seekTask: seek.longest, pointerTask: pointer.longest, sheetMs, sheetTask: sheet.longest, nodes };
  });
}

/** Rows for the runs of {@link limitsRun}. */
export function limitsRows(runs, megabytes) {
  const s = (f) => stats(runs.map((r) => r[f]));
  const task = (f, metric) => {
    const x = s(f);
    return { metric, lib: cell(x), target: `≤ ${TASK_TARGET} ms`, pass: x.n ? x.median <= TASK_TARGET : undefined };
  };
  const shape = `1,000 products × 10 options × 100 values, 100,000 moments, ${megabytes.toFixed(1)} MB`;
  return [
    task('loadTask', `limits (${shape}): load, longest task (ms)`),
    { metric: 'limits: load, long tasks in all (ms)', lib: cell(s('loadTotal')) },
    { metric: 'limits: JSON.parse of the document alone, the floor of the load task (ms)', lib: cell(s('parseMs')) },
    { metric: `limits: seek, to seeked + a frame, median of ${SEEKS.length} (ms)`, lib: cell(s('seekMs')) },
    task('seekTask', 'limits: seeks, longest task (ms)'),
    task('pointerTask', 'limits: pointer over the player 2 s, longest task (ms)'),
    { metric: 'limits: open the product sheet, to its first card drawn (ms)', lib: cell(s('sheetMs')) },
    task('sheetTask', 'limits: open the product sheet, longest task (ms)'),
    { metric: 'limits: nodes in the page with the sheet open', lib: cell(s('nodes')) },
  ];
}
