import { expect, test } from './fixtures.ts';

test('a checklist item shows its term and its advice and can be linked to', async ({ handbook, page }) => {
  await handbook.goto('/topics/security/#sql-injection');
  await expect(page.locator('#sql-injection')).toBeInViewport();
  const item = page.locator('li:has(#sql-injection)');
  await expect(item.getByText('SQL Injection', { exact: true })).toBeVisible();
  await expect(item).toContainText('Prepared statements');
  await expect(item.getByRole('checkbox', { name: 'SQL Injection' })).toBeVisible();
});

test('items with the same term get distinct anchors on one page', async ({ handbook, page }) => {
  await handbook.goto('/topics/foundations/');
  const ids = await page.locator('.handbook-checklist-item .term').evaluateAll((terms) => terms.map((term) => term.id));
  expect(ids.length).toBeGreaterThan(20);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toContain('error-handling');
  expect(ids).toContain('error-handling-1');
});

test('the checklists index shows each list by topic, the definition of done first, and each topic has a page of its own', async ({ handbook, page }) => {
  await handbook.goto('/checklists/');
  const groups = handbook.content.getByRole('heading', { level: 2 });
  await expect(groups.first()).toHaveText('Definition of done');
  await expect(groups).toContainText(['Definition of done', 'Language foundations', 'API design', 'Security', 'Observability']);
  await expect(handbook.content.getByRole('heading', { level: 2, name: 'Overview' })).toHaveCount(0);
  await expect(page.getByRole('table', { name: 'Checklists on API design' }).getByRole('row', { name: /GraphQL Best Practices/u })).toContainText('0 / 6');
  // The index holds no list itself: each topic's lists are on its own page.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await page.getByRole('link', { name: 'GraphQL Best Practices' }).click();
  await expect(page).toHaveURL(/\/checklists\/api-design\/#graphql-best-practices$/u);
  await expect(page.getByRole('list', { name: 'GraphQL Best Practices' })).toContainText('N+1 Prevention');
  await handbook.goto('/checklists/done/');
  const done = page.getByRole('list', { name: 'Definition of done' });
  await expect(done.locator(':scope > li')).toHaveCount(7);
  await expect(done).toContainText('Type Safety');
});

