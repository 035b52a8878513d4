import { readFileSync } from 'node:fs';
import type { ChecklistsFile } from '../../src/core/index.ts';
import { expect, test } from './fixtures.ts';

const checklists = JSON.parse(readFileSync('dist/checklists.json', 'utf8')) as ChecklistsFile;

test('a ticked item stays ticked after a reload, with the progress updated', async ({ handbook, page }) => {
  await handbook.goto('/topics/security/');
  const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'Input Validation' }) });
  await expect(list.getByText('0 / 5 done')).toBeVisible();
  await list.getByRole('checkbox', { name: 'SQL Injection', exact: true }).check();
  await expect(list.getByText('1 / 5 done')).toBeVisible();

  await page.reload();
  await expect(list.getByRole('checkbox', { name: 'SQL Injection', exact: true })).toBeChecked();
  await expect(list.getByText('1 / 5 done')).toBeVisible();

  // The same practice on the security checklists page shares its state, and the index counts it.
  await handbook.goto('/checklists/security/');
  await expect(page.getByRole('list', { name: 'Input Validation' }).getByRole('checkbox', { name: 'SQL Injection', exact: true })).toBeChecked();
  await handbook.goto('/checklists/');
  await expect(page.getByRole('row', { name: /Input Validation/u })).toContainText('1 / 5');
});

test('reset clears a checklist', async ({ handbook, page }) => {
  await handbook.goto('/topics/cli/');
  const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'CLI Best Practices' }) });
  await list.getByRole('checkbox', { name: 'Error Messages' }).check();
  await list.getByRole('checkbox', { name: 'Piping Support' }).check();
  await expect(list.getByText('2 / 5 done')).toBeVisible();
  await list.getByRole('button', { name: 'Reset' }).click();
  await expect(list.getByText('0 / 5 done')).toBeVisible();
  await page.reload();
  await expect(list.getByRole('checkbox', { name: 'Error Messages' })).not.toBeChecked();
});

test('items can be ticked from the keyboard', async ({ handbook, page }) => {
  await handbook.goto('/topics/testing/');
  const box = page.getByRole('checkbox', { name: 'Isolated Tests' });
  await box.focus();
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await expect(box).toHaveAccessibleDescription('Mock dependencies');
});

test('"Also in" links land on the same practice on another page', async ({ handbook, page }) => {
  await handbook.goto('/topics/api-design/#n1-prevention');
  const item = page.locator('li:has(#n1-prevention)');
  await expect(item.getByRole('navigation', { name: 'Also in' }).getByRole('link')).toHaveText([
    'Databases › Query Optimization',
    'Anti-patterns › Performance Anti-Patterns',
  ]);
  await item.getByRole('link', { name: 'Anti-patterns › Performance Anti-Patterns' }).click();
  await expect(page).toHaveURL(/\/topics\/anti-patterns\/#n1-queries$/u);
  await expect(page.locator('#n1-queries')).toBeInViewport();
  const target = page.locator('li:has(#n1-queries)');
  await expect(target).toContainText('N+1 Queries');
  await expect(target.getByRole('navigation', { name: 'Also in' })).toContainText('API design › GraphQL Best Practices');
});

test('the definition of done links to where each subject is treated', async ({ handbook, page }) => {
  await handbook.goto('/agents/backend-engineer/');
  const done = page.getByRole('list', { name: 'Definition of done' });
  const security = done.getByRole('listitem').filter({ hasText: 'Security' });
  await security.getByRole('navigation', { name: 'Treated in' }).getByRole('link', { name: 'Security' }).click();
  await expect(page).toHaveURL(/\/topics\/security\/$/u);
  await handbook.goto('/agents/backend-engineer/');
  await expect(done.getByRole('listitem').filter({ hasText: 'Type Safety' }).getByRole('navigation', { name: 'Treated in' }).getByRole('link')).toHaveText([
    'Go language',
    'TypeScript/Node.js language',
    'Python language',
  ]);
});

test('"Copy as Markdown" copies a task list that keeps ticked items ticked', async ({ handbook, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await handbook.goto('/topics/security/');
  const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'Input Validation' }) });
  await list.getByRole('checkbox', { name: 'SQL Injection', exact: true }).check();
  await list.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(list.getByRole('status')).toHaveText('Copied as Markdown.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const origin = new URL(page.url()).origin;
  expect(copied.split('\n')).toEqual([
    `- [ ] **Schema Validation**: Validate all inputs ([link](${origin}/topics/security/#schema-validation))`,
    `- [x] **SQL Injection**: Prepared statements ([link](${origin}/topics/security/#sql-injection))`,
    `- [ ] **NoSQL Injection**: Sanitize inputs ([link](${origin}/topics/security/#nosql-injection))`,
    `- [ ] **Command Injection**: Avoid shell commands with user input ([link](${origin}/topics/security/#command-injection))`,
    `- [ ] **Path Traversal**: Validate file paths ([link](${origin}/topics/security/#path-traversal))`,
  ]);
});

test('without JavaScript a checklist reads as a plain list', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/topics/security/');
  const list = page.getByRole('list', { name: 'Input Validation' });
  await expect(list.getByRole('listitem')).toHaveCount(5);
  await expect(list).toContainText('Prepared statements');
  await expect(list.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toHaveCount(0);
  await context.close();
});

test('every url in checklists.json resolves to its anchor', async ({ request }) => {
  expect(checklists.items.length).toBeGreaterThan(200);
  const urls = [...checklists.checklists.map((checklist) => checklist.url), ...checklists.items.map((item) => item.url)];
  const pages = new Map<string, string>();
  const missing: string[] = [];
  for (const url of urls) {
    const [path, anchor] = url.split('#') as [string, string | undefined];
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text());
    if (!anchor || !pages.get(path)!.includes(`id="${anchor}"`)) missing.push(url);
  }
  expect(missing).toEqual([]);
});

test('checklists.json links each practice to the same practice elsewhere, never to itself', () => {
  const byId = new Map(checklists.items.map((item) => [item.id, item]));
  const links = (id: string) => byId.get(id)?.links ?? [];
  expect(links('backend-engineer/api-design/n1-prevention').sort()).toEqual(['backend-engineer/anti-patterns/n1-queries', 'backend-engineer/databases/n1-prevention']);
  expect(links('backend-engineer/anti-patterns/no-connection-pooling').sort()).toEqual([
    'backend-engineer/databases/connection-pooling',
    'backend-engineer/performance/connection-pooling',
  ]);
  expect(links('backend-engineer/foundations/go/web-frameworks').sort()).toEqual([
    'backend-engineer/foundations/python/web-frameworks',
    'backend-engineer/foundations/typescript/web-frameworks',
  ]);
  expect(links('backend-engineer/foundations/go/context-usage')).toEqual([]);
  for (const item of checklists.items) {
    expect(item.links).not.toContain(item.id);
    for (const other of item.links) expect(byId.get(other)?.links, `${other} links back to ${item.id}`).toContain(item.id);
  }
});

test('a checklist page prints without sidebar, search or theme chrome', async ({ handbook, page }) => {
  await handbook.goto('/checklists/done/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.header')).toBeHidden();
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.locator('site-search')).toBeHidden();
  await expect(page.locator('starlight-theme-select').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as Markdown' }).first()).toBeHidden();
  await expect(page.getByRole('list', { name: 'Definition of done' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Type Safety' }).first()).toBeVisible();
});

test('the practices index lists every practice from A to Z, linked from the home page', async ({ handbook, page }) => {
  await handbook.goto('/');
  await page.getByRole('link', { name: /Practices A–Z/u }).first().click();
  await expect(handbook.title).toHaveText('Practices A–Z');
  const letters = await handbook.content.getByRole('heading', { level: 2 }).allTextContents();
  expect(letters).toEqual([...letters].sort());
  const n1 = handbook.content.getByRole('listitem').filter({ has: page.getByText('N+1 Prevention', { exact: true }) });
  await expect(n1.getByRole('link')).toHaveText([
    'API design › GraphQL Best Practices',
    'Databases › Query Optimization',
    'Anti-patterns › Performance Anti-Patterns',
  ]);
  await expect(n1).toContainText('(Anti-patterns)');
});
