import { expect, test } from './fixtures.ts';

test('a language picked in the tabs of one page stays picked on the next', async ({ handbook, page }) => {
  await handbook.goto('/topics/errors-logging/');
  await page.getByRole('tab', { name: 'Python' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('except SpecificError as e:');

  await handbook.goto('/topics/code-organization/');
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').filter({ visible: true })).toContainText('alembic');

  await page.reload();
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
});

test('language pages hold the language-specific pieces of the topics', async ({ handbook }) => {
  await handbook.goto('/languages/go/');
  await expect(handbook.content.getByRole('heading', { level: 2 })).toHaveText([
    'Language foundations',
    'Code organization',
    'Error handling & logging',
  ]);
  await expect(handbook.content).toContainText('fmt.Errorf("operation failed: %w", err)');
  await expect(handbook.content.getByRole('table')).toContainText('net/http, Gin, Fiber, Echo');
});

test('a table-of-contents link into a hidden tab selects that tab and scrolls to its target', async ({ handbook, page }) => {
  await handbook.goto('/topics/foundations/');
  await expect(page.getByRole('tab', { name: 'Go' }).first()).toHaveAttribute('aria-selected', 'true');
  await page.locator('starlight-toc').getByRole('link', { name: 'Python Ecosystem' }).click();
  await expect(page.getByRole('tab', { name: 'Python' }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(handbook.content.getByRole('heading', { name: 'Python Ecosystem' })).toBeInViewport();
  // The language choice follows the tab, on this page and the next.
  await handbook.goto('/topics/code-organization/');
  await expect(page.getByRole('tab', { name: 'Python' })).toHaveAttribute('aria-selected', 'true');
});

test('a URL typed with a #hash inside a hidden tab opens that tab at its target', async ({ handbook, page }) => {
  await handbook.goto('/topics/foundations/#context-managers');
  await expect(page.getByRole('tab', { name: 'Python' }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#context-managers')).toBeInViewport();
});

test('a search hit into a hidden tab selects it and scrolls to it', async ({ handbook, page }) => {
  await handbook.goto('/topics/foundations/');
  const results = await handbook.search('Python Ecosystem');
  const hit = page.locator('.pagefind-ui__result-link[href$="/topics/foundations/#python-ecosystem"]').first();
  await expect(results.first()).toBeVisible();
  await hit.click();
  await expect(page.getByRole('tab', { name: 'Python' }).first()).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#python-ecosystem')).toBeInViewport();
});
