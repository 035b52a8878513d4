import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HandbookPage, expect, findBrokenLinks, readReport, test } from './fixtures.ts';

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
});

test('broken agent files fail the build with every file, line and remedy, and no stack trace', () => {
  const build = buildSite({ HANDBOOK_AGENTS_DIR: 'broken-agents' });
  expect(build.status).not.toBe(0);
  expect(build.output).toContain('The handbook cannot be built: 2 problems in the agent files.');
  expect(build.output).toContain('broken-agents/no-name.md:1: The frontmatter has no `name`.');
  expect(build.output).toContain('→ Add a line such as `name: backend-engineer`');
  expect(build.output).toMatch(/broken-agents\/bad-yaml\.md:2: The frontmatter is not valid YAML/u);
  expect(build.output).not.toContain('Stack trace');
});

test('in dev, editing an agent file refreshes its pages', async ({ page }) => {
  test.setTimeout(90_000);
  const agents = mkdtempSync(join(tmpdir(), 'handbook-agents-'));
  cpSync(`${site}/team-agents`, agents, { recursive: true });
  const port = 4341;
  const server: ChildProcess = spawn('npx', ['astro', 'dev', '--root', site, '--port', String(port), '--host', '127.0.0.1'], {
    env: { ...process.env, HANDBOOK_AGENTS_DIR: agents },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://127.0.0.1:${port}/agents/cli-helper/`;
    await expect(async () => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
    }).toPass({ timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('cli-helper');

    const file = join(agents, 'backend', 'cli-helper.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Helps build command-line tools in Go', 'Builds delightful terminal tools'));
    await expect(async () => {
      await page.goto(url);
      await expect(page.locator('.sl-markdown-content')).toContainText('Builds delightful terminal tools', { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
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
  const port = 4342;
  const server: ChildProcess = spawn('npx', ['astro', 'preview', '--root', site, '--base', '/handbook/', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    const origin = `http://127.0.0.1:${port}`;
    await expect(async () => expect((await request.get(`${origin}/handbook/`)).status()).toBe(200)).toPass({ timeout: 30_000 });
    const paths = readReport(`${site}/dist`).pages.map((entry) => `${origin}${entry.url}`);
    expect(paths.every((path) => path.startsWith(`${origin}/handbook/`))).toBe(true);
    expect(await findBrokenLinks(page, request, paths)).toEqual([]);

    const handbook = new HandbookPage(page);
    await handbook.goto(`${origin}/handbook/`);
    const results = await handbook.search('exit codes');
    await results.first().click();
    await expect(page).toHaveURL(/\/handbook\/(topics\/cli|languages\/go|checklists)\//u);
    expect((await request.get(`${origin}/handbook/llms.txt`)).ok()).toBe(true);
    expect((await request.get(`${origin}/handbook/agents/cli-helper/cli-helper.md`)).ok()).toBe(true);
    expect(handbook.consoleErrors).toEqual([]);
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  }
});
