// Records a short live show with the studio itself (createStudio, on a clock this script sets) and
// writes its recording to test/fixtures/live/recording.m3u8, for the live-pin import's round trip
// (test/core/import/live-pins.test.ts). The pins go in as the producer page sends them, through the
// studio's own routes, so the tags are exactly what a real session writes.
//
//   node scripts/live/record-fixture.mjs
//
// The schedule below is the test's table: change both together.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createStudio } from './studio.mjs';

const START = Date.parse('2026-03-01T02:00:00.000Z');
const LENGTH_MS = 40_000;
const SCHEDULE = [
  { atMs: 2_500, pin: { productId: 'carousel-music-box', x: 0.72, y: 0.35 } },
  { atMs: 9_750, pin: { productId: 'paper-lantern', duration: 8 } },
  { atMs: 12_000, pin: { productId: 'silk-fan', endOnNext: true } },
  { atMs: 20_000, pin: { productId: 'carousel-music-box', action: 'flash-sale', ends: '2026-03-01T02:10:00.000Z' } },
  { atMs: 26_500, pin: { productId: 'oolong-tea-tin', action: 'sold-out', duration: 5 } },
  { atMs: 31_250, pin: { productId: 'silk-fan' } },
];

let clock = START;
const studio = createStudio({ now: () => clock });
async function call(method, path, body) {
  const url = new URL(path, 'http://127.0.0.1');
  const response = await studio.handle({ method, url, readBody: async () => (body ? JSON.stringify(body) : '') });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${response.body}`);
  return response.body;
}

await call('POST', '/__live/show/start?elapsed=0');
for (const { atMs, pin } of SCHEDULE) {
  clock = START + atMs;
  await call('POST', '/__live/show/pin', pin);
}
clock = START + LENGTH_MS;
await call('POST', '/__live/show/end');
const playlist = await call('GET', '/__live/show/recording.m3u8');
const out = new URL('../../test/fixtures/live/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('recording.m3u8', out), playlist);
console.log(`wrote test/fixtures/live/recording.m3u8 (${playlist.split('\n').length} lines)`);
