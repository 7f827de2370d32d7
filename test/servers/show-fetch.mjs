// Routes for the show fetch's tests (127.0.0.1 only):
//   /__redirect/<path>            → 302 to /<path> (a show document moved elsewhere: its relative URLs
//                                   must resolve against where it finally came from, not this URL)
//   /__show-count/<key>/<path>    → counts the request, then 302 to /<path> (so the document's own
//                                   relative URLs, its media and poster, are not counted)
//   /__show-counts/<key>          → { "count": n }
// Keys are per test, so state never leaks. Anything else is passed on.
const counts = new Map();

export default function showFetch(ctx, next) {
  const [, route, ...rest] = ctx.path.split('/');
  if (!['__redirect', '__show-count', '__show-counts'].includes(route)) return next();
  // The browser would otherwise keep a redirect, and a second request would never reach the count.
  ctx.set('Cache-Control', 'no-store');
  if (route === '__redirect') return ctx.redirect(`/${rest.join('/')}`);
  if (route === '__show-count') {
    const [key, ...path] = rest;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    return ctx.redirect(`/${path.join('/')}`);
  }
  if (route === '__show-counts') {
    ctx.body = { count: counts.get(rest[0]) ?? 0 };
  }
}
