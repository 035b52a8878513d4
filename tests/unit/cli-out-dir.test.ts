import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkOutDir } from '../../src/cli/out-dir.ts';

const repo = mkdtempSync(join(tmpdir(), 'handbook-out-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
mkdirSync(join(repo, '.claude', 'agents'), { recursive: true });
mkdirSync(join(repo, 'docs'));
writeFileSync(join(repo, 'docs', 'guide.md'), '# Our guide\n');
mkdirSync(join(repo, 'old-site'));
writeFileSync(join(repo, 'old-site', 'handbook-report.json'), '{}');

describe('the folder a build writes to, which Astro empties first', () => {
  test('may be new, or an earlier handbook build', () => {
    expect(checkOutDir('handbook-site', repo, '.claude/agents')).toBe(join(repo, 'handbook-site'));
    expect(checkOutDir('old-site', repo, '.claude/agents')).toBe(join(repo, 'old-site'));
  });

  test.each([
    ['.', '--out . holds this folder or the agent files'],
    ['..', '--out .. holds this folder or the agent files'],
    ['.claude', '--out .claude holds this folder or the agent files'],
    ['.claude/agents/site', '--out .claude/agents/site is inside the agents folder'],
    ['docs', '--out docs holds files that no handbook build wrote'],
    ['docs/guide.md', '--out docs/guide.md is a file, not a folder'],
  ])('may not be %s', (out, message) => {
    expect(() => checkOutDir(out, repo, '.claude/agents')).toThrow(message);
  });
});
