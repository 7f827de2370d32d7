// Loads the local HTTP servers shared by the tests and the demo: every test/servers/*.mjs
// default-exports a Koa middleware (fault injection, store cart APIs, live studio). Range requests
// (./range.mjs) come first so they wrap every file answer, static or from a test server.
import { readdirSync } from 'node:fs';
import range from './range.mjs';

export async function loadMiddleware() {
  const dir = new URL('../test/servers/', import.meta.url);
  const files = readdirSync(dir).filter((f) => f.endsWith('.mjs')).sort();
  const servers = await Promise.all(files.map(async (f) => (await import(new URL(f, dir).href)).default));
  return [range, ...servers];
}

/**
 * The esbuild plugin compiles every `.ts` path as TypeScript, but HLS media segments are `.ts`
 * (MPEG-TS) too. This wraps the plugin so segments are served untouched, as `video/mp2t`:
 * the committed fixtures (`/demo/media/`) and the live studio's (`/__live/media/`).
 */
export function withMediaSegments(plugin) {
  const isSegment = (ctx) => ctx.path.endsWith('.ts') && /^\/(demo|__live)\/media\//.test(ctx.path);
  const resolveMimeType = plugin.resolveMimeType.bind(plugin);
  const transform = plugin.transform.bind(plugin);
  plugin.resolveMimeType = (ctx) => (isSegment(ctx) ? 'video/mp2t' : resolveMimeType(ctx));
  plugin.transform = (ctx) => (isSegment(ctx) ? undefined : transform(ctx));
  return plugin;
}
