// Statistics, the machine description and the results table of the benchmark.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** `{ median, min, max, n }` of the finite values in `xs`. */
export function stats(xs) {
  const v = xs.filter(Number.isFinite);
  return { median: median(v), min: Math.min(...v), max: Math.max(...v), n: v.length };
}

/** The machine the numbers came from, as the docs page prints it. */
export function machine(browserVersion) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const git = (...args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  const hlsVersion = JSON.parse(readFileSync(new URL('../node_modules/hls.js/package.json', import.meta.url), 'utf8')).version;
  return {
    cpus: os.availableParallelism?.() ?? os.cpus().length,
    model,
    memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    chromium: browserVersion,
    node: process.version,
    hlsjs: hlsVersion,
    commit: git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--', 'src') ? ' (src modified)' : ''),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** A cell: `median (min–max)` with `digits` decimals, or the single value when all runs agree. */
export function cell(s, digits = 0) {
  if (s === undefined) return '';
  if (typeof s === 'string') return s;
  if (s.n === 0) return '';
  // A delta of -0.0 is noise around zero: print it as 0.
  const f = (x) => (Number(x.toFixed(digits)) === 0 ? 0 : x).toFixed(digits);
  return s.n > 1 && f(s.min) !== f(s.max) ? `${f(s.median)} (${f(s.min)}–${f(s.max)})` : f(s.median);
}

export const ratio = (a, b) => (a && b && Number.isFinite(a.median) && b.median > 0 ? a.median / b.median : NaN);

const COLUMNS = ['metric', 'library', 'bare hls.js', 'bare mp4', 'lib / hls.js', 'target', 'result'];

/** Rows are `{ metric, lib, hls, mp4, ratio, target, pass }`; `pass` is true, false or undefined (info). */
function cells(row) {
  return [
    row.metric,
    row.lib ?? '',
    row.hls ?? '',
    row.mp4 ?? '',
    Number.isFinite(row.ratio) ? `${row.ratio.toFixed(2)}×` : '',
    row.target ?? '',
    row.pass === true ? 'PASS' : row.pass === false ? 'MISS' : '',
  ];
}

/** The table for the terminal. */
export function textTable(rows) {
  const body = [COLUMNS, ...rows.map(cells)];
  const widths = COLUMNS.map((_, i) => Math.max(...body.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(body[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(1).map(line)].join('\n');
}

/** The same table in Markdown, for docs/performance.md. */
export function markdownTable(rows) {
  const esc = (c) => c.replaceAll('|', '\\|').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  return [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${cells(r).map(esc).join(' | ')} |`),
  ].join('\n');
}
