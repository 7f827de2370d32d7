// `npm start`: serves the demo pages and the built library on 127.0.0.1.
import { loadMiddleware } from './scripts/servers.mjs';

const middleware = await loadMiddleware();

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
      return next();
    },
    ...middleware,
  ],
};
