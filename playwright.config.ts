import { existsSync } from 'node:fs';
import { chromium, defineConfig, devices } from '@playwright/test';
import { e2ePort } from './tests/e2e/ports.ts';

/**
 * The browser: `CHROMIUM_PATH` when set; else Playwright's own Chromium where it is installed;
 * else Debian's `/usr/bin/chromium` (machines that cannot download a browser).
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium for the browser tests. Install one (`apt-get install -y chromium` on Debian, or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH to a Chromium binary.',
  );
}

const executablePath = chromiumExecutable();
const port = e2ePort();

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? 'list' : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: 'package/**', use: browser },
    // The npm package: packed and installed once into an empty project, then used as a user would.
    { name: 'package-setup', testMatch: 'package/*.setup.ts' },
    { name: 'package', testMatch: 'package/*.test.ts', dependencies: ['package-setup'], use: browser },
  ],
  webServer: {
    // The tests run against the built site: `npm run test:e2e` builds it first.
    command: `npx astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
