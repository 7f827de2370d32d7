// Redirects for the show fetch's tests (127.0.0.1 only):
//   /__redirect/<path>  → 302 to /<path> (a show document moved elsewhere: its relative URLs must
//                         resolve against where it finally came from, not against this URL)
// Anything else is passed on.
export default function showRedirect(ctx, next) {
  if (!ctx.path.startsWith('/__redirect/')) return next();
  ctx.status = 302;
  ctx.redirect(`/${ctx.path.slice('/__redirect/'.length)}`);
}
