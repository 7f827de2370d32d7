// A small static file server for `npm run live` (no dependencies): GET/HEAD under a root folder,
// with the content types HLS players insist on and byte ranges for progressive video.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { parseRange } from '../range.mjs';

export const CONTENT_TYPES = {
  '.m3u8': 'application/vnd.apple.mpegurl',
  '.ts': 'video/mp2t',
  '.mp4': 'video/mp4',
  '.m4s': 'video/iso.segment',
  '.vtt': 'text/vtt; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

/** `(req, res) => Promise<void>` serving files under `root`; `/` redirects to `index`. */
export function staticHandler(root, index) {
  const base = normalize(root.endsWith(sep) ? root : root + sep);
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
    const { pathname } = new URL(req.url ?? '/', 'http://studio');
    if (pathname === '/' && index) {
      res.writeHead(302, { location: index });
      return res.end();
    }
    let path;
    try {
      path = normalize(join(base, decodeURIComponent(pathname)));
    } catch {
      return send(res, 400, 'bad path');
    }
    // Stay inside the root, and keep dot folders (.git) private.
    if (!path.startsWith(base) || path.slice(base.length).split(sep).some((p) => p.startsWith('.'))) {
      return send(res, 404, 'not found');
    }
    let info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      path = join(path, 'index.html');
      info = await stat(path).catch(() => undefined);
    }
    if (!info?.isFile()) return send(res, 404, 'not found');
    const headers = {
      'content-type': CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'accept-ranges': 'bytes',
    };
    const range = parseRange(req.headers.range ?? '', info.size);
    let start = 0;
    let end = info.size - 1;
    let status = 200;
    if (range === 'unsatisfiable') {
      res.writeHead(416, { 'content-range': `bytes */${info.size}` });
      return res.end();
    }
    if (range) {
      ({ start, end } = range);
      status = 206;
      headers['content-range'] = `bytes ${start}-${end}/${info.size}`;
    }
    headers['content-length'] = info.size === 0 ? 0 : end - start + 1;
    res.writeHead(status, headers);
    if (req.method === 'HEAD' || info.size === 0) return res.end();
    createReadStream(path, { start, end }).on('error', () => res.destroy()).pipe(res);
  };
}
