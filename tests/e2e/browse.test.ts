import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

test('the map counts practices by topic and language, and its cells lead to them', async ({ handbook, page }) => {
  await handbook.goto('/map/');
  const table = page.getByRole('table', { name: 'Practices and code samples by topic and language' });
  await expect(table.getByRole('columnheader')).toHaveText(['Topic', 'Go language', 'TypeScript/Node.js language', 'Python language', 'Any language']);
  const go = table.getByRole('row', { name: /Language foundations/u }).getByRole('cell').nth(0);
  await expect(go).toHaveText('17');
  await go.getByRole('link').click();
  await expect(page).toHaveURL(/\/languages\/go\/#language-foundations$/u);
  await expect(page.locator('#language-foundations')).toBeInViewport();

  await handbook.goto('/map/');
  await table.getByRole('row', { name: /Security/u }).getByRole('link', { name: 'Security', exact: true }).click();
  await expect(handbook.title).toHaveText('Security');
});

test('a search can be filtered by language, and results say what kind of page they are', async ({ handbook, page }) => {
  await handbook.goto('/');
  const results = await handbook.search('error');
  await expect(results.first()).toContainText(/ · (Topic|Language|Checklists|Agent|Index)$/u);
  const dialog = page.getByRole('dialog');
  await dialog.getByText('Language', { exact: true }).click();
  await dialog.getByRole('checkbox', { name: /^Go/u }).check();
  const pages = dialog.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title .pagefind-ui__result-link');
  // The Go page, and the topics that hold Go in their tabs; no other language's page.
  await expect(pages.filter({ hasText: /^Go · Language$/u })).toHaveCount(1);
  await expect(pages.filter({ hasText: /^(Python|TypeScript\/Node\.js) · Language$/u })).toHaveCount(0);
  await pages.filter({ hasText: /^Go · Language$/u }).click();
  await expect(handbook.title).toHaveText('Go');
});

test('a search for a practice offers its checklist item, linked to its anchor', async ({ handbook, page }) => {
  await handbook.goto('/');
  await handbook.search('PKCE');
  const item = page.getByRole('dialog').locator('.pagefind-ui__result-nested .pagefind-ui__result-link', { hasText: 'PKCE' }).first();
  await expect(item).toHaveAttribute('href', /\/topics\/auth\/#pkce$/u);
  await item.click();
  await expect(page.locator('#pkce')).toBeInViewport();
});

test('the agent profile shows badges and its colour, and offers the raw file to copy or download', async ({ handbook, page, context, request }) => {
  await handbook.goto('/agents/backend-engineer/');
  const profile = page.getByRole('region', { name: 'Profile of backend-engineer' });
  await expect(profile.locator('.sl-badge', { hasText: 'sonnet' })).toBeVisible();
  const accent = await profile.evaluate((element) => getComputedStyle(element).borderInlineStartColor);
  expect(accent).toBe('rgb(255, 165, 0)');

  const raw = readFileSync('content/agents/backend-engineer.md', 'utf8');
  const download = profile.getByRole('link', { name: 'Download backend-engineer.md' });
  await expect(download).toHaveAttribute('download', 'backend-engineer.md');
  const response = await request.get((await download.getAttribute('href'))!);
  expect(await response.text()).toBe(raw);

  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy backend-engineer.md' }).click();
  await expect(page.locator('.agent-source').getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(raw);
});

test('a browser without clipboard items still copies the raw agent file', async ({ handbook, page, context }) => {
  await page.addInitScript(() => Reflect.deleteProperty(window, 'ClipboardItem'));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await handbook.goto('/agents/backend-engineer/');
  await page.getByRole('button', { name: 'Copy backend-engineer.md' }).click();
  await expect(page.locator('.agent-source').getByRole('status')).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(readFileSync('content/agents/backend-engineer.md', 'utf8'));
});

test('llms.txt lists the pages, and each page has a Markdown version', async ({ request }) => {
  const llms = await (await request.get('/llms.txt')).text();
  expect(llms).toMatch(/^# Agent Handbook\n\n> /u);
  expect(llms).toContain('## Languages');
  expect(llms).toMatch(/- \[Go\]\(http:\/\/localhost:4321\/languages\/go\/index\.md\): /u);
  const go = await (await request.get('/languages/go/index.md')).text();
  expect(go).toContain('# Go');
  expect(go).toContain('- [ ] **Simplicity**: Clear, straightforward code');
  expect(go).toMatch(/\| Web Frameworks +\| net\/http, Gin, Fiber, Echo +\|/u);
  expect(go).toContain('```go');
  const security = await (await request.get('/topics/security/index.md')).text();
  expect(security).toContain('- [ ] **SQL Injection**: Prepared statements');
});
