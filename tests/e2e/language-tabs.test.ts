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
