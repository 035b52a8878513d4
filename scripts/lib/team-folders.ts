/**
 * An organisation's agents, for measuring the handbook at scale: `teams` copies of a folder of
 * agent files, one subfolder per team, each agent's name suffixed with its team ("api-designer"
 * becomes "api-designer-team-2"), as teams that keep their own copies of a public collection do.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the teams' folders below `target` (emptied first) and returns how many agent files it wrote. */
export function writeTeamFolders(source: string, target: string, teams = 5): number {
  rmSync(target, { recursive: true, force: true });
  const files = readdirSync(source).filter((name) => name.endsWith('.md'));
  for (let team = 1; team <= teams; team += 1) {
    const folder = join(target, `team-${team}`);
    mkdirSync(folder, { recursive: true });
    for (const name of files) {
      const text = readFileSync(join(source, name), 'utf8');
      // The first `name:` of the frontmatter gets the team's suffix; a file without one keeps its file name, which differs by folder.
      writeFileSync(join(folder, name), text.replace(/^(---\r?\n(?:.*\r?\n)*?name:[ \t]*)(["']?)([^"'\r\n]+?)\2[ \t]*$/mu, (_, head: string, quote: string, value: string) => `${head}${quote}${value}-team-${team}${quote}`));
    }
  }
  return files.length * teams;
}
