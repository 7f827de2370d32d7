// Browser tests in Debian's Chromium (no browser download), TypeScript through esbuild,
// and local test servers (fault injection, cart APIs, live studio) as dev-server middleware:
// every test/servers/*.mjs default-exports a Koa middleware. Nothing leaves 127.0.0.1.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { loadMiddleware, withMediaSegments } from './scripts/servers.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { slowestReporter } from './scripts/slowest-reporter.mjs';
import { CHROME_FLAGS, TEST_FLAGS } from './scripts/chrome-flags.mjs';
import { chromeCommandsPlugin } from './scripts/wtr-commands.mjs';

const middleware = await loadMiddleware();


export default {
  // The longest files first (real-time live streams, fault recovery, playback), so that with several
  // files at once the run does not end waiting on one of them. Each file runs once.
  files: ['test/live/**/*.test.ts', 'test/reliability/**/*.test.ts', 'test/a11y/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  hostname: '127.0.0.1',
  // Several test files at once, each page in a browser context of its own (createPage below): a
  // background *tab* gets no animation frames and a throttled clock, so media tests hang in one, but
  // a headless context's page is its own window, visible and focused; and files running side by side
  // share no storage or cookies (the captions choice is kept in localStorage). Test servers key their
  // state per test.
  // WTR_CONCURRENCY=1 runs one file at a time (to tell a flaky test from a crowded machine).
  concurrency: Number(process.env.WTR_CONCURRENCY) || 4,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  // A last guard only: tests wait on the event that means the state, not on the clock.
  testFramework: { config: { timeout: 30_000 } },
  middleware,
  plugins: [withMediaSegments(esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })), chromeCommandsPlugin()],
  browsers: [
    chromeLauncher({
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [...CHROME_FLAGS, ...TEST_FLAGS],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), slowestReporter(), countReporter()],
};
