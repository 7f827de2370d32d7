// A web-test-runner reporter that ends the run with "N passed, N failed[, N skipped]" alone on a
// line (the line CI reads). A test file that fails to load counts as one failure.
export function countReporter() {
  let counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const t of suite?.tests ?? []) {
      if (t.skipped) counts.skipped++;
      else if (t.passed) counts.passed++;
      else counts.failed++;
    }
    for (const s of suite?.suites ?? []) walk(s);
  };
  return {
    onTestRunFinished({ sessions }) {
      counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        walk(session.testResults);
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed++;
      }
    },
    stop() {
      const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
      process.stdout.write(`\n${counts.passed} passed, ${counts.failed} failed${skipped}\n`);
    },
  };
}
