// Media fault injection for the player's error tests (127.0.0.1 only), under /__faults/:
//   /__faults/404/<anything>          → 404 (a missing manifest, segment or file)
//   /__faults/500/<anything>          → 500
//   /__faults/garbage/<name>.m3u8     → 200 with a body that is not a playlist
//   /__faults/slow/<ms>/<path>        → the file at /<path> after <ms> milliseconds
//   /__faults/count/<key>/<path>      → the file at /<path>, counting requests;
//   /__faults/counts/<key>            → { "count": n } (how many requests /count/<key>/ saw)
// Anything else is passed on.
const counts = new Map();

export default async function mediaFaults(ctx, next) {
  if (!ctx.path.startsWith('/__faults/')) return next();
  const [kind, ...rest] = ctx.path.slice('/__faults/'.length).split('/');
  ctx.set('Cache-Control', 'no-store');
  if (kind === '404' || kind === '500') {
    ctx.status = Number(kind);
    ctx.body = `fault ${kind}`;
    return;
  }
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
  ctx.status = 404;
  ctx.body = 'unknown fault';
}
