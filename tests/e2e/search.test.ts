import { expect, test } from './fixtures.ts';

const searches = [
  { query: 'N+1', text: 'N+1' },
  { query: 'PKCE', text: 'PKCE' },
  { query: 'table-driven', text: 'Table-driven' },
];

for (const { query, text } of searches) {
  test(`searching for "${query}" opens a page that contains it`, async ({ handbook, page }) => {
    await handbook.goto('/');
    const results = await handbook.search(query);
    await results.first().click();
    await expect(handbook.title).toBeVisible();
    await expect(handbook.content).toContainText(text, { ignoreCase: true });
    expect(new URL(page.url()).pathname).not.toBe('/');
  });
}
