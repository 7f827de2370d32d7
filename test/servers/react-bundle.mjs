// React 19 ships CommonJS only, which the dev server cannot serve as an ES module. This middleware
// bundles `react`, `react-dom` and `react-dom/client` once (on the first request, with esbuild, in
// production mode) into one ES module at /__react/react.js, so every page shares one React copy.
// It also answers the paths the dev server's node-resolve rewrites bare `react` imports to
// (/node_modules/react/index.js, ...) with small ES modules re-exporting that bundle: the library's
// `src/react.ts` / `dist/react.js` and the tests then import 'react' as a bundler user would.
import { build } from 'esbuild';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const BUNDLE = '/__react/react.js';

// Each shimmed module: which namespace of the bundle it re-exports.
const modules = {
  react: 'React',
  'react/jsx-runtime': 'JsxRuntime',
  'react-dom': 'ReactDOM',
  'react-dom/client': 'ReactDOMClient',
};

let bundle;
function bundleOnce() {
  bundle ??= build({
    stdin: {
      contents: Object.entries(modules)
        .map(([id, name]) => `import * as ${name} from '${id}'; export { ${name} };`)
        .join('\n'),
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    minify: true,
    target: 'es2021',
    define: { 'process.env.NODE_ENV': '"production"' },
  }).then((result) => result.outputFiles[0].text);
  return bundle;
}

/**
 * An ES module re-exporting one CommonJS module's namespace from the bundle, name by name. The
 * names are read in a child Node process: requiring React here would print through (and trip on)
 * the test runner's wrapped console.
 */
async function shim(id) {
  const name = modules[id];
  const script = `process.stdout.write(JSON.stringify(Object.keys(require(${JSON.stringify(id)}))))`;
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script], {
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const keys = JSON.parse(stdout).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
  return [
    `import { ${name} } from '${BUNDLE}';`,
    `export default ${name};`,
    keys.length ? `export const { ${keys.join(', ')} } = ${name};` : '',
  ].join('\n');
}

// The paths node-resolve produces for each id, from the packages' `exports` maps.
const shimPaths = new Map(
  Object.keys(modules).map((id) => {
    const file = require.resolve(id).slice(process.cwd().length).replaceAll('\\', '/');
    return [file, id];
  }),
);

const shims = new Map();

export default async function reactBundle(ctx, next) {
  if (ctx.path === BUNDLE) {
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = await bundleOnce();
    return;
  }
  const id = shimPaths.get(ctx.path);
  if (id) {
    if (!shims.has(id)) shims.set(id, shim(id));
    ctx.type = 'text/javascript';
    ctx.set('Cache-Control', 'no-cache');
    ctx.body = await shims.get(id);
    return;
  }
  await next();
}
