// Serves test pages under the strict Content Security Policy of docs/csp.md, for
// test/csp/csp.test.ts: GET /__csp/<name>.html is a page that loads /test/csp/<name>.ts as a module,
// with the policy in a response header (so inline scripts and styles are refused, as on a real site);
// /__csp/tt/<name>.html adds Trusted Types.
export const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
].join('; ');

/**
 * The same policy enforcing Trusted Types, with the line docs/csp.md documents for it:
 * GET /__csp/tt/<name>.html.
 */
export const TRUSTED_TYPES = "require-trusted-types-for 'script'; trusted-types lit-html shoppable-video 'allow-duplicates'";

const ROUTE = /^\/__csp\/(tt\/)?([a-z-]+)\.html$/;

export default async function csp(ctx, next) {
  const match = ROUTE.exec(ctx.path);
  if (!match) return next();
  ctx.set('Content-Security-Policy', match[1] ? `${POLICY}; ${TRUSTED_TYPES}` : POLICY);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'html';
  ctx.body = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>CSP: ${match[2]}</title></head>
<body>
<script type="module" src="/test/csp/${match[2]}.ts"></script>
</body>
</html>`;
}
