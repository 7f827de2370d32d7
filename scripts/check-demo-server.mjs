// Checks the demo server (`npm start`, web-dev-server.config.mjs) as a browser would reach it: on a
// free port, it answers Range requests for a progressive MP4 (206, open and suffix ranges, 416) and
// serves the library under /dist/. The tests cover Range requests on their own server in depth
// (test/servers/range.test.ts); this proves the demo mounts the same middleware. Exits 1 with one
// line per problem.
import { startDevServer } from '@web/dev-server';
import { readFileSync } from 'node:fs';

const { default: config } = await import('../web-dev-server.config.mjs');
const server = await startDevServer({
  config: { ...config, port: 0 },
  readCliArgs: false,
  readFileConfig: false,
  autoExitProcess: false,
  logStartMessage: false,
});
const { port } = server.server.address();
const base = `http://127.0.0.1:${port}`;
const size = readFileSync(new URL('../demo/media/replay.mp4', import.meta.url)).length;
const problems = [];

async function expectRange(range, status, contentRange) {
  const res = await fetch(`${base}/demo/media/replay.mp4`, { headers: range ? { range } : {}, signal: AbortSignal.timeout(10_000) });
  await res.arrayBuffer();
  const got = `${res.status} ${res.headers.get('content-range')}`;
  if (got !== `${status} ${contentRange}`) problems.push(`Range "${range}": got ${got}, want ${status} ${contentRange}`);
}

try {
  await expectRange('', 200, null);
  await expectRange('bytes=0-99', 206, `bytes 0-99/${size}`);
  await expectRange('bytes=100-', 206, `bytes 100-${size - 1}/${size}`);
  await expectRange('bytes=-10', 206, `bytes ${size - 10}-${size - 1}/${size}`);
  await expectRange(`bytes=${size}-`, 416, `bytes */${size}`);
  const lib = await fetch(`${base}/dist/cdn/shoppable-video.js`, { signal: AbortSignal.timeout(10_000) });
  if (lib.status !== 200) problems.push(`/dist/cdn/shoppable-video.js: ${lib.status}`);
  await lib.arrayBuffer();
} catch (cause) {
  problems.push(`no answer: ${cause}`);
} finally {
  // A keep-alive socket can hold stop() open (seen once under load): the answers are in, so a stop
  // that takes longer than a few seconds is not waited for.
  await Promise.race([server.stop(), new Promise((r) => setTimeout(r, 5000).unref())]);
}
for (const p of problems) console.error(`demo server: ${p}`);
if (problems.length) process.exit(1);
console.log('demo server: Range requests and /dist/ answered');
process.exit(0);
