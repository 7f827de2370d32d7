// A web-test-runner reporter that ends a run with its ten slowest test files (wall time from the
// page loading the file, or for the first files its first test starting, to its last result), so a
// file that slows the suite is seen.
export function slowestReporter({ count = 10 } = {}) {
  const started = new Map();
  const took = new Map();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        // The first files' INITIALIZING comes before reporters start: their clock starts at TEST_STARTED.
        if (['INITIALIZING', 'TEST_STARTED'].includes(session.status) && !started.has(session.testFile)) {
          started.set(session.testFile, Date.now());
        }
        if (session.status === 'FINISHED' && started.has(session.testFile)) {
          took.set(session.testFile, Date.now() - started.get(session.testFile));
        }
      });
    },
    stop() {
      const slowest = [...took].sort((a, b) => b[1] - a[1]).slice(0, count);
      if (!slowest.length) return;
      const root = `${process.cwd()}/`;
      const lines = slowest.map(([file, ms]) => `  ${(ms / 1000).toFixed(1).padStart(6)} s  ${file.replace(root, '')}`);
      process.stdout.write(`\nSlowest ${slowest.length} test files:\n${lines.join('\n')}\n`);
    },
  };
}
