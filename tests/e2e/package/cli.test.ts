import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editAndReload, expect, findBrokenLinks, readReport, test, withServer } from '../fixtures.ts';
import { e2ePort } from '../ports.ts';
import { agentHandbook, agentHandbookBin, agentHandbookWithEnv, project, teamRepo } from './installed-package.ts';

test.describe.configure({ mode: 'serial' });

test('the package holds what a user needs and nothing else', () => {
  const installed = join(project, 'node_modules', 'agent-handbook');
  expect(readdirSync(installed).sort()).toEqual(['README.md', 'bin', 'lib', 'package.json', 'public']);
  expect(readdirSync(join(installed, 'lib')).sort()).toEqual(['cli', 'components', 'core', 'plugin', 'styles']);
  expect(readdirSync(join(installed, 'public'))).toEqual(['favicon.svg']);
});

test.describe('agent-handbook check', () => {
  test('passes clean agent files with exit code 0, from .claude/agents by default', () => {
    const check = agentHandbook('check');
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toBe('Checked 2 agent files in .claude/agents: no problems.\n');
  });

  test('prints every problem of every file in one run, with its line and remedy, and exits 1', () => {
    const check = agentHandbook('check', 'broken-agents');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain('broken-agents/bad-yaml.md:2: The frontmatter is not valid YAML: Nested mappings');
    expect(check.stdout).toContain('broken-agents/no-description.md:1: The frontmatter has no `description`.\n  → Add a line such as `description: Expert backend engineer for APIs and CLIs`');
    expect(check.stdout).toMatch(/Checked 2 agent files in broken-agents: 2 errors\.\n$/u);
  });

  test('prints GitHub Actions annotations with --format github', () => {
    const check = agentHandbook('check', 'broken-agents', '--format', 'github');
    expect(check.status).toBe(1);
    const annotations = check.stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(annotations).toHaveLength(2);
    expect(annotations[1]).toBe(
      '::error file=broken-agents/no-description.md,line=1,title=agent-handbook check::The frontmatter has no `description`.%0A→ Add a line such as `description: Expert backend engineer for APIs and CLIs` between the `---` lines at the top of the file.',
    );
  });

  test('prints machine-readable problems with --format json', () => {
    const check = agentHandbook('check', 'broken-agents', '--format', 'json');
    expect(check.status).toBe(1);
    const result = JSON.parse(check.stdout) as { errors: number; warnings: number; files: number; problems: Array<{ file: string; line: number; severity: string }> };
    expect(result).toMatchObject({ errors: 2, warnings: 0, files: 2 });
    expect(result.problems.map((problem) => [problem.file, problem.line, problem.severity])).toEqual([
      ['broken-agents/bad-yaml.md', 2, 'error'],
      ['broken-agents/no-description.md', 1, 'error'],
    ]);
  });

  test('lets warnings pass, unless --strict', () => {
    const lenient = agentHandbook('check', 'warning-agents');
    expect(lenient.status).toBe(0);
    expect(lenient.stdout).toContain('warning-agents/notes.md:1: The file has no frontmatter');
    expect(lenient.stdout).toContain('1 warning.');
    expect(agentHandbook('check', 'warning-agents', '--strict').status).toBe(1);
  });

  test('exits 2 with a clear message for an unknown option or a missing folder', () => {
    const unknown = agentHandbook('check', '--fromat', 'github');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("error: unknown option '--fromat'");
    const missing = agentHandbook('check', 'agents');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('The agents folder agents does not exist.');
    expect(missing.stderr).not.toMatch(/^\s+at /mu);
  });
});

test.describe('agent-handbook build', () => {
  test('writes the handbook to --out, with edit links to the repository', () => {
    test.setTimeout(120_000);
    const build = agentHandbook('build', '--out', 'site', '--title', 'Acme Handbook', '--repo', 'https://github.com/acme/services');
    expect(build.status, build.stderr).toBe(0);
    const site = join(teamRepo, 'site');
    const report = readReport(site);
    expect(report.agents.map((agent) => agent.file)).toEqual(['.claude/agents/api-builder.md', '.claude/agents/reviewer.md']);
    for (const page of report.pages) {
      expect(existsSync(join(site, page.url === '/404.html' ? '404.html' : `${page.url}index.html`)), page.url).toBe(true);
    }
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toMatch(/<h1 id="_top"[^>]*>Acme Handbook<\/h1>/u);
    expect(readFileSync(join(site, 'topics', 'security', 'index.html'), 'utf8')).toContain('href="https://github.com/acme/services/blob/main/.claude/agents/api-builder.md#L');
    expect(existsSync(join(site, 'llms.txt'))).toBe(true);
  });

  test('serves the built site with preview, every link resolving', async ({ request }) => {
    test.setTimeout(120_000);
    const port = e2ePort(20);
    await withServer(request, { command: agentHandbookBin, args: ['preview', '--out', 'site', '--port', String(port), '--host', '127.0.0.1'], cwd: teamRepo, url: `http://127.0.0.1:${port}/` }, async (origin) => {
      const paths = readReport(join(teamRepo, 'site')).pages.map((entry) => `${origin}${entry.url}`);
      expect(await findBrokenLinks(request, paths)).toEqual([]);
    });
  });

  test('fails on a broken file with its message, exit code 1 and no stack trace, whatever HANDBOOK_* variables say', () => {
    test.setTimeout(60_000);
    // The plugin's environment variables do not override the command's argument and flags.
    const build = agentHandbookWithEnv({ HANDBOOK_AGENTS_DIR: '.claude/agents', HANDBOOK_ON_INVALID: 'warn' }, 'build', 'broken-agents', '--out', 'broken-site');
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('The handbook cannot be built: 2 problems in the agent files.');
    expect(build.stderr).toContain('broken-agents/no-description.md:1: The frontmatter has no `description`.');
    expect(`${build.stdout}${build.stderr}`).not.toMatch(/^\s+at /mu);
  });

  test('refuses to build into a folder of other files, which a build would empty', () => {
    const build = agentHandbook('build', '--out', '.claude');
    expect(build.status).toBe(2);
    expect(build.stderr).toContain('--out .claude holds this folder or the agent files');
    expect(existsSync(join(teamRepo, '.claude', 'agents', 'api-builder.md'))).toBe(true);
  });
});

test('agent-handbook dev refreshes a page when its agent file changes', async ({ page, request }) => {
  // A dev server's first start in a fresh install optimises its dependencies, which on a loaded
  // machine takes a minute or more.
  test.setTimeout(240_000);
  const port = e2ePort(21);
  const file = join(teamRepo, '.claude', 'agents', 'reviewer.md');
  const original = readFileSync(file, 'utf8');
  await withServer(request, { command: agentHandbookBin, args: ['dev', '--port', String(port), '--host', '127.0.0.1'], cwd: teamRepo, url: `http://127.0.0.1:${port}/agents/reviewer/` }, async (origin) => {
    await page.goto(`${origin}/agents/reviewer/`);
    await expect(page.locator('.sl-markdown-content')).toContainText('Reviews pull requests for correctness');
    try {
      await editAndReload(page, request, { file, from: 'Reviews pull requests for correctness', to: 'Reviews every change for correctness', url: `${origin}/agents/reviewer/` });
    } finally {
      writeFileSync(file, original);
    }
    // Leave the page before the server stops, so its dev client does not poll for a lost server.
    await page.goto('about:blank');
  });
});
