import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { badAgentsFolder, badFileNames, builtAgentNames, leftOutFolders, leftOutNames, outsideSecret } from '../bad-agents-folder.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';
import type { ChecklistsFile } from '../../src/core/index.ts';
import { HandbookPage, editAndReload, expect, findBrokenLinks, readReport, seriousViolations, test, withServer } from './fixtures.ts';
import { e2ePort } from './ports.ts';

/** A small real site that uses the plugin with `agentsDir: 'team-agents'`. */
const site = 'tests/e2e/sites/own-agents';

function buildSite(env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync('npx', ['astro', 'build', '--root', site, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

test.describe.configure({ mode: 'serial' });

test('the agentsDir option builds the handbook from that folder, subfolders included', () => {
  const build = buildSite({ HANDBOOK_AGENTS_DIR: '' });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  expect(report.agents.map((agent) => [agent.name, agent.file])).toEqual([['cli-helper', 'team-agents/backend/cli-helper.md']]);
  expect(readFileSync(`${site}/dist/agents/cli-helper/index.html`, 'utf8')).toContain('Helps build command-line tools in Go');
});

test('HANDBOOK_AGENTS_DIR overrides the option', () => {
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'other-agents' });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  expect(report.agents.map((agent) => agent.name)).toEqual(['python-tester']);
  expect(existsSync(`${site}/dist/agents/cli-helper/index.html`)).toBe(false);
  expect(readFileSync(`${site}/dist/topics/testing/index.html`, 'utf8')).toContain('pytest.mark.parametrize');
  // A fence language the highlighter does not know is named once, with its blocks shown as text;
  // a known one written in capitals ("Python") is highlighted.
  expect(build.output.match(/shown as plain text: "cedar" \(2 blocks\)\./gu)).toHaveLength(1);
  expect(build.output).not.toContain('astro-expressive-code');
});

test('broken agent files fail the build with every file, line and remedy, and no stack trace', () => {
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'broken-agents' });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('The handbook cannot be built: 2 problems in the agent files.');
  expect(build.output).toContain('broken-agents/no-description.md:1: The frontmatter has no `description`.');
  expect(build.output).toContain('→ Add a line such as `description: Expert backend engineer for APIs and CLIs`');
  expect(build.output).toMatch(/broken-agents\/bad-yaml\.md:2: The frontmatter is not valid YAML/u);
  expect(build.output).not.toContain('Stack trace');
});

test('in dev, editing an agent file refreshes its pages', async ({ page, request }) => {
  test.setTimeout(150_000);
  const agents = mkdtempSync(join(tmpdir(), 'handbook-agents-'));
  cpSync(`${site}/team-agents`, agents, { recursive: true });
  const port = e2ePort(14);
  // --force: a dev server a stopped run left behind holds Astro's lock on this site.
  const url = `http://127.0.0.1:${port}/agents/cli-helper/`;
  await withServer(request, { command: 'npx', args: ['astro', 'dev', '--root', site, '--port', String(port), '--host', '127.0.0.1', '--force'], env: { HANDBOOK_AGENTS_DIR: agents }, url }, async () => {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('cli-helper');
    await editAndReload(page, request, { file: join(agents, 'backend', 'cli-helper.md'), from: 'Helps build command-line tools in Go', to: 'Builds delightful terminal tools', url });
    await page.goto('about:blank');
  });
});

test('with a repository configured, each page links to the lines of its agent file', () => {
  const build = buildSite({ HANDBOOK_AGENTS_DIR: '', HANDBOOK_REPOSITORY_URL: 'https://github.com/acme/handbook' });
  expect(build.status, build.output).toBe(0);
  const source = readFileSync(`${site}/team-agents/backend/cli-helper.md`, 'utf8').replace(/\n$/u, '').split('\n');
  const start = source.indexOf('## CLI Best Practices') + 1;
  const html = readFileSync(`${site}/dist/topics/cli/index.html`, 'utf8');
  expect(html).toMatch(new RegExp(`from <code title="team-agents/backend/cli-helper.md"[^>]*>cli-helper.md</code>, lines ${start}–${source.length}`, 'u'));
  expect(html).toContain(`href="https://github.com/acme/handbook/blob/main/team-agents/backend/cli-helper.md#L${start}-L${source.length}"`);
});

test('under a base path, every page, link, search and download works', async ({ page, request }) => {
  test.setTimeout(120_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: '' }, ['--base', '/handbook/']);
  expect(build.status, build.output).toBe(0);
  const port = e2ePort(15);
  const origin = `http://127.0.0.1:${port}`;
  await withServer(request, { command: 'npx', args: ['astro', 'preview', '--root', site, '--base', '/handbook/', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], url: `${origin}/handbook/` }, async () => {
    const paths = readReport(`${site}/dist`).pages.map((entry) => `${origin}${entry.url}`);
    expect(paths.every((path) => path.startsWith(`${origin}/handbook/`))).toBe(true);
    expect(await findBrokenLinks(request, paths)).toEqual([]);

    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/handbook/`);
    const results = await handbook.search('exit codes');
    await results.first().click();
    await expect(page).toHaveURL(/\/handbook\/(topics\/cli|languages\/go|checklists)\//u);
    expect((await request.get(`${origin}/handbook/llms.txt`)).ok()).toBe(true);
    expect((await request.get(`${origin}/handbook/agents/cli-helper/cli-helper.md`)).ok()).toBe(true);
    expect(handbook.consoleErrors).toEqual([]);
  });
});

test.describe('a handbook built from several agents', () => {
  test('merges their topic pages, attributed to each agent, without repeating the same advice', async ({ page, request }) => {
    test.setTimeout(120_000);
    const build = buildSite({ HANDBOOK_AGENTS_DIR: 'several-agents' });
    expect(build.status, build.output).toBe(0);
    // An agent file's warning is printed once.
    expect(build.output.match(/has the same name, "reviewer"/gu)).toHaveLength(1);
    await withPreview(request, async (origin) => {
      await page.goto(`${origin}/topics/security/`);
      const content = page.locator('.sl-markdown-content');
      // The two agents named "reviewer" are told apart by their files.
      await expect(content.getByRole('heading', { level: 2 })).toHaveText(['api-builder', 'reviewer (reviewer.md)']);
      const sqlInjection = content.locator('li.handbook-checklist-item', { hasText: 'SQL Injection' });
      await expect(sqlInjection).toHaveCount(1);
      await expect(sqlInjection).toContainText('Also from: reviewer (reviewer.md)');
      await expect(page.locator('nav.sidebar')).toContainText('reviewer (reviewer-copy.md)');
      await expect(page.locator('nav.sidebar')).toContainText('reviewer (reviewer.md)');
      // A search hit names the agent its practice comes from.
      const handbook = new HandbookPage(page);
      await handbook.search('SQL Injection');
      await expect(page.locator('.pagefind-ui__result-nested .pagefind-ui__result-link', { hasText: /SQL Injection · api-builder/u }).first()).toBeVisible();
      await expect(content.locator('li.handbook-checklist-item', { hasText: 'Secrets' })).toHaveCount(1);

      const report = readReport(`${site}/dist`);
      // Files are read in name order: the first "reviewer" keeps the plain slug.
      expect(report.agents.map((agent) => [agent.file, agent.slug])).toEqual([
        ['several-agents/api-builder.md', 'api-builder'],
        ['several-agents/reviewer-copy.md', 'reviewer'],
        ['several-agents/reviewer.md', 'reviewer-1'],
      ]);
      for (const agent of report.agents) expect(agent.placedBlocks).toBe(agent.sourceBlocks);
      await page.goto(`${origin}/agents/reviewer-1/`);
      await expect(page.locator('.sl-markdown-content')).toContainText('Reviews code for security and tests');
      await page.goto(`${origin}/agents/reviewer/`);
      await expect(page.locator('.sl-markdown-content')).toContainText('A second agent that happens to share the name');
    });
  });
});

test('a task list from an agent file ticks, persists and copies', async ({ page, context, request }) => {
  test.setTimeout(120_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'task-agents' });
  expect(build.status, build.output).toBe(0);
  // A clean build warns of nothing.
  expect(build.output).not.toMatch(/\[WARN\]/u);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withPreview(request, async (origin) => {
    await page.goto(`${origin}/topics/security/`);
    const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'Security Review' }) });
    await expect(list.getByText('0 / 3 done')).toBeVisible();
    await list.getByRole('checkbox', { name: 'No secrets in the diff' }).check();
    await page.reload();
    await expect(list.getByRole('checkbox', { name: 'No secrets in the diff' })).toBeChecked();
    await expect(list.getByText('1 / 3 done')).toBeVisible();
    await list.getByRole('button', { name: 'Copy as Markdown' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')).toEqual([
      // Task items had no bold term: they are copied as they were written.
      `- [x] No secrets in the diff ([link](${origin}/topics/security/#no-secrets-in-the-diff))`,
      `- [ ] **Input Validation**: every new endpoint validates its input ([link](${origin}/topics/security/#input-validation))`,
      `- [ ] Dependencies scanned for known vulnerabilities ([link](${origin}/topics/security/#dependencies-scanned-for-known-vulnerabilities))`,
    ]);
    // A term list that only describes the agent reads as terms, with nothing to tick.
    await page.goto(`${origin}/agents/release-reviewer/`);
    await expect(page.locator('dl.handbook-terms dt')).toHaveText(['Calm', 'Thorough']);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
  });
});

test('hostile agents run nothing anywhere: pages, titles, search and its filters, exports; their text reads as written', async ({ page, request }) => {
  test.setTimeout(180_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'hostile-agents' });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  const dialogs: string[] = [];
  const outside: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('request', (sent) => {
    if (!new URL(sent.url()).hostname.match(/^(127\.0\.0\.1|localhost)$/u)) outside.push(sent.url());
  });
  /** What agent text could have turned into code on the page as it is now. */
  const codeFromAgents = () =>
    page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => `<${element.localName} ${attribute.name}>`)),
      scripts: [...document.scripts].map((script) => script.textContent ?? '').filter((code) => /alert\(|confirm\(|msgbox\(/u.test(code)),
      // Pagefind's own search form has `action="javascript:void(0);"`: it is not agent text.
      urls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
        .filter((element) => !element.matches('site-search form'))
        .flatMap((element) => ['href', 'src', 'action', 'formaction'].map((name) => element.getAttribute(name) ?? '').filter((url) => /^\s*(javascript|vbscript|data):/iu.test(url))),
      embeds: [...document.querySelectorAll('iframe, object, embed, form, base')].filter((element) => !element.matches('site-search form')).length,
    }));
  const nothing = { handlers: [], scripts: [], urls: [], embeds: 0 };

  await withPreview(request, async (origin) => {
    for (const entry of report.pages) {
      await page.goto(`${origin}${entry.url}`);
      await page.waitForLoadState('networkidle');
      expect(await codeFromAgents(), entry.url).toEqual(nothing);
    }

    await page.goto(`${origin}/topics/security/`);
    const content = page.locator('.sl-markdown-content');
    await expect(content.locator('details:not(.provenance) summary')).toHaveText('Why escape output?');
    await content.locator('details:not(.provenance) summary').click();
    await expect(content.getByText('input reaches the page')).toBeVisible();
    await expect(content.locator('kbd')).toHaveText(['Ctrl', 'C']);
    await expect(content.getByText('relative link')).toBeVisible();
    expect(await page.evaluate(() => document.body.style.display)).not.toBe('none');

    // Names and headings read as written, in the page, its <title> and the sidebar.
    const name = "</title><script>alert('title')</script><img src=x onerror=alert('name')>";
    const breakouts = report.agents.find((agent) => agent.name === name)!;
    expect(breakouts.slug).toMatch(/^[\p{L}\p{N}_-]+$/u);
    await page.goto(`${origin}/agents/${breakouts.slug}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    expect(await page.title()).toBe(`${name} | Own agents`);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', name);
    await expect(page.locator('nav.sidebar').getByRole('link', { name, exact: true })).toBeVisible();
    const topic = `"><img src=x onerror=confirm('topic')> Patterns`;
    const topicPage = report.pages.find((entry) => entry.kind === 'topic' && entry.title === topic)!;
    await page.goto(`${origin}${topicPage.url}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic);
    expect(await page.title()).toBe(`${topic} | Own agents`);
    const generics = report.sections.find((section) => section.heading === 'Use <T> generics')!;
    await page.goto(`${origin}${generics.page}`);
    await expect(page.locator('.sl-markdown-content').getByRole('heading', { name: 'Use <T> generics' })).toBeVisible();
    await expect(page.locator('.sl-markdown-content')).toContainText('Generic code reads <T> as a type parameter, and </title></style></script> --> in code stays text.');
    // Lines MDX would run as code, or Starlight read as an aside, are text; nothing ran at build time.
    await page.goto(`${origin}${report.sections.find((section) => section.heading === 'Release steps')!.page}`);
    for (const line of ['export the build artefacts before tagging', 'import fs from', 'export const ran = fs.writeFileSync', 'export const joined = process.exit(3)', ':::danger[Never skip CI]']) await expect(page.locator('.sl-markdown-content')).toContainText(line);
    expect(existsSync('ran-at-build.txt')).toBe(false);

    // The search dialog: results, excerpts and every filter label, opened and used.
    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/`);
    await expect(page.getByText("../../<script>alert('name')</script>", { exact: true })).toBeVisible();
    const results = await handbook.search('onerror alert');
    await expect(results.first()).toBeVisible();
    const dialog = page.getByRole('dialog');
    for (const group of await dialog.locator('.pagefind-ui__filter-name').all()) await group.click();
    const labels = (await dialog.locator('.pagefind-ui__filter-label').allTextContents()).map((label) => label.replace(/ \(\d+\)$/u, ''));
    expect(labels).toEqual(expect.arrayContaining([name, "../../<script>alert('name')</script>", `<svg onload=confirm('twin')>`, topic]));
    await dialog.getByRole('checkbox', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u') }).check();
    await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
    expect(await codeFromAgents()).toEqual(nothing);
  });
  expect(dialogs).toEqual([]);
  expect(outside).toEqual([]);

  // The exports: llms.txt and every page's Markdown link only to the handbook and the web, with no live HTML.
  for (const file of ['llms.txt', ...report.pages.filter((entry) => entry.kind !== 'not-found').map((entry) => `${entry.url.slice(1)}index.md`)]) {
    const tree = fromMarkdown(readFileSync(`${site}/dist/${file}`, 'utf8'));
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'image') expect(node.url, file).toMatch(/^(https?:|mailto:|\/|#)/u);
      if (node.type === 'html') expect(node.value, file).not.toMatch(/<script|\son\w+=|javascript:|vbscript:|data:/iu);
    });
  }
});

test('a Korean, Chinese and Japanese agent gets working anchors and is searchable', async ({ page, request }) => {
  test.setTimeout(120_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'cjk-agents' });
  expect(build.status, build.output).toBe(0);
  await withPreview(request, async (origin) => {
    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/`);
    for (const [query, expected] of [
      ['단위 테스트', '의존성을 모의 객체로 대체합니다'],
      ['输入验证', '验证所有输入'],
      ['エラー', '文脈を付けて返す'],
    ] as const) {
      await handbook.goto(`${origin}/`);
      const results = await handbook.search(query);
      await results.first().click();
      await expect(page.locator('.sl-markdown-content')).toContainText(expected);
    }
    // Bold next to Japanese punctuation reads as bold, with no asterisks.
    await handbook.goto(`${origin}/topics/errors-logging/`);
    await expect(handbook.content.locator('strong', { hasText: '承認待ちか質問で止まっている。' })).toBeVisible();
    await expect(handbook.content).not.toContainText('**');
    const paths = readReport(`${site}/dist`).pages.map((entry) => `${origin}${entry.url}`);
    expect(await findBrokenLinks(request, paths)).toEqual([]);
  });
});

test('with onInvalid "warn", a broken file is left out and listed, and the rest builds', async ({ page, request }) => {
  test.setTimeout(120_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'mixed-agents', HANDBOOK_ON_INVALID: 'warn' });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  expect(report.agents.map((agent) => agent.name)).toEqual(['cli-helper']);
  expect(report.skipped).toEqual(['mixed-agents/no-description.md']);
  await withPreview(request, async (origin) => {
    await page.goto(`${origin}/problems/`);
    const content = page.locator('.sl-markdown-content');
    await expect(content.getByRole('heading', { name: 'Files left out' })).toBeVisible();
    await expect(content).toContainText('mixed-agents/no-description.md:1 The frontmatter has no description.');
    await expect(content).toContainText('between the --- lines');
  });
  const strict = buildSite({ HANDBOOK_AGENTS_DIR: 'mixed-agents', HANDBOOK_ON_INVALID: 'warn', HANDBOOK_STRICT: '1' });
  expect(strict.status).not.toBe(0);
  expect(strict.output).toContain('mixed-agents/no-description.md:1: The frontmatter has no `description`.');
});

test('every broken file is named with its line and remedy, in one failed build, or on the Problems page beside the rest', async ({ page, request }) => {
  test.setTimeout(180_000);
  const { dir } = badAgentsFolder();
  const failed = buildSite({ HANDBOOK_AGENTS_DIR: dir });
  expect(failed.status).not.toBe(0);
  expect(failed.output).toContain(`The handbook cannot be built: ${leftOutNames.length + leftOutFolders.length} problems in the agent files.`);
  // The folder is outside the project: its files are named relative to it.
  for (const name of badFileNames) expect(failed.output, name).toMatch(new RegExp(`(?:^|\\s)${name}\\.md:\\d+: `, 'mu'));
  expect(failed.output).toContain('\nlatin1.md:6: The file is not UTF-8');
  expect(failed.output).not.toContain(dir);
  expect(failed.output).not.toMatch(/Stack trace|\n\s+at /u);

  const built = buildSite({ HANDBOOK_AGENTS_DIR: dir, HANDBOOK_ON_INVALID: 'warn' });
  expect(built.status, built.output).toBe(0);
  expect(built.output).not.toMatch(/Stack trace|\n\s+at /u);
  const report = readReport(`${site}/dist`);
  // Nothing from outside the agents folder is published, in any file of the site, and no page
  // weighs more than 400 KB, not even those of the agents heavy with code and text.
  for (const file of filesBelow(`${site}/dist`)) {
    const content = readFileSync(file);
    expect(content.includes(outsideSecret), file).toBe(false);
    if (file.endsWith('.html')) expect(content.length, file).toBeLessThanOrEqual(400_000);
  }
  expect(report.agents.map((agent) => agent.name).sort()).toEqual(builtAgentNames);
  await withPreview(request, async (origin) => {
    await page.goto(`${origin}/problems/`);
    const content = page.locator('.sl-markdown-content');
    for (const name of badFileNames) await expect(content, name).toContainText(`${name}.md:`);
    await expect(content).not.toContainText(dir);
    await expect(content).toContainText('The frontmatter’s YAML aliases');
    await page.goto(`${origin}/topics/testing/`);
    await expect(page.locator('.sl-markdown-content')).toContainText('Test each function on its own');
  });
});

/** Every file below `dir`, subfolders included. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Serves the fixture site's dist/ while `use` runs. */
async function withPreview(request: import('@playwright/test').APIRequestContext, use: (origin: string) => Promise<void>): Promise<void> {
  const port = e2ePort(16);
  await withServer(request, { command: 'npx', args: ['astro', 'preview', '--root', site, '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], url: `http://127.0.0.1:${port}/` }, use);
}

test('the 44 real agent files of ../shared/corpus/dev build together, with every block placed and every link working', async ({ page, request }) => {
  test.setTimeout(240_000);
  const corpus = resolve('..', 'shared', 'corpus', 'dev');
  const build = buildSite({ HANDBOOK_AGENTS_DIR: corpus });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  expect(report.agents).toHaveLength(44);
  for (const agent of report.agents) expect(agent.placedBlocks, agent.file).toBe(agent.sourceBlocks);
  expect(report.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  await withPreview(request, async (origin) => {
    const handbook = new HandbookPage(page);
    const paths = report.pages.filter((entry) => entry.kind !== 'agent').map((entry) => `${origin}${entry.url}`);
    expect(await findBrokenLinks(request, paths)).toEqual([]);

    // The topics a reader meets first are subjects, not "Focus Areas", "Approach" or "Output".
    await handbook.goto(`${origin}/`);
    const topics = await handbook.sidebarGroup('Topics').locator('a').allTextContents();
    const builtIn = new Set(['Language × topic map', ...taxonomy.topics.map((topic) => topic.label)]);
    expect(topics.map((label) => label.trim()).filter((label) => !builtIn.has(label) && !label.startsWith('All '))).toEqual([]);

    // What an agent says about itself is on its own page.
    await handbook.goto(`${origin}/agents/postgres-pro/`);
    await expect(handbook.content.getByRole('heading', { name: 'How this agent works' })).toBeVisible();
    await expect(handbook.content.getByRole('heading', { name: 'Communication Protocol' })).toBeVisible();
    await expect(handbook.content).toContainText('You are a senior PostgreSQL expert');
    // The folder is outside the project: its files are named relative to it, on pages and in the report, never by the machine's paths.
    await expect(page.locator('body')).not.toContainText(corpus);
    await expect(handbook.content).toContainText('voltagent__postgres-pro.md');
    expect(report.agents.filter((agent) => isAbsolute(agent.file))).toEqual([]);

    // The database agents' advice is on the Databases page, each under its name.
    // The page is long enough to be cut into parts, so every part is read.
    const databaseParts = report.pages.filter((entry) => /^\/topics\/databases\/(?:\d+\/)?$/u.test(entry.url));
    expect(databaseParts.length).toBeGreaterThan(0);
    const databaseAgents: string[] = [];
    let databaseText = '';
    for (const part of databaseParts) {
      await handbook.goto(`${origin}${part.url}`);
      databaseAgents.push(...(await handbook.content.getByRole('heading', { level: 2 }).allTextContents()).map((text) => text.trim()));
      databaseText += await handbook.content.innerText();
    }
    expect(databaseAgents).toEqual(expect.arrayContaining(['postgres-expert', 'postgres-pro', 'sql-pro', 'database-administrator']));
    expect(databaseText).toContain('Analyze query execution plans to identify bottlenecks');

    // The map leaves out what counts nothing, and scrolls inside its own box on a phone.
    await handbook.goto(`${origin}/map/`);
    await expect(page.locator('.coverage-map td').filter({ hasText: /^0$/u })).not.toHaveCount(0);
    const rows = page.locator('.coverage-map').first().locator('tbody tr');
    for (const row of await rows.all()) await expect(row.locator('td a').first()).toBeVisible();
    // The agents' table reads in the page's column, with no scrolling: each agent's topics, each linked.
    const byAgent = page.locator('.coverage-lists').first();
    expect(await byAgent.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const agentRows = byAgent.locator('tbody tr');
    expect(await agentRows.count()).toBeGreaterThan(40);
    for (const row of await agentRows.all()) await expect(row.locator('td li a').first()).toHaveText(/^\S.* \d+$/u);
    // The map of many agents passes axe in both themes, nothing excluded.
    for (const colorScheme of ['dark', 'light'] as const) {
      await page.emulateMedia({ colorScheme });
      await handbook.goto(`${origin}/map/`);
      await page.waitForLoadState('networkidle');
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
    await page.setViewportSize({ width: 375, height: 740 });
    await handbook.goto(`${origin}/map/`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const box = page.locator('.coverage-map').first();
    expect(await box.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 720 });

    // A practice found in more than three other places shows three, then "and N more", which opens to the rest.
    // The topic is cut into parts: the practice is on one of them.
    const item = handbook.content.locator('li.handbook-checklist-item', { has: page.locator('#configuration-management') });
    for (const part of report.pages.filter((entry) => /^\/topics\/devops\/(?:\d+\/)?$/u.test(entry.url))) {
      await handbook.goto(`${origin}${part.url}`);
      if ((await item.count()) > 0) break;
    }
    const links = item.getByRole('navigation', { name: 'Also in' });
    await expect(links.locator(':scope > ul a')).toHaveCount(3);
    const more = links.locator('.more-places');
    await expect(more.locator('summary')).toHaveText(/^and \d+ more$/u);
    await expect(more.locator('a').first()).toBeHidden();
    await more.locator('summary').click();
    await expect(more.locator('a').first()).toBeVisible();

    // The Go page holds go-expert's advice.
    await handbook.goto(`${origin}/languages/go/`);
    await expect(handbook.content.getByRole('link', { name: 'go-expert' }).first()).toBeVisible();
    await expect(handbook.content).toContainText('Emphasize simplicity and readability');
    expect(handbook.consoleErrors).toEqual([]);
  });
});

test('a page that gathers the lists of many agent files lists the first of them, and says how many more', async ({ page, request }) => {
  test.setTimeout(180_000);
  const folder = mkdtempSync(join(tmpdir(), 'handbook-many-agents-'));
  for (let index = 0; index < 45; index += 1) {
    writeFileSync(join(folder, `keeper-${String(index).padStart(2, '0')}.md`), `---\nname: keeper-${index}\ndescription: Keeps one service safe.\n---\n\n## Security\n\n- **Input validation ${index}**: Validate every input of service ${index}.\n`);
  }
  const build = buildSite({ HANDBOOK_AGENTS_DIR: folder });
  expect(build.status, build.output).toBe(0);
  await withPreview(request, async (origin) => {
    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/checklists/`);
    const provenance = page.locator('.page-meta details.provenance');
    await expect(provenance.locator('summary')).toHaveText('from 45 agent files');
    await provenance.locator('summary').click();
    await expect(provenance.locator('li')).toHaveCount(41);
    await expect(provenance.locator('li').first()).toContainText('keeper-00.md');
    await expect(provenance.locator('li').last()).toHaveText('and 5 more agent files');
  });
});

test('plain lines under a line ending in a colon are a checklist on their subject’s page: ticked, kept, copied and linked', async ({ page, context, request }) => {
  test.setTimeout(240_000);
  const build = buildSite({ HANDBOOK_AGENTS_DIR: resolve('..', 'shared', 'corpus', 'dev') });
  expect(build.status, build.output).toBe(0);
  const report = readReport(`${site}/dist`);
  const checklists = JSON.parse(readFileSync(`${site}/dist/checklists.json`, 'utf8')) as ChecklistsFile;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await withPreview(request, async (origin) => {
    const handbook = new HandbookPage(page);
    // postgres-pro writes "Query optimization:" over a list of plain lines; the Databases topic shows it, with checkboxes.
    const databasePages = report.pages.filter((entry) => entry.url.startsWith('/topics/databases/')).map((entry) => entry.url);
    let shownOn = '';
    for (const url of databasePages) {
      await handbook.goto(`${origin}${url}`);
      if ((await page.locator('input[data-practice="postgres-pro/databases/explain-analysis"]').count()) > 0) shownOn = url;
      if (shownOn) break;
    }
    expect(shownOn, databasePages.join(', ')).not.toBe('');
    await expect(handbook.content.getByRole('heading', { name: 'Query optimization', exact: true }).first()).toBeVisible();
    const list = page.locator('handbook-checklist', { has: page.getByRole('list', { name: 'Query optimization' }) }).filter({ has: page.locator('[data-practice^="postgres-pro/"]') });
    await expect(list.getByRole('checkbox')).toHaveCount(8);
    await expect(list.getByText('0 / 8 done')).toBeVisible();

    // A ticked plain item stays ticked after a reload.
    await list.getByRole('checkbox', { name: 'EXPLAIN analysis' }).check();
    await page.reload();
    await expect(list.getByRole('checkbox', { name: 'EXPLAIN analysis' })).toBeChecked();
    await expect(list.getByText('1 / 8 done')).toBeVisible();
    // Its anchor link names it.
    await expect(list.getByRole('link', { name: 'Link to “EXPLAIN analysis”' })).toHaveAttribute('href', '#explain-analysis');

    // Copy as Markdown gives a task list of the lines as written.
    await list.getByRole('button', { name: 'Copy as Markdown' }).click();
    const copied = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
    expect(copied).toHaveLength(8);
    expect(copied[0]).toBe(`- [x] EXPLAIN analysis ([link](${origin}${shownOn}#explain-analysis))`);
    for (const line of copied.slice(1)) expect(line).toMatch(/^- \[ \] [A-Z][^*]+ \(\[link\]\(http:.+#[a-z0-9-]+\)\)$/u);

    // A plain item's "Also in" opens the same practice in another agent's words.
    const items = new Map(checklists.items.map((item) => [item.id, item]));
    const agentOf = (id: string) => id.split('/')[0];
    const linked = checklists.items.find((item) => item.plain && item.url.startsWith('/topics/') && item.links.some((other) => agentOf(other) !== agentOf(item.id) && items.get(other)!.url.startsWith('/topics/')))!;
    expect(linked).toBeDefined();
    const other = items.get(linked.links.find((id) => agentOf(id) !== agentOf(linked.id) && items.get(id)!.url.startsWith('/topics/'))!)!;
    await handbook.goto(`${origin}${linked.url}`);
    const item = page.locator('li.handbook-checklist-item', { has: page.locator(`input[data-practice="${linked.id}"]`) });
    await item.getByRole('navigation', { name: 'Also in' }).locator(`a[href="${other.url}"]`).first().click();
    await expect(page).toHaveURL(`${origin}${other.url}`);
    const target = page.locator(`li.handbook-checklist-item:has(input[data-practice="${other.id}"])`);
    await expect(target.locator('.term')).toBeInViewport();
    await expect(target.locator('.term')).toContainText(other.term);
  });
});
