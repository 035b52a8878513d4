import { expect, readReport, test } from './fixtures.ts';

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
  // Each link's name says it is a language (`Go` alone reads as a verb); the eye reads the name alone.
  await expect(handbook.sidebarGroup('Languages').getByRole('link')).toHaveText(['Go language', 'TypeScript/Node.js language', 'Python language']);
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
  await expect(listUnder('languages').getByRole('link')).toHaveText(['Go language', 'TypeScript/Node.js language', 'Python language']);
  await expect(listUnder('languages').getByRole('link', { name: 'Python language' })).toHaveAttribute('href', '/languages/python/');
  await expect(listUnder('topics').getByRole('link', { name: 'Observability' })).toHaveAttribute('href', '/topics/observability/');
});

test('a link to a language page shows the language’s name and says “language” to screen readers and search engines', async ({ handbook, page }) => {
  const pages = readReport().pages;
  const pageOfEachKind = [...new Map(pages.map((entry) => [entry.kind, entry.url])).values()];
  const languageNames = new Map(pages.filter((entry) => entry.kind === 'language').map((entry) => [entry.url, entry.title]));
  expect(languageNames.get('/languages/go/')).toBe('Go');
  let seen = 0;
  for (const url of pageOfEachKind) {
    await handbook.goto(url);
    // Every link to a language page (not a tab, not a link into a section of it).
    const links = await page.locator('a[href^="/languages/"]:not([href*="#"])').evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const hidden = anchor.querySelector('.sr-only');
        const box = hidden?.getBoundingClientRect();
        // What search engines and Lighthouse read (`innerText`), and what shows on screen.
        const shown = anchor.cloneNode(true) as HTMLElement;
        for (const element of shown.querySelectorAll('.sr-only')) element.remove();
        return { href: anchor.getAttribute('href'), read: (anchor as HTMLElement).innerText.replace(/\s+/gu, ' ').trim(), shown: shown.textContent?.trim(), hiddenSize: box ? box.width * box.height : null };
      }),
    );
    for (const link of links) {
      const name = languageNames.get(link.href ?? '');
      // Never the language's name alone; where that is what shows, the hidden word follows it.
      expect(link.read, `${url} → ${link.href}`).not.toBe(name);
      if (link.shown === name) {
        expect(link.read, `${url} → ${link.href}`).toBe(`${name} language`);
        expect(link.hiddenSize, `${url} → ${link.href}`).toBeLessThanOrEqual(1);
      }
    }
    seen += links.length;
  }
  expect(seen).toBeGreaterThan(20);
  // A screen reader names the sidebar's link "Go language"; the eye reads "Go".
  await handbook.goto('/topics/testing/');
  await expect(handbook.sidebarGroup('Languages').getByRole('link', { name: 'Go language', exact: true })).toBeVisible();
  await expect(handbook.sidebarGroup('Languages').getByRole('link', { name: 'Go language', exact: true }).locator('span').first()).toHaveText('Go');
});
