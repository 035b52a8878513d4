import { expect, test } from './fixtures.ts';

test('a code sample carries Shiki token colours and a caption that says what it is', async ({ handbook, page }) => {
  await handbook.goto('/languages/go/');
  const figure = page.locator('.expressive-code').filter({ hasText: 'fmt.Errorf' });
  await expect(figure.locator('figcaption')).toHaveText('Go — error handling');
  const colours = await figure.locator('pre code span[style]').evaluateAll((spans) =>
    [...new Set(spans.map((span) => getComputedStyle(span).color))],
  );
  expect(colours.length).toBeGreaterThanOrEqual(3);
});

test('the copy button copies the code', async ({ handbook, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await handbook.goto('/topics/errors-logging/');
  const figure = page.locator('.expressive-code').filter({ hasText: 'fmt.Errorf' });
  await figure.hover();
  await figure.getByRole('button', { name: 'Copy to clipboard' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe('if err != nil {\n    return fmt.Errorf("operation failed: %w", err)\n}');
});

test('the unlabelled request/response sample becomes an HTTP request and a JSON body', async ({ handbook, page }) => {
  await handbook.goto('/topics/api-design/');
  await expect(page.locator('.expressive-code figcaption')).toHaveText([
    'HTTP — request/response patterns',
    'JSON — request/response patterns',
  ]);
  await expect(page.locator('.expressive-code pre[data-language="http"]')).toContainText('GET /api/v1/users?page=1&limit=20&sort=-created_at');
  await expect(page.locator('.expressive-code pre[data-language="json"]')).toContainText('"hasNext": true');
});

test('the Go project layout renders as a file tree that keeps its comments', async ({ handbook, page }) => {
  await handbook.goto('/languages/go/');
  const tree = page.locator('starlight-file-tree');
  await expect(tree).toBeVisible();
  const cmd = tree.locator('.tree-entry', { hasText: 'cmd/' });
  await expect(cmd.locator('.comment')).toHaveText('Main applications');
  await expect(tree.locator('.tree-entry', { hasText: 'internal/' }).locator('.comment')).toHaveText('Private application code');
  await expect(tree.locator('li.directory')).toHaveCount(7);
});
