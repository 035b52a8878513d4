import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The flags Chromium runs with here: as root, headless, without a GPU or a large /dev/shm. */
export const chromiumArgs = ['--no-sandbox', '--headless=new', '--disable-gpu', '--disable-dev-shm-usage'];

/**
 * The browser: `CHROMIUM_PATH` when set; else Playwright's own Chromium where it is installed
 * (`undefined`: Playwright finds it); else Debian's `/usr/bin/chromium` (machines that cannot
 * download a browser).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  if (existsSync(chromium.executablePath())) return undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(
    'No Chromium for the browser tests. Install one (`apt-get install -y chromium` on Debian, or `npx playwright install chromium` where downloads work), or set CHROMIUM_PATH to a Chromium binary.',
  );
}
