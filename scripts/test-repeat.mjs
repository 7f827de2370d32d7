// `npm run test:repeat -- N [--load[=WORKERS]]`: the flake check. Builds once, runs every browser
// test N times (default 3), and lists each test that failed at least once with how often. With
// --load, `stress-ng --cpu WORKERS` (default: one per core) keeps the CPU busy for the whole run, as
// a crowded CI machine would; the script starts and stops it (and installs Debian's stress-ng with
// apt-get when run as root). Exits 1 when any test failed in any run.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const loadArg = args.find((a) => a.startsWith('--load'));
const workers = loadArg ? Number(loadArg.split('=')[1]) || availableParallelism() : 0;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function ensureStressNg() {
  if (has('stress-ng')) return;
  if (process.getuid?.() === 0) {
    console.log('Installing stress-ng (Debian) for --load...');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', 'stress-ng'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (r.status === 0) return;
  }
  console.error("--load needs stress-ng: run 'sudo apt-get install -y stress-ng', or run without --load.");
  process.exit(2);
}

// stress-ng and the test runs are not spawnSync children, so that a signal reaches this script at once
// and it stops them: stress-ng's whole process group, and the test run under way.
let stress;
let wtr;
function stopChildren() {
  if (stress && stress.exitCode === null) process.kill(-stress.pid, 'SIGTERM');
  // web-test-runner stops (and closes its browser) on SIGINT; it outlives a SIGTERM.
  if (wtr && wtr.exitCode === null) process.kill(-wtr.pid, 'SIGINT');
  stress = wtr = undefined;
}
process.on('exit', stopChildren);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

const npm = (script) => spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' }).status;
if (npm('build') !== 0) process.exit(1);
if (workers) {
  ensureStressNg();
  // Its own process group, so stopping it stops every worker it forked.
  stress = spawn('stress-ng', ['--cpu', String(workers), '--quiet'], { stdio: 'ignore', detached: true });
  console.log(`CPU loaded: stress-ng --cpu ${workers} (pid ${stress.pid})`);
}

const dir = mkdtempSync(join(tmpdir(), 'test-repeat-'));
const failed = new Map();
const summary = [];
for (let run = 1; run <= runs; run++) {
  const file = join(dir, `run-${run}.json`);
  const started = Date.now();
  console.log(`\n=== run ${run} of ${runs} ===`);
  // Its own process group too, so that stopping it stops the browser it started.
  wtr = spawn('npx', ['wtr'], { stdio: 'inherit', detached: true, env: { ...process.env, WTR_FAILURES_FILE: file } });
  const code = await new Promise((resolve) => wtr.on('close', resolve));
  wtr = undefined;
  let names;
  try {
    names = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    names = [`(run ${run} ended without results, exit code ${code})`];
  }
  for (const name of names) failed.set(name, (failed.get(name) ?? 0) + 1);
  summary.push(`run ${run}: ${names.length} failed, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
stopChildren();
rmSync(dir, { recursive: true, force: true });

console.log(`\n=== test:repeat: ${runs} run(s)${workers ? `, CPU loaded by stress-ng --cpu ${workers}` : ''} ===`);
for (const line of summary) console.log(line);
if (!failed.size) {
  console.log('No test failed in any run.');
} else {
  console.log(`${failed.size} test(s) failed at least once:`);
  for (const [name, n] of [...failed].sort((a, b) => b[1] - a[1])) console.log(`  ${n}/${runs}  ${name}`);
}
process.exit(failed.size ? 1 : 0);
