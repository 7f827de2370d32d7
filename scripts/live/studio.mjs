// The live studio's routes, independent of any server framework: `handle(request)` takes
// `{ method, url: URL, readBody(): Promise<string> }` and resolves to `{ status, headers, body }`, or
// to `undefined` for paths outside /__live/ (see adapters.mjs for the Koa and node:http mounts).
// /__live/media/<segment> serves the looped segments, so "media" is not a stream id.
import { MEDIA_PREFIX, loadLoop } from './media.mjs';
import { StudioError, readPinRequest } from './pin.mjs';
import { DEFAULTS, LiveStream } from './stream.mjs';

export const PREFIX = '/__live/';
const STREAM_ID = /^[A-Za-z0-9_-]{1,64}$/;
const HLS = 'application/vnd.apple.mpegurl';
const JSON_TYPE = 'application/json; charset=utf-8';
const SEGMENT_TYPE = 'video/mp2t';

// `vary: *` too: the test runner's dev server rewrites cache-control on every path with an extension
// to a year's max-age, and a cached live.m3u8 would never slide; no cache reuses a `vary: *` response.
const reply = (status, type, body) => ({ status, headers: { 'content-type': type, 'cache-control': 'no-store', vary: '*' }, body });
const json = (status, value) => reply(status, JSON_TYPE, `${JSON.stringify(value, null, 2)}\n`);

function intOption(params, name, min, max, fallback) {
  const raw = params.get(name);
  if (raw === null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new StudioError(400, `${name} must be an integer in ${min}..${max}`);
  return n;
}

async function readJson(request) {
  const text = await request.readBody();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new StudioError(400, 'body is not JSON');
  }
}

/**
 * Creates a studio: streams live in memory, at most `maxStreams` (the oldest is evicted).
 * `now` is injectable for tests; `media` defaults to the committed replay.
 */
export function createStudio({ media = loadLoop(), maxStreams = 50, now = () => Date.now() } = {}) {
  const streams = new Map();

  const create = (id, params) => {
    const options = {
      window: intOption(params, 'window', 1, 100, DEFAULTS.window),
      elapsed: intOption(params, 'elapsed', 0, 100_000, DEFAULTS.elapsed),
      now: now(),
    };
    streams.delete(id);
    while (streams.size >= maxStreams) streams.delete(streams.keys().next().value);
    const stream = new LiveStream(id, media, options);
    streams.set(id, stream);
    return stream;
  };

  const find = (id) => {
    const stream = streams.get(id);
    if (!stream) throw new StudioError(404, `no stream "${id}"`);
    return stream;
  };

  async function serveSegment(method, name) {
    if (method !== 'GET' && method !== 'HEAD') return json(405, { error: 'GET only' });
    let decoded;
    try {
      decoded = decodeURIComponent(name);
    } catch {
      decoded = '';
    }
    const bytes = await media.read(decoded);
    if (!bytes) return json(404, { error: 'no such segment' });
    return { status: 200, headers: { 'content-type': SEGMENT_TYPE, 'cache-control': 'max-age=3600' }, body: bytes };
  }

  async function route(method, id, action, params, request) {
    const key = `${method} ${action}`;
    switch (key) {
      case 'GET live.m3u8':
        return reply(200, HLS, (streams.get(id) ?? create(id, params)).livePlaylist(now()));
      case 'GET recording.m3u8':
        return reply(200, HLS, find(id).recordingPlaylist(now()));
      case 'GET pins':
      case 'GET ':
        return json(200, find(id).state(now()));
      case 'POST start':
        return json(201, create(id, params).state(now()));
      case 'POST pin':
        return json(201, find(id).addPin(readPinRequest(await readJson(request)), now()));
      case 'POST end':
        find(id).end(now());
        return json(200, find(id).state(now()));
      case 'POST stall':
        find(id).stall(now());
        return json(200, find(id).state(now()));
      case 'POST resume':
        find(id).resume();
        return json(200, find(id).state(now()));
      case 'DELETE ':
        find(id);
        streams.delete(id);
        return json(200, { id, deleted: true });
      default:
        return json(404, { error: `no route ${method} ${PREFIX}${id}/${action}` });
    }
  }

  async function handle(request) {
    const { pathname, searchParams } = request.url;
    if (!pathname.startsWith(PREFIX)) return undefined;
    const [id = '', action = '', ...rest] = pathname.slice(PREFIX.length).split('/');
    try {
      if (pathname.startsWith(MEDIA_PREFIX)) return await serveSegment(request.method, pathname.slice(MEDIA_PREFIX.length));
      if (!id && request.method === 'GET') return json(200, { streams: [...streams.keys()] });
      if (!STREAM_ID.test(id) || rest.length) throw new StudioError(404, 'stream ids are 1-64 of A-Z a-z 0-9 _ -');
      return await route(request.method, id, action, searchParams, request);
    } catch (error) {
      if (error instanceof StudioError) return json(error.status, { error: error.message });
      throw error;
    }
  }

  return { handle, streams };
}
