import { HandbookPage, expect, findBrokenLinks, readReport, test } from './fixtures.ts';

const paths = HandbookPage.allPaths();

test('the build reports a page for every language, topic, checklist and agent', () => {
  const kinds = readReport().pages.map((page) => page.kind);
  expect(kinds.filter((kind) => kind === 'home')).toHaveLength(1);
  expect(kinds.filter((kind) => kind === 'language')).toHaveLength(3);
  expect(kinds.filter((kind) => kind === 'topic').length).toBeGreaterThanOrEqual(12);
  // The index, the definition of done, and a page for each topic that has lists.
  const pages = readReport().pages;
  const topics = new Set(pages.filter((page) => page.kind === 'topic').map((page) => page.topic));
  const lists = pages.filter((page) => page.kind === 'checklists').map((page) => page.url);
  expect(lists.slice(0, 2)).toEqual(['/checklists/', '/checklists/done/']);
  expect(lists.length).toBeGreaterThan(10);
  for (const url of lists.slice(2)) expect(topics).toContain(url.split('/')[2]);
  expect(kinds.filter((kind) => kind === 'agent')).toHaveLength(1);
  expect(kinds.filter((kind) => kind === 'not-found')).toHaveLength(1);
});

test('every block of the agent lands on a page', () => {
  const report = readReport();
  expect(report.problems).toEqual([]);
  for (const agent of report.agents) {
    expect(agent.unplaced).toEqual([]);
    expect(agent.placedBlocks).toBe(agent.sourceBlocks);
  }
  expect(report.checklistItems).toBeGreaterThan(150);
});

test('no page logs a console error', async ({ handbook }) => {
  test.setTimeout(60_000);
  for (const path of paths) {
    await handbook.page.goto(path);
    await handbook.page.waitForLoadState('networkidle');
  }
  expect(handbook.consoleErrors).toEqual([]);
});

test('a crawl of every page finds no broken internal link or anchor', async ({ request }) => {
  test.setTimeout(60_000);
  expect(await findBrokenLinks(request, paths)).toEqual([]);
});
