// Browser tests in Debian's Chromium (no browser download), TypeScript through esbuild,
// and local test servers (fault injection, cart APIs, live studio) as dev-server middleware:
// every test/servers/*.mjs default-exports a Koa middleware. Nothing leaves 127.0.0.1.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { loadMiddleware, withMediaSegments } from './scripts/servers.mjs';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './scripts/count-reporter.mjs';
import { CHROME_FLAGS } from './scripts/chrome-flags.mjs';
import { chromeCommandsPlugin } from './scripts/wtr-commands.mjs';

const middleware = await loadMiddleware();


export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  hostname: '127.0.0.1',
  // One page at a time: a background tab throttles timers and media, which makes playback tests flaky.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 240_000,
  browserStartTimeout: 60_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware,
  plugins: [withMediaSegments(esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' })), chromeCommandsPlugin()],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: CHROME_FLAGS,
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
