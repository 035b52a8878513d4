import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, findBrokenLinks, HandbookPage, readReport, test, withServer } from '../fixtures.ts';
import { e2ePort } from '../ports.ts';
import { project, runCommand, starlightSite } from './installed-package.ts';

/** Astro as the site's own npm scripts run it: from the project's node_modules. */
const astro = join(project, 'node_modules', '.bin', 'astro');
const dist = join(starlightSite, 'dist');

test.describe.configure({ mode: 'serial' });

test('a Starlight site builds its own pages and the handbook’s, under /handbook/', () => {
  test.setTimeout(120_000);
  const build = runCommand(astro, ['build'], starlightSite);
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  for (const page of ['index.html', 'guides/setup/index.html', 'handbook/index.html', 'handbook/topics/security/index.html', 'handbook/agents/platform-engineer/index.html']) {
    expect(existsSync(join(dist, page)), page).toBe(true);
  }
  // The site keeps its 404 page; the handbook's files sit below its prefix.
  expect(readFileSync(join(dist, '404.html'), 'utf8')).toContain('This page of Acme Docs does not exist.');
  expect(existsSync(join(dist, 'handbook', '404.html'))).toBe(false);
  expect(existsSync(join(dist, 'handbook', 'llms.txt'))).toBe(true);
  expect(readReport(join(dist, 'handbook')).pages.every((page) => page.url.startsWith('/handbook/'))).toBe(true);
});

test('the site’s sidebar lists its own guides first, then the handbook', async ({ page, request }) => {
  // It starts a server (which may take up to a minute under load) and follows every link of every
  // page: more than Playwright's default 30 s allows on a busy 2-core machine, where it once ran
  // out of time, and the file being serial, the test after it did not run.
  test.setTimeout(120_000);
  const port = e2ePort(22);
  await withServer(request, { command: astro, args: ['preview', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], cwd: starlightSite, url: `http://127.0.0.1:${port}/` }, async (origin) => {
    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/guides/setup/`);
    const groups = page.locator('nav.sidebar .top-level > li > details > summary, nav.sidebar .top-level > li > a');
    await expect(groups.first()).toHaveText('Guides');
    await expect(groups.nth(1)).toHaveText('Agent Handbook');
    await expect(page.locator('nav.sidebar').getByRole('link', { name: 'Setup' })).toHaveAttribute('aria-current', 'page');

    await handbook.goto(`${origin}/handbook/`);
    await expect(handbook.title).toHaveText('Agent Handbook');

    const paths = ['/', '/guides/setup/', ...readReport(join(dist, 'handbook')).pages.map((entry) => entry.url)].map((path) => `${origin}${path}`);
    expect(await findBrokenLinks(request, paths)).toEqual([]);
    expect(handbook.consoleErrors).toEqual([]);
  });
});

test('a page of the site at the handbook’s address stops the build, naming the file', () => {
  test.setTimeout(60_000);
  const copy = mkdtempSync(join(project, 'site-clash-'));
  try {
    cpSync(starlightSite, copy, { recursive: true, filter: (source) => !/[/\\](dist|\.astro|node_modules)$/u.test(source) });
    rmSync(join(copy, 'src', 'content', 'docs', 'handbook'), { recursive: true, force: true });
    writeFileSync(join(copy, 'src', 'content', 'docs', 'handbook.md'), '---\ntitle: Our handbook\n---\n\nWritten by hand.\n');
    const build = runCommand(astro, ['build'], copy);
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}\n${build.stderr}`).toContain("src/content/docs/handbook.md has the address of the handbook's “Agent Handbook” page.");
    expect(readFileSync(join(copy, 'src', 'content', 'docs', 'handbook.md'), 'utf8')).toContain('Written by hand.');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
