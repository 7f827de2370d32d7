// `npm test`: build, checks, then every browser test; `npm run check` (`--checks`): the checks alone,
// after a build. The checks that read only src/ (typecheck, typedoc) run while the build does, on
// the other core; the rest need dist/ and follow it. Each step's output is shown only when it
// fails, with a line per step and its time, so the run ends with the tests' own summary.
import { spawn } from 'node:child_process';

const SOURCE_CHECKS = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['typedoc', 'npx', ['typedoc']],
];
const BUILD = ['build', 'npm', ['run', '--silent', 'build']];
const BUILD_CHECKS = [
  ['size budget', 'node', ['scripts/size.mjs']],
  ['framework typings', 'node', ['scripts/check-types.mjs']],
  ['docs tables', 'node', ['scripts/docs-tables.mjs', '--check']],
  ['npm pack contents', 'node', ['scripts/check-pack.mjs']],
];

/** Runs one step with its output captured; resolves to whether it passed. */
function step([name, cmd, args]) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const s = ((Date.now() - started) / 1000).toFixed(1);
      if (code === 0) console.log(`✓ ${name} (${s} s)`);
      else process.stdout.write(`✗ ${name} (${s} s, exit ${code}):\n${Buffer.concat(out)}\n`);
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
const started = Date.now();
const results = await Promise.all([
  chain(SOURCE_CHECKS),
  chain(checksOnly ? BUILD_CHECKS : [BUILD, ...BUILD_CHECKS]),
]);
console.log(`${checksOnly ? 'Checks' : 'Build and checks'}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
if (results.includes(false)) process.exit(1);
if (checksOnly) process.exit(0);
const wtr = spawn('npx', ['wtr'], { stdio: 'inherit' });
wtr.on('close', (code) => process.exit(code ?? 1));
