import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { AgentSource } from '../../core/index.ts';

/** Reads every `.md` file below `dir`, in a stable order, named relative to `root` for messages. */
export function readAgentFiles(dir: string, root: string): AgentSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AstroError(
      `The agents folder ${relative(root, dir) || dir} does not exist.`,
      'Create it and put agent files (.md) in it, or point `HANDBOOK_AGENTS_DIR` or the `agentsDir` option at the folder that holds them.',
    );
  }
  const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.toLowerCase().endsWith('.md'))
    .sort();
  if (files.length === 0) {
    throw new AstroError(
      `The agents folder ${relative(root, dir) || dir} holds no .md files.`,
      'Add at least one agent file, e.g. a copy of a Claude Code subagent from .claude/agents/.',
    );
  }
  return files.map((name) => {
    const path = join(dir, name);
    return { file: relative(root, path) || path, text: readFileSync(path, 'utf8') };
  });
}
