// A CPU profile of one page's start-up, up to its first frame: where the main thread's time goes
// (self time by script and by function), to find what the library runs that the floor does not.
//   node bench/profile-start.mjs [page ...]   (default: lib-autoplay-show bare-fastest; `npm run build` first)
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from './server.mjs';
import { CHROME_FLAGS } from '../scripts/chrome-flags.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['lib-autoplay-show', 'bare-fastest'];
const runs = Number(process.env.RUNS ?? 5);
const server = await startServer(root, { '/bench/engine/hls.js': join(root, 'node_modules/hls.js/dist/hls.min.mjs'), '/dist/cdn/': join(root, 'dist/cdn') });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROME_FLAGS });

// The library's chunks through their source maps: self time by source module.
const maps = new Map();
function original(url, line, column) {
  const path = new URL(url).pathname;
  if (!path.startsWith('/dist/cdn/') || /\/hls-/.test(path)) return undefined;
  if (!maps.has(path)) {
    const file = join(root, path + '.map');
    maps.set(path, existsSync(file) ? new SourceMapConsumer(JSON.parse(readFileSync(file, 'utf8'))) : null);
  }
  const pos = maps.get(path)?.originalPositionFor({ line: line + 1, column });
  return pos?.source ? `${pos.source.replace(/^(\.\.\/)+/, '')}${pos.name ? ` ${pos.name}` : ''}` : undefined;
}

for (const name of pages) {
  const byModule = new Map();
  const byLibFn = new Map();
  const byScript = new Map();
  const byFn = new Map();
  let frames = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // The page profiles itself from its first script to its first frame (probe.js's message), so
    // nothing after the frame is counted.
    await page.addInitScript(() => {
      console.profile('start');
      const debug = console.debug.bind(console);
      console.debug = (...args) => {
        if (args[0] === '__bench:first-frame') console.profileEnd('start');
        debug(...args);
      };
    });
    const finished = new Promise((r) => cdp.on('Profiler.consoleProfileFinished', (e) => r(e.profile)));
    server.reset();
    await page.goto(`${server.origin}/bench/pages/${name}.html`, { waitUntil: 'load' });
    const profile = await finished;
    const ttff = await page.evaluate(() => window.__bench.firstFrame);
    frames.push(ttff);
    // Self time per node, in ms, up to the first frame (samples are in profile time, µs).
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    const start = profile.startTime;
    let t = start;
    profile.samples.forEach((id, k) => {
      t += profile.timeDeltas[k];
      const n = nodes.get(id);
      const dt = (profile.timeDeltas[k + 1] ?? 0) / 1000;
      const f = n.callFrame;
      const script = f.url ? new URL(f.url, server.origin).pathname.replace(/-[\w-]{8}\.js$/, '.js') : `(${f.functionName || 'native'})`;
      byScript.set(script, (byScript.get(script) ?? 0) + dt / runs);
      const fn = `${f.functionName || '(anon)'} ${script}:${f.lineNumber}`;
      const mod = f.url && original(f.url, f.lineNumber, f.columnNumber);
      if (mod) {
        byModule.set(mod.split(' ')[0], (byModule.get(mod.split(' ')[0]) ?? 0) + dt / runs);
        byLibFn.set(`${mod} (${f.functionName})`, (byLibFn.get(`${mod} (${f.functionName})`) ?? 0) + dt / runs);
      }
      byFn.set(fn, (byFn.get(fn) ?? 0) + dt / runs);
    });
    await context.close();
  }
  frames.sort((a, b) => a - b);
  console.log(`\n${name}: first frame median ${frames[frames.length >> 1]?.toFixed(0)} ms (${frames.map((f) => f.toFixed(0)).join(', ')})`);
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [k, v] of top(byScript, 12)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  if (byModule.size) console.log('  library modules:');
  for (const [k, v] of top(byModule, 20)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  if (byLibFn.size) console.log('  library functions:');
  for (const [k, v] of top(byLibFn, 25)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  console.log('  functions:');
  for (const [k, v] of top(byFn, 15)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}
await browser.close();
await server.close?.();
process.exit(0);
