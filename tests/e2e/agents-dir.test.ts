import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, readReport, test } from './fixtures.ts';

/** A small real site that uses the plugin with `agentsDir: 'team-agents'`. */
const site = 'tests/e2e/sites/own-agents';

function buildSite(env: Record<string, string> = {}) {
  const result = spawnSync('npx', ['astro', 'build', '--root', site], {
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
  expect(build.output).toMatch(/broken-agents\/bad-yaml\.md:3: The frontmatter is not valid YAML/u);
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
