import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from './usage-error.ts';

/** The file every handbook build writes at the top of its output: how a folder shows it holds one. */
export const reportFile = 'handbook-report.json';

/**
 * The absolute path of the folder to build into. Astro empties that folder first, so it must be
 * new, empty or an earlier handbook build, and hold neither the working folder nor the agents.
 */
export function checkOutDir(out: string, cwd: string, agentsDir: string): string {
  const dir = resolve(cwd, out);
  const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(sep) ? parent : `${parent}${sep}`);
  const hint = 'Give --out a new folder, such as `--out handbook-site`.';
  const agents = resolve(cwd, agentsDir);
  if (inside(cwd, dir) || inside(agents, dir)) throw new UsageError(`--out ${out} holds this folder or the agent files, and a build empties it first.`, hint);
  if (inside(dir, agents)) throw new UsageError(`--out ${out} is inside the agents folder, and its Markdown pages would be read as agents.`, hint);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UsageError(`--out ${out} is a file, not a folder.`, hint);
  if (existsSync(dir) && readdirSync(dir).length > 0 && !existsSync(join(dir, reportFile))) {
    throw new UsageError(`--out ${relative(cwd, dir) || out} holds files that no handbook build wrote, and a build empties it first.`, hint);
  }
  return dir;
}
