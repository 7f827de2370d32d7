// `npm start` and `npm run serve` serve the demo from a copy of the build, .demo/dist/, which the
// demo server answers for /dist/ (web-dev-server.config.mjs): `npm test` (or `npm run build`) in
// the same clone deletes and rewrites dist/, and the demo must keep serving meanwhile. The copy
// replaces the previous one in one rename, so a page never sees half of it. `npm start` again (or
// `npm run serve`) picks up a new build.
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const dir = new URL('.demo/', root);
if (!existsSync(new URL('cdn/shoppable-video.js', dist))) {
  console.error('dist/ has no build: run `npm run build` first (`npm start` does).');
  process.exit(1);
}
mkdirSync(dir, { recursive: true });
const next = new URL(`dist-${process.pid}/`, dir);
cpSync(dist, next, { recursive: true });
const old = new URL(`old-${process.pid}/`, dir);
if (existsSync(new URL('dist/', dir))) renameSync(new URL('dist/', dir), old);
renameSync(next, new URL('dist/', dir));
rmSync(old, { recursive: true, force: true });
console.log('The demo serves .demo/dist/, a copy of this build: `npm test` can rebuild dist/ meanwhile.');
