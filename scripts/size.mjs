// Size budget: the CDN entry plus every chunk it imports statically (hls.js is dynamic, so it is
// excluded), minified and gzipped, must stay within the budget. Bytes are not noise: this check is
// deterministic and runs in CI. Prints the largest modules so the cause of growth is plain.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));
const report = JSON.parse(readFileSync('dist/cdn/size-report.json', 'utf8'));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const seen = new Set();
const walk = (name) => {
  if (seen.has(name)) return;
  seen.add(name);
  for (const dep of report.chunks[name]?.imports ?? []) walk(dep);
};
walk(report.entry);

let gz = 0;
for (const name of seen) gz += gzipSync(readFileSync(`dist/cdn/${name}`), { level: 9 }).length;
const lazy = Object.keys(report.chunks).filter((n) => !seen.has(n));
let lazyGz = 0;
for (const name of lazy) lazyGz += gzipSync(readFileSync(`dist/cdn/${name}`), { level: 9 }).length;

const modules = [...seen].flatMap((n) => report.chunks[n].modules).sort((a, b) => b.bytes - a.bytes);
console.log(`Static graph of ${report.entry}: ${[...seen].join(', ')}`);
console.log('Largest modules (as rendered into the chunk: before minification and gzip, JSDoc included):');
for (const m of modules.slice(0, Number(process.env.SIZE_TOP ?? 15))) console.log(`  ${kb(m.bytes).padStart(9)}  ${m.id}`);
console.log(`Entry + static imports, min+gzip: ${kb(gz)} (${gz} B; budget ${kb(budget.entryGzipBytes)}, target ${kb(budget.targetGzipBytes)})`);
// The budget is a ratchet: it only comes down (19.5 KB now, under the 20 KB target).
console.log(`Lazy chunks (${lazy.join(', ')}), min+gzip: ${kb(lazyGz)}`);
// Fetched only once a video plays, after its first frame (src/engine/transmux-worker.ts).
const workers = readdirSync('dist/cdn').filter((f) => /^hls-worker-[a-z]+\.js$/.test(f)).sort();
const workerSizes = workers.map((f) => `${f} ${kb(gzipSync(readFileSync(`dist/cdn/${f}`), { level: 9 }).length)}`);
console.log(`Transmuxing workers, one per hls.js build, after the first frame (min+gzip): ${workerSizes.join(', ')}`);
if (gz > budget.entryGzipBytes) {
  console.error(`Size budget exceeded by ${kb(gz - budget.entryGzipBytes)}.`);
  process.exit(1);
}
