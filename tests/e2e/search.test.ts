import { readdirSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** The pages a search found, in order: each result's own link, not its links into sections. */
async function resultPages(results: Locator): Promise<string[]> {
  const pages = results.page().locator('.pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link');
  await expect(pages.first()).toBeVisible();
  return pages.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const queries = [
  { query: 'N+1', term: /N\+1/u },
  { query: 'PKCE', term: /PKCE/u },
  { query: 'connection pooling', term: /connection pooling/iu },
  { query: 'table-driven', term: /table-driven/iu },
];

for (const { query, term } of queries) {
  test(`the first search hit for "${query}" is the page that treats it, with no page twice in the first five`, async ({ handbook }) => {
    await handbook.goto('/');
    const results = await handbook.search(query);
    const paths = (await resultPages(results)).slice(0, 5);
    expect(new Set(paths).size).toBe(paths.length);
    // The lists that gather practices (the checklists, Practices A–Z) are not where a practice lives.
    expect(paths.filter((path) => path.startsWith('/checklists/') || path === '/practices/')).toEqual([]);
    await results.first().click();
    await expect(handbook.content.locator('.handbook-checklist-item .term').filter({ hasText: term }).first()).toBeVisible();
  });
}

test('a practice is found once, where it lives: not again in its copy in a topic’s language tab', async ({ handbook }) => {
  await handbook.goto('/');
  const paths = await resultPages(await handbook.search('Context Managers'));
  expect(paths[0]).toBe('/languages/python/');
  expect(paths).not.toContain('/topics/foundations/');
});

test('a language filter counts the pages that hold that language', async ({ handbook, page }) => {
  await handbook.goto('/');
  await handbook.search('error handling');
  const dialog = page.getByRole('dialog');
  const language = dialog.locator('.pagefind-ui__filter-block', { has: page.locator('summary', { hasText: /^Language$/u }) });
  await language.locator('summary').click();
  for (const name of ['Go', 'Python', 'TypeScript/Node.js']) {
    const count = await language.locator('.pagefind-ui__filter-value', { hasText: name }).locator('.pagefind-ui__filter-label').innerText();
    expect(Number(/\((\d+)\)/u.exec(count)?.[1]), `${name}: ${count}`).toBeGreaterThan(1);
  }
});

test('the site has one search index, which keeps "+" in words', async ({ handbook }) => {
  expect(readdirSync('dist/pagefind').filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
  await handbook.goto('/');
  const results = await handbook.search('N+1');
  await expect(results.first()).toBeVisible();
});

test('search finds what the agents say, not the checklists’ own buttons and counts', async ({ handbook, page }) => {
  await handbook.goto('/');
  await handbook.search('done');
  await expect(page.locator('.pagefind-ui__message')).toHaveText(/results? for/u);
  await expect(page.locator('.pagefind-ui__result-excerpt').first()).toBeVisible();
  await expect(page.locator('.pagefind-ui__result-excerpt').filter({ hasText: /\d+ \/ \d+ done|Copy as Markdown/u })).toHaveCount(0);
});
