// Media fault injection for the player's error and reliability tests (127.0.0.1 only), under /__faults/:
//   /__faults/404/<anything>          → 404 (a missing manifest, segment or file)
//   /__faults/500/<anything>          → 500
//   /__faults/garbage/<name>.m3u8     → 200 with a body that is not a playlist
//   /__faults/slow/<ms>/<path>        → the file at /<path> after <ms> milliseconds
//   /__faults/count/<key>/<path>      → the file at /<path>, counting requests;
//   /__faults/counts/<key>            → { "count": n } (how many requests /count/<key>/ saw)
//   /__faults/timeout/<anything>      → never answers (the socket closes after 20 s, or when the client gives up)
//   /__faults/truncated/<bytes>/<path> → the first <bytes> bytes of the file at /<path>
//   /__faults/mime/<path>             → the file at /<path>, playlists as text/html and segments as text/plain
//   /__faults/broken/<key>/<path>     → 500 until /__faults/toggle/<key>, then the file at /<path>
//   /__faults/seg/<key>/<file>/<n>/<path> → the files under /<path> (relative URIs in a playlist keep the
//                                       prefix); requests for the file named <file> get 500 the first <n>
//                                       times (`always`: every time, until /__faults/toggle/<key>;
//                                       `slow<ms>`: answers it after <ms> milliseconds, at most 10 s)
//   /__faults/toggle/<key>            → heals <key> (broken and seg routes work from then on): { "healed": true }
//   /__faults/corrupt/<key>/<file>/<n>/<path> → the files under /<path>; the TS segment named <file>, the
//                                       first <n> times (`always`: every time), keeps its first packets and
//                                       every PES header, and the rest of its payload is scrambled
//   /__faults/daterange/<id>/<path>   → the files under /<path>; each media playlist gets two product pins
//                                       before its first segment: ID="<id>" (X-PRODUCT-ID="pin-bad", 0–20 s)
//                                       and ID="pin-ok" (X-PRODUCT-ID="pin-ok", 0–20 s)
//   /__faults/hold/<file>/<path>      → the files under /<path>; the one named <file> sends half its bytes,
//                                       then holds the connection open (a segment stalled mid-transfer)
// Files are read from the repository root (never outside it). Keys are per test, so state never leaks.
// Anything else is passed on.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const HANG_MS = 20_000;
const TYPES = { '.m3u8': 'application/vnd.apple.mpegurl', '.ts': 'video/mp2t', '.mp4': 'video/mp4', '.vtt': 'text/vtt' };
const counts = new Map();
const healed = new Set();

/** The bytes of a repository file, or undefined when it is missing or outside the root. */
async function file(parts) {
  const path = resolve(ROOT, parts.join('/'));
  if (!path.startsWith(ROOT.endsWith(sep) ? ROOT : ROOT + sep)) return undefined;
  try {
    return await readFile(path);
  } catch {
    return undefined;
  }
}

async function serve(ctx, parts, type) {
  const body = await file(parts);
  if (!body) {
    ctx.status = 404;
    ctx.body = 'no such file';
    return;
  }
  ctx.type = type ?? TYPES[extname(parts.at(-1) ?? '')] ?? 'application/octet-stream';
  ctx.body = body;
}

function fail(ctx, status = 500) {
  ctx.status = status;
  ctx.body = `fault ${status}`;
}

/** Holds the request open until the client leaves or HANG_MS passes (then 504), so nothing outlives a test run. */
function hang(ctx) {
  return new Promise((done) => {
    const timer = setTimeout(done, HANG_MS);
    ctx.req.once('close', () => {
      clearTimeout(timer);
      done();
    });
  }).then(() => fail(ctx, 504));
}

export default async function mediaFaults(ctx, next) {
  if (!ctx.path.startsWith('/__faults/')) return next();
  await fault(ctx, next);
  if (ctx.respond === false) return; // a held response wrote its own headers
  ctx.set('Cache-Control', 'no-store');
  // The test runner marks every response whose path has an extension as cacheable for a year, after
  // this middleware returns: a path without one keeps the browser from replaying a fault (or a heal).
  ctx.path = '/__faults/no-store';
}

async function fault(ctx, next) {
  const [kind, ...rest] = ctx.path.slice('/__faults/'.length).split('/');
  if (kind === '404' || kind === '500') return fail(ctx, Number(kind));
  if (kind === 'garbage') {
    ctx.type = 'application/vnd.apple.mpegurl';
    ctx.body = 'this is not a playlist\n';
    return;
  }
  if (kind === 'slow') {
    const [ms, ...path] = rest;
    await new Promise((r) => setTimeout(r, Math.min(Number(ms) || 0, 10_000)));
    ctx.path = `/${path.join('/')}`;
    return next();
  }
  if (kind === 'count') {
    const [key, ...path] = rest;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ctx.path = `/${path.join('/')}`;
    return next();
  }
  if (kind === 'counts') {
    ctx.body = { count: counts.get(rest[0]) ?? 0 };
    return;
  }
  if (kind === 'timeout') return hang(ctx);
  if (kind === 'truncated') {
    const [bytes, ...path] = rest;
    const body = await file(path);
    if (!body) return fail(ctx, 404);
    ctx.type = TYPES['.m3u8'];
    ctx.body = body.subarray(0, Number(bytes) || 0);
    return;
  }
  if (kind === 'mime') {
    const ext = extname(rest.at(-1) ?? '');
    return serve(ctx, rest, ext === '.m3u8' ? 'text/html' : 'text/plain');
  }
  if (kind === 'broken') {
    const [key, ...path] = rest;
    if (!healed.has(key)) return fail(ctx);
    return serve(ctx, path);
  }
  if (kind === 'seg') {
    const [key, name, n, ...path] = rest;
    if (path.at(-1) === name && n.startsWith('slow')) {
      await new Promise((r) => setTimeout(r, Math.min(Number(n.slice(4)) || 0, 10_000)));
    } else if (path.at(-1) === name && !healed.has(key)) {
      const seen = (counts.get(`seg:${key}`) ?? 0) + 1;
      counts.set(`seg:${key}`, seen);
      counts.set(key, seen);
      if (n === 'always' || seen <= Number(n)) return fail(ctx);
    }
    return serve(ctx, path);
  }
  if (kind === 'corrupt') {
    const [key, name, n, ...path] = rest;
    if (path.at(-1) !== name) return serve(ctx, path);
    const seen = (counts.get(key) ?? 0) + 1;
    counts.set(key, seen);
    if (n !== 'always' && seen > Number(n)) return serve(ctx, path);
    const body = await file(path);
    if (!body) return fail(ctx, 404);
    const bytes = Buffer.from(body);
    // 188-byte TS packets: past the first 20 (PAT, PMT, the first frame), the payload of every
    // packet that does not start a PES packet is flipped. The PES headers stay whole, so hls.js
    // demuxes and appends the segment, and the decoder chokes on what it holds.
    for (let at = 188 * 20; at + 188 <= bytes.length; at += 188) {
      if (bytes[at] !== 0x47 || bytes[at + 1] & 0x40) continue;
      const control = (bytes[at + 3] >> 4) & 3;
      if (!(control & 1)) continue;
      const start = at + 4 + (control === 3 ? 1 + bytes[at + 4] : 0);
      for (let i = start; i < at + 188; i++) bytes[i] ^= 0x5a;
    }
    ctx.type = TYPES['.ts'];
    ctx.body = bytes;
    return;
  }
  if (kind === 'daterange') {
    const [id, ...path] = rest;
    if (extname(path.at(-1) ?? '') !== '.m3u8') return serve(ctx, path);
    const body = await file(path);
    if (!body) return fail(ctx, 404);
    let text = body.toString('utf8');
    const first = text.indexOf('#EXTINF');
    if (first >= 0) {
      const pin = (pinId, product) =>
        `#EXT-X-DATERANGE:ID="${pinId}",CLASS="com.shoppable.product",START-DATE="2026-03-01T02:00:00.000Z",DURATION=20,X-PRODUCT-ID="${product}"\n`;
      text = text.slice(0, first) + pin(decodeURIComponent(id), 'pin-bad') + pin('pin-ok', 'pin-ok') + text.slice(first);
    }
    ctx.type = TYPES['.m3u8'];
    ctx.body = text;
    return;
  }
  if (kind === 'hold') {
    const [name, ...path] = rest;
    if (path.at(-1) !== name) return serve(ctx, path);
    const body = await file(path);
    if (!body) return fail(ctx, 404);
    ctx.respond = false;
    const res = ctx.res;
    res.writeHead(200, { 'Content-Type': TYPES['.ts'], 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.write(body.subarray(0, body.length >> 1));
    const timer = setTimeout(() => res.destroy(), HANG_MS);
    ctx.req.once('close', () => clearTimeout(timer));
    return;
  }
  if (kind === 'toggle') {
    healed.add(rest[0]);
    ctx.body = { healed: true };
    return;
  }
  ctx.status = 404;
  ctx.body = 'unknown fault';
}
