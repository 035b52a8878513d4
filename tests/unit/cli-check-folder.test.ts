import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { run } from '../../src/cli/main.ts';

const repo = mkdtempSync(join(tmpdir(), 'handbook-check-folder-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));
mkdirSync(join(repo, 'agents'));
writeFileSync(join(repo, 'agents', 'reviewer.md'), '---\nname: reviewer\ndescription: Reviews code\n---\n\n## Testing\n\n- **Mocks**: Mock only what you own\n');

async function check(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(['check', ...args], { out: (text) => void (out += text), err: (text) => void (err += text) }, repo);
  return { code, out, err };
}

describe('agent-handbook check, given a folder that cannot be the agents folder', () => {
  test('says a file is a file, and how to name the folder, with exit code 2', async () => {
    const { code, err } = await check('agents/reviewer.md');
    expect(code).toBe(2);
    expect(err).toContain('The agents folder agents/reviewer.md is a file, not a folder.');
    expect(err).toContain('agent-handbook check path/to/agents');
    expect(err).not.toContain('HANDBOOK_AGENTS_DIR');
  });

  test('says a missing folder does not exist, with exit code 2', async () => {
    const { code, err } = await check('no-such-folder');
    expect(code).toBe(2);
    expect(err).toContain('The agents folder no-such-folder does not exist.');
  });

  test('says so in the format asked for, where CI reads it', async () => {
    const github = await check('no-such-folder', '--format', 'github');
    expect(github.code).toBe(2);
    expect(github.out).toMatch(/^::error title=agent-handbook check::The agents folder no-such-folder does not exist\.%0A {2}→ /u);
    const json = await check('no-such-folder', '--format', 'json');
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toMatchObject({ error: expect.stringContaining('The agents folder no-such-folder does not exist.') });
  });

  test('checks the folder it is given', async () => {
    const { code, out } = await check('agents');
    expect(code).toBe(0);
    expect(out).toContain('Checked 1 agent file in agents');
  });
});
