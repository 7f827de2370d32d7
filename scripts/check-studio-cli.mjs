// `npm run check:studio`, after a build: `npx shoppable-video studio` starts, answers on 127.0.0.1
// with the studio's page, its script and the folder's files, refuses paths that leave the folder,
// and stops on SIGTERM. Exits 1 with one line per problem.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = 5300 + Math.floor(Math.random() * 600);
const problems = [];
const child = spawn(process.execPath, ['bin/shoppable-video.mjs', 'studio', '--port', String(port), '--dir', 'demo'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });

const ready = new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += chunk;
    if (out.includes(`http://127.0.0.1:${port}/`)) resolve();
  });
  child.on('exit', (code) => reject(new Error(`exited with ${code} before listening`)));
  setTimeout(() => reject(new Error('did not print its address within 10 s')), 10_000);
});

async function expectStatus(path, status, type) {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer();
  if (response.status !== status) problems.push(`${path}: ${response.status}, expected ${status}`);
  else if (type && !response.headers.get('content-type')?.startsWith(type)) problems.push(`${path}: ${response.headers.get('content-type')}, expected ${type}`);
}

try {
  await ready;
  await expectStatus('/', 200, 'text/html');
  await expectStatus('/dist/cdn/studio.js', 200, 'text/javascript');
  await expectStatus('/files/media/replay/master.m3u8', 200, 'application/vnd.apple.mpegurl');
  await expectStatus('/files/%2e%2e/package.json', 404);
  await expectStatus('/files/..%2fpackage.json', 404);
  await expectStatus('/package.json', 404);
} catch (error) {
  problems.push(error.message);
} finally {
  child.kill('SIGTERM');
}
if (problems.length) {
  console.error(`studio CLI check: ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log('studio CLI check: page, script, files and path guard ok');
