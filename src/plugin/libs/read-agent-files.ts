import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { AgentSource } from '../../core/index.ts';
import { decodeAgentFile } from '../../core/read/decode-agent-file.ts';

/**
 * Reads every `.md` file below `dir`, subfolders and linked folders included, in a stable order,
 * named relative to `root` for messages when they are inside it. What cannot be read as a file (a folder or a broken or
 * looping link named `*.md`, a FIFO, a file it may not open) comes back as a source that says
 * why, so that the build reports it with every other problem instead of stopping at it.
 */
export function readAgentFiles(dir: string, root: string): AgentSource[] {
  // Relative to the project when inside it, else absolute: `../../../tmp/x.md` helps no one.
  const shown = (path: string) => {
    const inProject = relative(root, path);
    return inProject && !inProject.startsWith('..') ? inProject : path;
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AstroError(
      existsSync(dir) ? `The agents folder ${shown(dir)} is a file, not a folder.` : `The agents folder ${shown(dir)} does not exist.`,
      'Create it and put agent files (.md) in it, or point `HANDBOOK_AGENTS_DIR` or the `agentsDir` option at the folder that holds them.',
    );
  }
  const sources: AgentSource[] = [];
  const unreadable = (path: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    sources.push({ file: shown(path), text: '', unreadable: { message, hint, severity } });
  const folders = new Set([realpathSync(dir)]);

  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      const isAgent = entry.name.toLowerCase().endsWith('.md');
      let stats: Stats;
      try {
        // Follows links: a link to a file or a folder counts as what it points to.
        stats = statSync(path);
      } catch (error) {
        if (isAgent) unreadable(path, ...linkProblem(error));
        continue;
      }
      if (stats.isDirectory()) {
        const real = realpathSync(path);
        if (folders.has(real)) {
          unreadable(path, `This link leads to ${shown(real)}, a folder that is read already; it was read once.`, 'Remove the link, or point it at a folder outside the agents folder.', 'warning');
          continue;
        }
        folders.add(real);
        if (isAgent) unreadable(path, 'This is a folder, not an agent file; the .md files in it were read as agents.', 'Give the folder a name that does not end in .md.', 'warning');
        walk(path);
      } else if (isAgent) {
        if (!stats.isFile()) {
          unreadable(path, 'This is not a regular file (it is a pipe, a socket or a device), so it was not read.', 'Keep only agent files (.md) in the agents folder.');
          continue;
        }
        try {
          sources.push(decodeAgentFile(shown(path), readFileSync(path)));
        } catch (error) {
          unreadable(path, `The file cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`, 'Check that the user running the build may read it.');
        }
      }
    }
  };
  walk(dir);

  if (sources.length === 0) {
    throw new AstroError(
      `The agents folder ${shown(dir)} holds no .md files.`,
      'Add at least one agent file, e.g. a copy of a Claude Code subagent from .claude/agents/.',
    );
  }
  return sources.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** What to say about a path named `*.md` that cannot be followed. */
function linkProblem(error: unknown): [string, string] {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return ['This is a symbolic link that loops back on itself, so there is no file to read.', 'Point the link at an agent file, or remove it.'];
  if (code === 'ENOENT') return ['This is a symbolic link to a file that does not exist.', 'Point the link at an agent file, or remove it.'];
  return [`This cannot be read: ${code ?? String(error)}.`, 'Check that the user running the build may read it.'];
}
