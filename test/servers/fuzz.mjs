// The fuzz suite's server (127.0.0.1 only), under /__fuzz/:
//   /__fuzz/config                      → { "seed": n | null, "scale": n | null }: FUZZ_SEED and FUZZ_RUNS
//                                          from the runner's environment (a longer campaign on demand;
//                                          see CONTRIBUTING.md); null when unset
//   PUT /__fuzz/m3u8/<key>/<name>       → keeps the request body (a generated playlist, at most 1 MB) as <key>
//   GET /__fuzz/m3u8/<key>/<name>       → that playlist, as HLS (its segment URIs should be absolute)
//   GET /__fuzz/pins/<n>/video.m3u8     → a VOD playlist of n dated 2 s segments (the demo replay's 30,
//                                          over and over) with one product pin (kite, ID pin-<i>) each:
//                                          in-band pins at scale (up to 50,000; ~8 MB at 20,000)
// Anything else is passed on.

/** Generated playlists by key (a test makes a fresh key per case); the oldest go past 200. */
const playlists = new Map();

const number = (value) => (value && Number.isFinite(Number(value)) && Number(value) > 0 ? Number(value) : null);

export default async function fuzz(ctx, next) {
  if (!ctx.path.startsWith('/__fuzz/')) return next();
  const [kind, payload] = ctx.path.slice('/__fuzz/'.length).split('/');
  ctx.set('Cache-Control', 'no-store');
  if (kind === 'config') {
    ctx.body = { seed: number(process.env.FUZZ_SEED), scale: number(process.env.FUZZ_RUNS) };
  } else if (kind === 'm3u8' && payload && ctx.method === 'PUT') {
    const chunks = [];
    let size = 0;
    for await (const chunk of ctx.req) {
      size += chunk.length;
      if (size > 1 << 20) break;
      chunks.push(chunk);
    }
    playlists.set(payload, Buffer.concat(chunks).toString('utf8'));
    if (playlists.size > 200) playlists.delete(playlists.keys().next().value);
    ctx.body = { kept: payload };
  } else if (kind === 'pins' && number(payload) && number(payload) <= 50_000) {
    ctx.type = 'application/vnd.apple.mpegurl';
    ctx.body = pinsPlaylist(number(payload));
  } else if (kind === 'm3u8' && playlists.has(payload)) {
    ctx.type = 'application/vnd.apple.mpegurl';
    ctx.body = playlists.get(payload);
  } else {
    ctx.status = 404;
    ctx.body = 'unknown fuzz route';
  }
  // The runner marks a response whose path has an extension as cacheable for a year once this
  // returns: a path without one keeps every generated playlist fetched afresh.
  ctx.path = '/__fuzz/no-store';
}

/** `count` dated segments, each after one pin of the kite (see the route above). */
function pinsPlaylist(count) {
  const start = Date.parse('2026-03-01T02:00:00.000Z');
  const out = ['#EXTM3U', '#EXT-X-VERSION:6', '#EXT-X-TARGETDURATION:2', '#EXT-X-MEDIA-SEQUENCE:0', '#EXT-X-PLAYLIST-TYPE:VOD'];
  for (let i = 0; i < count; i++) {
    const at = new Date(start + i * 2000).toISOString();
    out.push(`#EXT-X-DATERANGE:ID="pin-${i}",CLASS="com.shoppable.product",START-DATE="${at}",X-PRODUCT-ID="kite"`);
    out.push(`#EXT-X-PROGRAM-DATE-TIME:${at}`, '#EXTINF:2.000000,', `/demo/media/replay/seg${String(i % 30).padStart(3, '0')}.ts`);
  }
  out.push('#EXT-X-ENDLIST');
  return `${out.join('\n')}\n`;
}
