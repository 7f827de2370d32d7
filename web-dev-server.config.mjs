// `npm start`: serves the demo pages and the built library on 127.0.0.1. The library (/dist/) is
// answered from .demo/dist/, the copy `npm start` makes of its build (scripts/demo-snapshot.mjs),
// so the demo keeps serving while `npm test` deletes and rebuilds dist/ in the same clone.
import { existsSync } from 'node:fs';
import { loadMiddleware } from './scripts/servers.mjs';

const middleware = await loadMiddleware();
const snapshot = existsSync(new URL('./.demo/dist/', import.meta.url));
if (!snapshot) console.warn('No .demo/dist/ (run `npm start`): serving dist/ itself, which `npm test` rebuilds.');

export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT) || 8000,
  open: false,
  appIndex: 'demo/index.html',
  nodeResolve: true,
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/') ctx.redirect('/demo/');
      else if (snapshot && ctx.path.startsWith('/dist/')) ctx.path = `/.demo${ctx.path}`;
      return next();
    },
    ...middleware,
  ],
};
