import { expect, readReport, seriousViolations, test } from './fixtures.ts';

/** One page of each kind the build reports, and a page with a drawn project tree and its comments. */
const pageOfEachKind = [...new Map(readReport().pages.map((page) => [page.kind, page.url])).entries(), ['file tree', '/topics/code-organization/'] as [string, string]];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [kind, url] of pageOfEachKind) {
    test(`the ${kind} page has no serious or critical accessibility violations in the ${colorScheme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      // Scripts that name things (the search button) have run.
      await page.waitForLoadState('networkidle');
      if (kind === 'file tree') await expect(page.locator('starlight-file-tree .comment').first()).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the menu opens the sidebar and leads to another page', async ({ handbook, page }) => {
    await handbook.goto('/topics/security/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.locator('nav.sidebar').getByRole('link', { name: 'Testing' }).click();
    await expect(handbook.title).toHaveText('Testing');
  });

  test('search works', async ({ handbook }) => {
    await handbook.goto('/topics/security/');
    const results = await handbook.search('PKCE');
    await results.first().click();
    await expect(handbook.title).toHaveText('Authentication & authorization');
  });

  test('checklists stay usable', async ({ handbook, page }) => {
    await handbook.goto('/checklists/done/');
    const box = page.getByRole('checkbox', { name: 'Type Safety' }).first();
    await box.tap();
    await expect(box).toBeChecked();
  });

  test('the accessibility check passes on a topic page', async ({ page }) => {
    await page.goto('/topics/api-design/');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('an unknown address shows the handbook’s 404 page', async ({ page }) => {
  const response = await page.goto('/no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'home page' })).toHaveAttribute('href', '/');
});
