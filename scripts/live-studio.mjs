// `npm run live`: a local live-selling studio. Serves the repo (demo pages, built CDN script, media)
// and the studio routes /__live/<stream>/... on 127.0.0.1, using the same studio module as the
// test runner's middleware (test/servers/live.mjs). A development tool, not an origin.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { nodeHandler } from './live/adapters.mjs';
import { staticHandler } from './live/static.mjs';
import { createStudio } from './live/studio.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const port = Number(process.env.PORT) || 8010;
const host = '127.0.0.1';
const stream = 'show-1';

const studio = nodeHandler(createStudio());
const files = staticHandler(root, `/demo/live/producer.html?stream=${stream}`);

const server = createServer(async (req, res) => {
  try {
    if (!(await studio(req, res))) await files(req, res);
  } catch (error) {
    console.error(error);
    if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('internal error\n');
  }
});

server.on('error', (error) => {
  console.error(`live studio: ${error.message}${error.code === 'EADDRINUSE' ? ` (set PORT to use another port)` : ''}`);
  process.exit(1);
});

server.listen(port, host, () => {
  const base = `http://${host}:${port}`;
  console.log(`Live studio on ${base}`);
  console.log(`  producer: ${base}/demo/live/producer.html?stream=${stream}`);
  console.log(`  viewer:   ${base}/demo/live/viewer.html?stream=${stream}`);
  console.log(`  playlist: ${base}/__live/${stream}/live.m3u8  (replay: ${base}/__live/${stream}/recording.m3u8)`);
  if (!existsSync(new URL('../dist/cdn/shoppable-video.js', import.meta.url))) {
    console.warn('  dist/cdn/shoppable-video.js is missing: run `npm run build` (or `npm run live`) for the viewer.');
  }
});

// Browsers keep connections alive; drop them so that Ctrl-C ends the studio at once.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
