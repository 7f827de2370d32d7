#!/usr/bin/env node
// `npx shoppable-video studio [--port 5178] [--dir .]`: serves the show studio on 127.0.0.1 (only
// this machine can reach it), with the package's built files under /dist/ and the files of `--dir`
// (default: the current folder) under /files/, so a replay on disk opens by URL, offline.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.map': 'application/json; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.m3u8': 'application/vnd.apple.mpegurl', '.ts': 'video/mp2t', '.m4s': 'video/iso.segment', '.mp4': 'video/mp4',
  '.mov': 'video/quicktime', '.vtt': 'text/vtt; charset=utf-8', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg',
  '.png': 'image/png', '.webp': 'image/webp', '.svg': 'image/svg+xml', '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8', '.xml': 'application/xml; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Show studio · shoppable-video</title>
<link rel="icon" href="data:,">
<style>html, body { margin: 0; } shoppable-studio { min-height: 100vh; }</style>
<script type="module" src="/dist/cdn/studio.js"></script>
</head>
<body><shoppable-studio></shoppable-studio></body>
</html>
`;

function usage(code) {
  console.log('Usage: npx shoppable-video studio [--port <number>] [--dir <folder>]');
  process.exit(code);
}

function parse(argv) {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') usage(0);
  if (command !== 'studio') usage(1);
  const options = { port: 5178, dir: process.cwd() };
  for (let i = 0; i < rest.length; i += 2) {
    if (rest[i] === '--port' && /^\d+$/.test(rest[i + 1] ?? '')) options.port = Number(rest[i + 1]);
    else if (rest[i] === '--dir' && rest[i + 1]) options.dir = resolve(rest[i + 1]);
    else usage(1);
  }
  return options;
}

/** The file under `root` that `path` names, or undefined when it leaves `root` or is not a file. */
function fileIn(root, path) {
  let decoded;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  const file = resolve(join(root, decoded));
  if (file !== root && !file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function serve(res, file) {
  res.writeHead(200, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
  createReadStream(file).pipe(res);
}

const options = parse(process.argv.slice(2));
const dist = join(PACKAGE, 'dist');
if (!fileIn(dist, 'cdn/studio.js')) {
  console.error(`The studio is not built: ${join(dist, 'cdn', 'studio.js')} is missing (in the repository, run npm run build).`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405).end();
    return;
  }
  if (path === '/' || path === '/index.html') {
    res.writeHead(200, { 'content-type': TYPES['.html'], 'cache-control': 'no-cache' }).end(PAGE);
    return;
  }
  const [root, rest] = path.startsWith('/dist/') ? [dist, path.slice(6)] : path.startsWith('/files/') ? [options.dir, path.slice(7)] : [];
  const file = root && fileIn(root, rest);
  if (file) serve(res, file);
  else res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.on('error', (error) => {
  if (error.code === 'EADDRINUSE') {
    console.error(`Port ${options.port} is in use; try --port ${options.port + 1}.`);
    process.exit(1);
  }
  throw error;
});
server.listen(options.port, '127.0.0.1', () => {
  const { port } = server.address();
  console.log(`Show studio: http://127.0.0.1:${port}/`);
  console.log(`Files of ${options.dir} are at http://127.0.0.1:${port}/files/ (open a replay there by URL).`);
  console.log('Press Ctrl+C to stop.');
});
