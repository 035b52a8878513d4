import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, resolve, sep } from 'node:path';
import { AstroError } from 'astro/errors';
import type { AgentSource } from '../../core/index.ts';
import { decodeAgentFile } from '../../core/read/decode-agent-file.ts';

export interface ReadAgentFilesOptions {
  /**
   * Whether a link may lead outside the agents folder. By default a link (to a file or a folder)
   * whose target, every link followed, is not below the agents folder is refused: whoever can
   * add a link to the folder (a pull request a CI job builds) could otherwise publish any file
   * the build can read, such as `passwd.md -> /etc/passwd`.
   */
  followOutsideLinks?: boolean;
}

/**
 * Reads every `.md` file below `dir`, subfolders and linked folders included, in a stable order,
 * named relative to `root` for messages when they are inside it. What cannot be read as a file
 * (a folder or a broken or looping link named `*.md`, a FIFO, a file it may not open, a link
 * that leads outside the folder) comes back as a source that says why, so that the build
 * reports it with every other problem instead of stopping at it.
 */
export function readAgentFiles(dir: string, root: string, options: ReadAgentFilesOptions = {}): AgentSource[] {
  // A folder's name in a message: relative to the project when inside it, else absolute.
  const shown = (path: string) => {
    const inProject = relative(root, path);
    return inProject && !inProject.startsWith('..') ? inProject : path;
  };
  // A file's name, which pages, search and the report show: relative to the project when inside
  // it, else to the agents folder. Never absolute, which would publish the machine's layout
  // ("/home/ci/…"); `../../../tmp/x.md` helps no one either.
  const named = (path: string) => {
    const inProject = relative(root, path);
    if (inProject && !inProject.startsWith('..')) return inProject;
    const inFolder = relative(dir, path);
    return inFolder && !inFolder.startsWith('..') ? inFolder : basename(path);
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new AstroError(
      existsSync(dir) ? `The agents folder ${shown(dir)} is a file, not a folder.` : `The agents folder ${shown(dir)} does not exist.`,
      'Create it and put agent files (.md) in it, or point `HANDBOOK_AGENTS_DIR` or the `agentsDir` option at the folder that holds them.',
    );
  }
  const sources: AgentSource[] = [];
  const unreadable = (path: string, message: string, hint: string, severity: 'error' | 'warning' = 'error') =>
    sources.push({ file: named(path), text: '', unreadable: { message, hint, severity } });
  const top = realpathSync(dir);
  const outsideHint = 'Put what it leads to inside the agents folder instead of linking to it, or allow links that lead outside with the `followOutsideLinks` option (`--follow-outside-links` on the command line).';
  // A folder named inside the project stays there: a pull request could make `.claude/agents` itself a link to any folder.
  if (!options.followOutsideLinks && isBelow(resolve(dir), resolve(root)) && !isBelow(top, realpathSync(root))) {
    return [{ file: shown(dir), text: '', unreadable: { message: 'The agents folder is a link that leads outside the project, so nothing in it was read.', hint: outsideHint } }];
  }
  const folders = new Set([top]);

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
      // Only a link can lead out: any other entry is where its folder is, and a folder outside is not walked.
      const link = entry.isSymbolicLink();
      const real = link || stats.isDirectory() ? realpathSync(path) : path;
      if (link && !options.followOutsideLinks && !isBelow(real, top)) {
        if (isAgent || stats.isDirectory()) {
          unreadable(
            path,
            `This link leads outside the agents folder, so it was not read${stats.isDirectory() ? ', nor any file in the folder it leads to' : ''}.`,
            outsideHint,
          );
        }
        continue;
      }
      if (stats.isDirectory()) {
        if (folders.has(real)) {
          unreadable(path, `This link leads to ${named(real)}, a folder that is read already; it was read once.`, 'Remove the link: the files it leads to are read without it.', 'warning');
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
          // The target the check above saw, even if the link changed since.
          sources.push(decodeAgentFile(named(path), readFileSync(real)));
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

/** Whether `path` is `folder` or below it (both absolute, links resolved or not alike). */
function isBelow(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : `${folder}${sep}`);
}

/** What to say about a path named `*.md` that cannot be followed. */
function linkProblem(error: unknown): [string, string] {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return ['This is a symbolic link that loops back on itself, so there is no file to read.', 'Point the link at an agent file, or remove it.'];
  if (code === 'ENOENT') return ['This is a symbolic link to a file that does not exist.', 'Point the link at an agent file, or remove it.'];
  return [`This cannot be read: ${code ?? String(error)}.`, 'Check that the user running the build may read it.'];
}
