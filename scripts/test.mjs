// `npm test`: build, checks and every browser test; `npm run check` (`--checks`): the checks alone,
// after a build, in two lanes (those that read only src/, and those that need dist/). Two cores, two lanes: the build then the browser tests (which mostly wait on media
// playing in real time), and beside them the checks: those that read only src/ (typecheck, typedoc)
// while the build runs, those that need dist/ once it is there. Each check's output is shown only
// when it fails; during the tests the checks' lines are held back and printed after them.
import { spawn } from 'node:child_process';

const SOURCE_CHECKS = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['import cycles', 'npm', ['run', '--silent', 'check:cycles']],
  ['typedoc', 'npx', ['typedoc']],
];
const BUILD = ['build', 'npm', ['run', '--silent', 'build']];
const BUILD_CHECKS = [
  ['size budget', 'node', ['scripts/size.mjs']],
  ['manifest against the source', 'node', ['scripts/check-manifest.mjs']],
  ['framework typings', 'node', ['scripts/check-types.mjs']],
  ['docs tables', 'node', ['scripts/docs-tables.mjs', '--check']],
  ['publint', 'npm', ['run', '--silent', 'check:publint']],
  // The package is ESM only (`"type": "module"`, no `require` condition) by design, so attw's
  // `esm-only` profile leaves out exactly the node10 and node16-from-CJS resolutions: CJS callers
  // use import(), and node10 reads no `exports`. Everything else it reports fails the check.
  ['types of every export (attw)', 'npm', ['run', '--silent', 'check:attw']],
  ['npm pack contents', 'node', ['scripts/check-pack.mjs']],
  ['demo server', 'node', ['scripts/check-demo-server.mjs']],
  ['studio command line', 'node', ['scripts/check-studio-cli.mjs']],
];

/** The longest any one step may take (the build takes about 30 s; the longest checks, typedoc and the framework typings, about 20 s alone and two minutes beside everything else on two cores). */
const STEP_LIMIT_S = 600;
const held = [];
let holding = false;
const report = (text) => (holding ? held.push(text) : process.stdout.write(text));

/** Runs one step with its output captured; resolves to whether it passed. */
function step([name, cmd, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    // A guard, not an expected time: a step that hangs fails the run instead of stalling CI.
    const guard = setTimeout(() => {
      out.push(Buffer.from(`\n(stopped after ${STEP_LIMIT_S} s without finishing)\n`));
      child.kill('SIGKILL');
    }, STEP_LIMIT_S * 1000);
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      clearTimeout(guard);
      const s = ((Date.now() - started) / 1000).toFixed(1);
      report(code === 0 ? `✓ ${name} (${s} s)\n` : `✗ ${name} (${s} s, exit ${code}):\n${Buffer.concat(out)}\n`);
      resolve(code === 0);
    });
  });
}

/** Runs the steps one after another, stopping at the first failure. */
async function chain(steps) {
  for (const s of steps) if (!(await step(s))) return false;
  return true;
}

const checksOnly = process.argv.includes('--checks');
const built = checksOnly ? Promise.resolve(true) : step(BUILD);
// One lane of checks beside the build and the tests; with --checks alone, two lanes of checks.
const checked = checksOnly
  ? Promise.all([chain(SOURCE_CHECKS), chain(BUILD_CHECKS)]).then((ok) => !ok.includes(false))
  : (async () => {
      const source = await chain(SOURCE_CHECKS);
      return (await built) && (await chain(BUILD_CHECKS)) && source;
    })();
if (checksOnly || !(await built)) process.exit((await checked) ? 0 : 1);

holding = true;
const tests = await new Promise((resolve) => spawn('npx', ['wtr'], { stdio: 'inherit' }).on('close', resolve));
const checks = await checked;
process.stdout.write(`\nChecks (run beside the tests):\n${held.join('')}`);
process.exit(tests === 0 && checks ? 0 : 1);
