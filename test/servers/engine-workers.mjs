// The tests run the library from src/, where the transmuxing workers that `npm run build` writes
// to dist/engine/ do not exist: GET /src/engine/hls-worker-<build>.js serves the built one.
import { readFile } from 'node:fs/promises';

const ROUTE = /^\/src\/engine\/(hls-worker-[a-z]+\.js)$/;
const DIST = new URL('../../dist/engine/', import.meta.url);

export default async function engineWorkers(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match) return next();
  try {
    ctx.body = await readFile(new URL(match[1], DIST));
    ctx.type = 'js';
  } catch {
    ctx.status = 404;
  }
}
