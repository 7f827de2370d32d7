// Two mounts for one studio: a Koa middleware (the test runner's and `npm start`'s dev server) and a
// node:http handler (`npm run live`). Both only translate requests and responses.
import { StudioError } from './pin.mjs';

const MAX_BODY = 16 * 1024;

/** Reads a request body as text, refusing more than 16 KiB. */
export async function readBody(stream) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_BODY) throw new StudioError(413, 'body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const asStudioRequest = (req, url) => ({ method: req.method, url, readBody: () => readBody(req) });

async function respond(studio, req, url) {
  try {
    return await studio.handle(asStudioRequest(req, url));
  } catch (error) {
    if (!(error instanceof StudioError)) throw error;
    const body = `${JSON.stringify({ error: error.message })}\n`;
    return { status: error.status, headers: { 'content-type': 'application/json; charset=utf-8' }, body };
  }
}

/** `(ctx, next) => ...` for Koa: answers /__live/ and passes everything else on. */
export function koaMiddleware(studio) {
  return async (ctx, next) => {
    const res = await respond(studio, ctx.req, new URL(ctx.url, 'http://studio'));
    if (!res) return next();
    ctx.status = res.status;
    ctx.set(res.headers);
    ctx.body = res.body;
  };
}

/** `(req, res) => Promise<boolean>` for node:http: true when the studio answered. */
export function nodeHandler(studio) {
  return async (req, res) => {
    const result = await respond(studio, req, new URL(req.url ?? '/', 'http://studio'));
    if (!result) return false;
    res.writeHead(result.status, { ...result.headers, 'content-length': Buffer.byteLength(result.body) });
    res.end(req.method === 'HEAD' ? undefined : result.body);
    return true;
  };
}
