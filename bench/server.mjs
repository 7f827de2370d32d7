// The benchmark's static server: the repo root on 127.0.0.1, with the content types a CDN would
// send, gzip for text (so resource timing's transfer sizes are what a real page would pay), byte
// ranges for progressive MP4, and `no-store` so every run fetches everything (no warm cache on
// either side). One virtual path, /bench/engine/hls.js, serves the hls.js build the bare pages use.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.mp4': 'video/mp4',
  '.vtt': 'text/vtt; charset=utf-8',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
};
const GZIP = new Set(['.html', '.js', '.mjs', '.json', '.map', '.css', '.m3u8', '.vtt', '.svg']);

/** `.ts` is TypeScript in src/ but an MPEG-TS segment under demo/media. */
function contentType(path) {
  const ext = extname(path);
  if (ext === '.ts') return path.includes(`${sep}demo${sep}media${sep}`) ? 'video/mp2t' : 'text/plain; charset=utf-8';
  return TYPES[ext] ?? 'application/octet-stream';
}

/**
 * Starts the server. `aliases` maps URL paths to files (the engine chunk), or URL prefixes ending in
 * `/` to directories (another CDN build). Resolves to
 * `{ origin, log, reset(), close() }`.
 */
export async function startServer(root, aliases = {}) {
  const gzCache = new Map();
  const log = [];
  // A round trip added before every response (`setDelay`): the start-up rows' network shapes.
  let delay = 0;
  const send = (req, res, status, headers, body) => {
    log.push({ path: new URL(req.url, 'http://127.0.0.1').pathname, status, bytes: body.length });
    res.writeHead(status, { ...headers, 'Content-Length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  const end = (res, status, headers = {}) => {
    log.push({ path: new URL(res.req.url, 'http://127.0.0.1').pathname, status, bytes: 0 });
    res.writeHead(status, headers);
    res.end();
  };
  const server = createServer(async (req, res) => {
    try {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const url = new URL(req.url, 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      const prefix = Object.keys(aliases).find((p) => p.endsWith('/') && pathname.startsWith(p));
      const base = prefix ? aliases[prefix] : root;
      const rest = prefix ? pathname.slice(prefix.length - 1) : pathname;
      const file = aliases[pathname] ?? normalize(join(base, rest.endsWith('/') ? `${rest}index.html` : rest));
      if (!aliases[pathname] && !file.startsWith(base + sep)) return end(res, 403);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) return end(res, 404);
      const type = contentType(file);
      const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'Accept-Ranges': 'bytes' };
      const ext = extname(file);
      if (GZIP.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}`;
        let body = gzCache.get(key);
        if (!body) gzCache.set(key, (body = gzipSync(await readFile(file), { level: 9 })));
        delete headers['Accept-Ranges'];
        return send(req, res, 200, { ...headers, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' }, body);
      }
      const body = await readFile(file);
      const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
      if (range) {
        const size = body.length;
        const start = range[1] ? Number(range[1]) : size - Number(range[2]);
        const last = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
        if (!(start >= 0 && start <= last)) return end(res, 416, { 'Content-Range': `bytes */${size}` });
        headers['Content-Range'] = `bytes ${start}-${last}/${size}`;
        return send(req, res, 206, headers, body.subarray(start, last + 1));
      }
      return send(req, res, 200, headers, body);
    } catch (error) {
      end(res, 500);
      console.error('bench server:', error);
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    /** Every response since the last reset, errors included: `{ path, status, bytes }` (body bytes sent). */
    get log() {
      return log;
    },
    reset: () => {
      log.length = 0;
    },
    /** Delays every response from now on by `ms` (one added round trip per request). */
    setDelay: (ms) => {
      delay = ms;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(resolve);
      }),
  };
}

