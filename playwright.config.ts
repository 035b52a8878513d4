import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './tests/e2e/chromium.ts';
import { e2ePort } from './tests/e2e/ports.ts';

const executablePath = chromiumExecutable();
const port = e2ePort();

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: chromiumArgs,
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
