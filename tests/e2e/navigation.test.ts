import { expect, test } from './fixtures.ts';

test('a reader goes from the home page to a language page and on to a topic page', async ({ handbook, page }) => {
  await handbook.goto('/');
  await expect(handbook.title).toHaveText('Agent Handbook');

  await page.getByRole('link', { name: /^Go\b/ }).first().click();
  await expect(handbook.title).toHaveText('Go');
  await expect(handbook.content.getByRole('heading', { name: 'Core Go Principles' })).toBeVisible();

  await handbook.content.getByRole('link', { name: 'Error handling & logging, in every language' }).click();
  await expect(handbook.title).toHaveText('Error handling & logging');
  await expect(page.getByRole('tab', { name: 'Go' })).toBeVisible();
});

test('the home page leads into languages, topics, checklists and agents', async ({ handbook, page }) => {
  await handbook.goto('/');
  for (const heading of ['Languages', 'Topics', 'Checklists', 'Agents']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await page.getByRole('link', { name: 'Open the checklists' }).click();
  await expect(handbook.title).toHaveText('Checklists');
});

test('the sidebar has the groups Languages, Topics, Checklists and Agents', async ({ handbook }) => {
  await handbook.goto('/topics/testing/');
  await expect(handbook.sidebarGroup('Languages').getByRole('link')).toHaveText(['Go', 'TypeScript/Node.js', 'Python']);
  await expect(handbook.sidebarGroup('Topics').getByRole('link', { name: 'Security' })).toBeVisible();
  await expect(handbook.sidebarGroup('Checklists').getByRole('link', { name: 'All checklists' })).toBeVisible();
  await expect(handbook.sidebarGroup('Agents').getByRole('link', { name: 'backend-engineer' })).toBeVisible();
});

test('the agent page shows its name, description, tools and model and links to its pages', async ({ handbook, page }) => {
  await handbook.goto('/agents/backend-engineer/');
  await expect(handbook.title).toHaveText('backend-engineer');
  await expect(handbook.content).toContainText('Expert backend engineer specializing in Go, TypeScript, and Python');
  const profile = page.getByRole('region', { name: 'Profile of backend-engineer' });
  await expect(profile.locator('.tools .sl-badge')).toHaveText(['Glob', 'Grep', 'Read', 'Write', 'Edit', 'mcp__github__*', 'mcp__context7__*', 'mcp__serena__*']);
  await expect(profile).toContainText('sonnet');
  const workings = handbook.content.getByRole('heading', { name: 'How this agent works', exact: true });
  await expect(workings).toBeVisible();
  await expect(handbook.content).toContainText('You are a Senior Backend Engineer');
  await expect(handbook.content.getByRole('heading', { name: 'Core Identity and Mandate' })).toBeVisible();
  // Its advice is on the topic pages, not repeated there.
  await expect(handbook.content.getByRole('heading', { name: 'Core Go Principles' })).toHaveCount(0);
  const listUnder = (heading: string) => page.locator(`.sl-heading-wrapper:has(#${heading}) + ul`);
  await expect(listUnder('languages').getByRole('link')).toHaveText(['Go', 'TypeScript/Node.js', 'Python']);
  await expect(listUnder('languages').getByRole('link', { name: 'Python' })).toHaveAttribute('href', '/languages/python/');
  await expect(listUnder('topics').getByRole('link', { name: 'Observability' })).toHaveAttribute('href', '/topics/observability/');
});
