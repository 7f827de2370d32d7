// A web-test-runner reporter that ends the run with "N passed, N failed[, N skipped]" alone on a
// line (the line CI reads). A test file that fails to load counts as one failure. With
// WTR_FAILURES_FILE set, it also writes the failed tests' names there as JSON (for test:repeat).
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

export function countReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  let failures = [];
  const walk = (suite, file, path = []) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) counts.skipped++;
      else if (t.passed) counts.passed++;
      else {
        counts.failed++;
        failures.push(`${file}: ${[...path, t.name].join(' > ')}`);
      }
    }
    for (const s of suite?.suites ?? []) walk(s, file, [...path, s.name]);
  };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      failures = [];
      for (const session of sessions) {
        const file = relative(process.cwd(), session.testFile);
        walk(session.testResults, file);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          counts.failed++;
          failures.push(`${file}: (the file failed to run: ${session.errors[0]?.message ?? 'error'})`);
        }
      }
      if (process.env.WTR_FAILURES_FILE) writeFileSync(process.env.WTR_FAILURES_FILE, JSON.stringify(failures));
    },
    stop() {
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
    },
  };
}
