// The studio's "camera": the committed replay's segments, read once from its media playlist and
// looped. Durations are kept in whole milliseconds so that clock arithmetic stays exact.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the studio serves its segments. The dev server's esbuild plugin would compile a `.ts`
 * segment served from /demo/media/ as TypeScript (and fail), so the studio serves them itself. */
export const MEDIA_PREFIX = '/__live/media/';

/**
 * Reads a media playlist on disk into `{ segments: [{ name, uri, path, durationMs }], loopMs,
 * targetDuration, read(name) }`; `read` gives a segment's bytes (cached: the set is fixed and small).
 */
export function loadLoop(playlistPath = fileURLToPath(new URL('../../demo/media/replay/video.m3u8', import.meta.url))) {
  const segments = [];
  let durationMs;
  for (const raw of readFileSync(playlistPath, 'utf8').split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('#EXTINF:')) durationMs = Math.round(Number.parseFloat(line.slice(8)) * 1000);
    else if (line && !line.startsWith('#') && durationMs > 0) {
      const name = basename(line);
      segments.push({ name, uri: `${MEDIA_PREFIX}${encodeURIComponent(name)}`, path: join(dirname(playlistPath), line), durationMs });
      durationMs = undefined;
    }
  }
  if (!segments.length) throw new Error(`live studio: no segments in ${playlistPath}`);
  const loopMs = segments.reduce((sum, s) => sum + s.durationMs, 0);
  const targetDuration = Math.ceil(Math.max(...segments.map((s) => s.durationMs)) / 1000);
  const byName = new Map(segments.map((s) => [s.name, s]));
  const cache = new Map();
  const read = (name) => {
    const segment = byName.get(name);
    if (!segment) return undefined;
    if (!cache.has(name)) cache.set(name, readFile(segment.path).catch((error) => (cache.delete(name), Promise.reject(error))));
    return cache.get(name);
  };
  return { segments, loopMs, targetDuration, read };
}
