import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Agent files that are not broken but heavy, made here rather than kept in Git: a 185 KB fence
 * of `a+a+…+a` lines, which highlights to a span per character, then HTML-escaped characters;
 * 240 KB of an agent speaking of itself, all of which lands on its own page; and one paragraph,
 * one list and one table, each heavier than a page.
 */
export const heavyAgents: Record<string, string> = {
  'token-flood.md': `---\nname: token-flood-agent\ndescription: A fence of tokens, one per character\n---\n\n## Testing\n\n\`\`\`js\n${Array.from({ length: 925 }, () => Array.from({ length: 100 }, () => 'a').join('+')).join('\n')}\n\`\`\`\n\n\`\`\`text\n${Array.from({ length: 600 }, () => '&<'.repeat(100)).join('\n')}\n\`\`\`\n`,
  'wall-of-text.md': `---\nname: wall-of-text-agent\ndescription: Blocks each heavier than a page\n---\n\n## Testing\n\n${'Test each unit & <mock> only what you own. '.repeat(7000)}\n\n${Array.from({ length: 6000 }, (_, item) => `${item + 1}. Run the suite number ${item + 1} & read <every> failure.`).join('\n')}\n\n| Case | Expected |\n| --- | --- |\n${Array.from({ length: 4000 }, (_, row) => `| case ${row} & <more> | passes |`).join('\n')}\n`,
  'self-flood.md': `---\nname: self-flood-agent\ndescription: An agent that says a great deal about itself\n---\n\nYou are an agent that explains its workflow at length.\n\n${Array.from({ length: 60 }, (_, step) => `## Workflow step ${step + 1}\n\n${Array.from({ length: 50 }, () => 'When invoked, I read the request & <answer> it in full, then review my answer. ').join('\n')}\n`).join('\n')}`,
};

/** The text of the agent file outside the agents folder that links point at: none of it may be published. */
export const outsideSecret = 'SECRET-FROM-OUTSIDE-THE-AGENTS-FOLDER';

/**
 * `tests/fixtures/bad-files/` holds one broken agent file per way a file can be broken, and one
 * good agent. What cannot live in Git (a folder and links named `*.md`, a link loop, a FIFO,
 * links that lead outside the folder) is made beside a copy of it, in a new folder `agents/`
 * below `root`; the links lead to `outside/` beside it, which holds an agent file.
 */
export function badAgentsFolder(): { root: string; dir: string } {
  const root = mkdtempSync(join(tmpdir(), 'handbook-bad-'));
  const dir = join(root, 'agents');
  cpSync(join(import.meta.dirname, 'fixtures', 'bad-files'), dir, { recursive: true });
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'folder.md', 'inside-folder.md'), '---\nname: inside-folder\ndescription: An agent in a folder named folder.md\n---\n\n## Testing\n\n- **Mocks**: Mock only what you own\n');
  symlinkSync('no-such-file.md', join(dir, 'dangling-link.md'));
  symlinkSync('loop-b.md', join(dir, 'loop-a.md'));
  symlinkSync('loop-a.md', join(dir, 'loop-b.md'));
  symlinkSync('..', join(dir, 'folder.md', 'back-up'));
  for (const [name, text] of Object.entries(heavyAgents)) writeFileSync(join(dir, name), text);
  mkdirSync(join(root, 'outside'));
  writeFileSync(join(root, 'outside', 'secret.md'), `---\nname: outside-secret\ndescription: ${outsideSecret}\n---\n\n## Security\n\n- **Keys**: ${outsideSecret}\n`);
  symlinkSync(join('..', 'outside', 'secret.md'), join(dir, 'outside-link.md'));
  // A link to a link (not named *.md) that leads outside: refused by where the last one leads.
  symlinkSync(join('..', 'outside', 'secret.md'), join(dir, 'hop'));
  symlinkSync('hop', join(dir, 'outside-chain.md'));
  symlinkSync(join('..', 'outside'), join(dir, 'outside-folder'));
  const fifo = spawnSync('mkfifo', [join(dir, 'pipe.md')]);
  if (fifo.status !== 0) throw new Error(`mkfifo failed: ${fifo.stderr}`);
  return { root, dir };
}

/** Every path below `agents/` that is broken in some way, without `.md`. */
export const badFileNames = ['alias-bomb', 'binary', 'blank', 'cr-only', 'dangling-link', 'deep-nesting', 'deep-yaml', 'emphasis-flood', 'empty', 'fence-frame', 'fence-range', 'fence-ranges', 'fence-regex', 'folder', 'large-yaml', 'latin1', 'link-flood', 'list-frontmatter', 'loop-a', 'loop-b', 'mixed-endings', 'outside-chain', 'outside-link', 'name-list', 'name-number', 'pipe', 'scalar-frontmatter', 'tab-indent', 'url-escape', 'utf16'];

/** Those that cannot be agents at all, and are left out: the others build with a warning. */
export const leftOutNames = badFileNames.filter((name) => !['cr-only', 'fence-frame', 'fence-range', 'fence-ranges', 'fence-regex', 'folder', 'mixed-endings', 'name-number', 'url-escape'].includes(name));

/** The agents that build, broken files among them. */
export const builtAgentNames = ['42', 'cr-only-agent', 'fence-frame-agent', 'fence-range-agent', 'fence-ranges-agent', 'fence-regex-agent', 'good-agent', 'inside-folder', 'mixed-endings-agent', 'self-flood-agent', 'token-flood-agent', 'url-escape-agent', 'wall-of-text-agent'];

/** Paths below `agents/` left out that are not named `*.md`: a link to a folder outside. */
export const leftOutFolders = ['outside-folder'];
