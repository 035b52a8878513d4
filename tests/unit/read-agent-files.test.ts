import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readAgentFiles } from '../../src/plugin/libs/read-agent-files.ts';

const agent = (name: string) => `---\nname: ${name}\ndescription: The ${name} agent.\n---\n\n## Testing\n\n- **Mocks**: Mock only what you own.\n`;

/** A project with `agents/` and, beside it, `elsewhere/` holding a file the build can read. */
function project(): { root: string; agents: string; elsewhere: string } {
  const root = mkdtempSync(join(tmpdir(), 'handbook-links-'));
  const agents = join(root, 'agents');
  const elsewhere = join(root, 'elsewhere');
  mkdirSync(join(agents, 'team', 'backend'), { recursive: true });
  mkdirSync(elsewhere);
  writeFileSync(join(agents, 'team', 'backend', 'api.md'), agent('api'));
  writeFileSync(join(elsewhere, 'passwd.md'), 'root:x:0:0:root:/root:/bin/bash\n');
  return { root, agents, elsewhere };
}

describe('links in the agents folder', () => {
  test('a link to a file outside the folder is refused by name, and nothing of the file is read', () => {
    const { root, agents, elsewhere } = project();
    symlinkSync(join(elsewhere, 'passwd.md'), join(agents, 'passwd.md'));
    const sources = readAgentFiles(agents, root);
    const link = sources.find((source) => source.file === 'agents/passwd.md')!;
    expect(link.text).toBe('');
    expect(link.unreadable).toMatchObject({ message: 'This link leads outside the agents folder, so it was not read.', hint: expect.stringContaining('followOutsideLinks') });
    expect(JSON.stringify(sources)).not.toContain('root:x:0');
  });

  test('a link to a folder outside is refused, and so is a chain of links inside that ends outside', () => {
    const { root, agents, elsewhere } = project();
    symlinkSync(elsewhere, join(agents, 'shared'));
    symlinkSync(join('..', '..', 'elsewhere', 'passwd.md'), join(agents, 'team', 'hop'));
    symlinkSync(join('team', 'hop'), join(agents, 'chained.md'));
    const sources = readAgentFiles(agents, root);
    expect(sources.map((source) => [source.file, source.unreadable?.message ?? 'read'])).toEqual([
      ['agents/chained.md', 'This link leads outside the agents folder, so it was not read.'],
      ['agents/shared', 'This link leads outside the agents folder, so it was not read, nor any file in the folder it leads to.'],
      ['agents/team/backend/api.md', 'read'],
    ]);
    expect(JSON.stringify(sources)).not.toContain('root:x:0');
  });

  test('links that stay inside the folder still work, and so does an agents folder that is itself a link', () => {
    const { root, agents } = project();
    symlinkSync(join('team', 'backend', 'api.md'), join(agents, 'alias.md'));
    symlinkSync(join('team', 'backend'), join(agents, 'zz-shortcut'));
    symlinkSync(agents, join(root, 'linked-agents'));
    for (const dir of [agents, join(root, 'linked-agents')]) {
      const sources = readAgentFiles(dir, root);
      const folder = dir.endsWith('linked-agents') ? 'linked-agents' : 'agents';
      expect(sources.map((source) => [source.file, source.unreadable?.severity ?? 'read'])).toEqual([
        [`${folder}/alias.md`, 'read'],
        [`${folder}/team/backend/api.md`, 'read'],
        [`${folder}/zz-shortcut`, 'warning'],
      ]);
      expect(sources[0]!.text).toBe(agent('api'));
    }
  });

  test('an agents folder named inside the project that is itself a link out of it is refused whole', () => {
    const { root, elsewhere } = project();
    const outside = mkdtempSync(join(tmpdir(), 'handbook-outside-'));
    writeFileSync(join(outside, 'notes.md'), 'root:x:0:0:root:/root:/bin/bash\n');
    mkdirSync(join(root, '.claude'));
    symlinkSync(outside, join(root, '.claude', 'agents'));
    const sources = readAgentFiles(join(root, '.claude', 'agents'), root);
    expect(sources).toEqual([{ file: join('.claude', 'agents'), text: '', unreadable: expect.objectContaining({ message: 'The agents folder is a link that leads outside the project, so nothing in it was read.' }) }]);
    // Named outside the project, a folder is the user's own choice; its files are named relative to it, never by their absolute path.
    expect(readAgentFiles(elsewhere, join(root, 'agents')).map((source) => source.file)).toEqual(['passwd.md']);
    expect(readAgentFiles(join(root, '.claude', 'agents'), root, { followOutsideLinks: true }).map((source) => source.text)).toEqual(['root:x:0:0:root:/root:/bin/bash\n']);
  });

  test('with followOutsideLinks, a link outside is read as an agent file', () => {
    const { root, agents, elsewhere } = project();
    writeFileSync(join(elsewhere, 'shared-agent.md'), agent('shared'));
    symlinkSync(join(elsewhere, 'shared-agent.md'), join(agents, 'shared-agent.md'));
    const sources = readAgentFiles(agents, root, { followOutsideLinks: true });
    expect(sources.find((source) => source.file === 'agents/shared-agent.md')?.text).toBe(agent('shared'));
  });
});
