// Loads the local HTTP servers shared by the tests and the demo: every test/servers/*.mjs
// default-exports a Koa middleware (fault injection, store cart APIs, live studio).
import { readdirSync } from 'node:fs';

export async function loadMiddleware() {
  const dir = new URL('../test/servers/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  return Promise.all(files.map(async (f) => (await import(new URL(f, dir).href)).default));
}
