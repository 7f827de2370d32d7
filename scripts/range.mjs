// HTTP Range requests (RFC 9110 §14) for the test and demo servers, as every real media origin
// answers them: the dev server's static files (koa-static) ignore Range, so Chromium cannot seek
// in an MP4 before it has downloaded the whole file. Wraps every other middleware: after they
// answer 200 with a file stream or a buffer, a `Range: bytes=...` request gets 206 with the slice,
// an unsatisfiable one 416, and every full answer says `Accept-Ranges: bytes`. One range only
// (a multi-range request gets the whole file, which the RFC allows); a malformed header is ignored.
import { createReadStream, ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * The byte range `header` asks of a `size`-byte body: `{ start, end }` (inclusive), `'unsatisfiable'`,
 * or undefined when the header is malformed or asks for several ranges (serve the whole body).
 */
export function parseRange(header, size) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1], match[2]];
  if (first === '') {
    // A suffix range: the last `last` bytes.
    const n = Number(last);
    return n === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(first);
  if (start >= size || (last !== '' && Number(last) < start)) return 'unsatisfiable';
  return { start, end: last === '' ? size - 1 : Math.min(Number(last), size - 1) };
}

/** The size of a 200 body we can slice, or undefined (a transformed module, a generated stream). */
async function sizeOf(body) {
  if (Buffer.isBuffer(body)) return body.length;
  if (body instanceof ReadStream && typeof body.path === 'string') return (await stat(body.path)).size;
  return undefined;
}

export default async function range(ctx, next) {
  await next();
  if (ctx.status !== 200 || !['GET', 'HEAD'].includes(ctx.method)) return;
  const size = await sizeOf(ctx.body);
  if (size === undefined) return;
  ctx.set('Accept-Ranges', 'bytes');
  const header = ctx.get('Range');
  // If-Range: a client holding another copy gets the whole file rather than a slice of it. Only a
  // strong ETag can match (RFC 9110 §13.1.5); a date or the dev server's weak ETags never do.
  const ifRange = ctx.get('If-Range');
  const etag = ctx.response.get('ETag');
  if (!header || (ifRange && (ifRange !== etag || etag.startsWith('W/')))) return;
  const wanted = parseRange(header, size);
  if (wanted === undefined) return;
  const body = ctx.body;
  if (wanted === 'unsatisfiable') {
    if (body instanceof ReadStream) body.destroy();
    // The body first: Koa turns the status of an empty body into 204.
    ctx.body = 'range not satisfiable';
    ctx.type = 'text/plain';
    ctx.status = 416;
    ctx.set('Content-Range', `bytes */${size}`);
    return;
  }
  const { start, end } = wanted;
  if (body instanceof ReadStream) {
    body.destroy();
    ctx.body = createReadStream(body.path, { start, end });
  } else {
    ctx.body = body.subarray(start, end + 1);
  }
  ctx.status = 206;
  ctx.length = end - start + 1;
  ctx.set('Content-Range', `bytes ${start}-${end}/${size}`);
}
