import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The fake Statuspage server (tests/e2e/support/fake-statuspage.mjs) listens on the next port. */
const statuspagePort = Number(process.env.STATUSPAGE_PORT ?? port + 1);

/**
 * Browser tests run in Chromium against the production build (`next start`), never the dev server.
 * Playwright cannot download its own browser on every machine: CHROMIUM_PATH (default Debian's
 * /usr/bin/chromium) points at one; set it to '' to use Playwright's bundled browser instead.
 */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // Two at least, also where CI is not set (Playwright's default, half the cores, is one worker on
  // a two-core machine: twice the time).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    // The offline service worker precaches every page on install: only tests/e2e/offline.spec.ts
    // needs it, so the others do not pay for it.
    serviceWorkers: 'block',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    {
      name: 'mobile-chromium',
      use: { ...devices['Pixel 7'] },
    },
  ],
  webServer: [
    {
      // BitMEX's status is read from the fake server; STATUS_TEST_SOURCES=1 lets a test pick a
      // fixture with the `x-status-fixture` header (never set in production).
      command: `node tests/e2e/support/fake-statuspage.mjs ${statuspagePort}`,
      url: `http://127.0.0.1:${statuspagePort}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 10_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `npx next start -H 127.0.0.1 -p ${port}`,
      // Ready once the outcomes store is open (its migrations applied): lib/outcomes/recorder.ts.
      url: `${baseURL}/api/health`,
      // Outcomes go to an embedded database of this port's own (.data/ is git-ignored), with no
      // rate limit: the tests send many requests from one address (tests/e2e/outcomes-faults.spec.ts
      // tests the limit on a server of its own).
      env: {
        BITMEX_STATUS_URL: `http://127.0.0.1:${statuspagePort}`,
        STATUS_TEST_SOURCES: '1',
        OUTCOMES_DATA_DIR: `.data/e2e-${port}`,
        OUTCOMES_RATE_LIMIT: '0',
      },
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
