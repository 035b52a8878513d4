import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { HandbookPage, expect, readReport, test } from './fixtures.ts';
import { e2ePort } from './ports.ts';
import { readHeadersFile, serveWithHeaders } from './serve-with-headers.ts';

/** Every `securitypolicyviolation` event on any page the test opens, as "directive blocked-uri page". */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('reportCspViolation', (_source, violation: string) => {
    violations.push(violation);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (violation: string) => void }).reportCspViolation(`${event.effectiveDirective} ${event.blockedURI} ${location.pathname}`);
    });
  });
  return violations;
}

test('the built site sends a policy with no third-party origin, no plugins, no foreign base and no framing by others', () => {
  const [rule, ...others] = readHeadersFile(readFileSync('dist/_headers', 'utf8'));
  expect(others).toEqual([]);
  const headers = Object.fromEntries(rule!.headers);
  expect(rule!.pattern.test('/topics/security/')).toBe(true);
  expect(headers['X-Content-Type-Options']).toBe('nosniff');
  expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  const directives = new Map(headers['Content-Security-Policy']!.split('; ').map((directive) => {
    const [name, ...sources] = directive.split(' ');
    return [name!, sources] as const;
  }));
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toContain("'wasm-unsafe-eval'");
  expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  expect(directives.get('style-src-elem')).not.toContain("'unsafe-inline'");
  expect(directives.get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  // Only the site itself, hashes and data: images: no host of anyone else's.
  const sources = [...directives.values()].flat();
  expect(sources.filter((source) => !/^('self'|'none'|'unsafe-inline'|'wasm-unsafe-eval'|'sha256-[A-Za-z0-9+/=]+'|data:)$/u.test(source))).toEqual([]);
});

test('every feature works under the policy, sent as a header, with no violation on any page', async ({ page, context }) => {
  test.setTimeout(180_000);
  const server = await serveWithHeaders('dist', e2ePort(17));
  try {
    const violations = await recordViolations(page);
    const handbook = new HandbookPage(page);
    const { origin } = server;

    // Every page of every kind loads with the policy as a header.
    for (const entry of readReport().pages) {
      const response = await page.goto(`${origin}${entry.url}`);
      expect(response?.headers()['content-security-policy'], entry.url).toContain("object-src 'none'");
      await page.waitForLoadState('networkidle');
    }

    // Search, Pagefind's WebAssembly included, and its filters.
    await handbook.goto(`${origin}/`);
    const results = await handbook.search('N+1');
    await expect(results.first()).toBeVisible();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Kind', { exact: true }).click();
    await dialog.getByRole('checkbox', { name: /^Topic/u }).check();
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toContainText('· Topic');
    await page.keyboard.press('Escape');

    // A checklist keeps a tick and counts it.
    await handbook.goto(`${origin}/topics/security/`);
    const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'Input Validation' }) });
    await list.getByRole('checkbox', { name: 'SQL Injection', exact: true }).check();
    await expect(list.getByText('1 / 5 done')).toBeVisible();

    // Language tabs.
    await handbook.goto(`${origin}/topics/errors-logging/`);
    await page.getByRole('tab', { name: 'Python' }).click();
    await expect(page.getByRole('tabpanel').filter({ visible: true })).toContainText('except SpecificError as e:');
    await page.reload();
    await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');

    // The theme switch.
    await page.locator('starlight-theme-select select').first().selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Onboarding: choose a language, then mark a page as read.
    await handbook.goto(`${origin}/onboarding/`);
    await page.getByRole('radio', { name: 'Go' }).check();
    await expect(page.locator('handbook-onboarding-path ol > li').nth(1).getByRole('link')).toHaveText('Go language');
    await page.locator('handbook-onboarding-path ol > li').first().getByRole('link').click();
    const path = page.getByRole('navigation', { name: 'Onboarding path' });
    await path.getByRole('button', { name: 'Mark as read' }).click();
    await expect(path.getByRole('button', { name: /Read/u })).toHaveAttribute('aria-pressed', 'true');

    // Code: highlighted in colour, and copied with its button.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await handbook.goto(`${origin}/languages/go/`);
    const block = page.locator('.expressive-code').first();
    const token = block.locator('pre span[style]').first();
    expect(await token.evaluate((element) => getComputedStyle(element).color)).not.toBe(await block.locator('pre').evaluate((element) => getComputedStyle(element).color));
    await block.hover();
    await block.getByRole('button', { name: 'Copy to clipboard' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toBe('');

    expect(violations).toEqual([]);
    expect(handbook.consoleErrors).toEqual([]);

    // The count is real: something the policy forbids is reported, once by the header's policy and
    // once by the <meta>'s.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.src = 'https://elsewhere.example/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => violations).toEqual(Array(2).fill('img-src https://elsewhere.example/pixel.png /languages/go/'));
  } finally {
    await server.close();
  }
});
