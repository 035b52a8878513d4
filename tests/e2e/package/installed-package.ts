import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The project the package tests install the packed tarball into, once (package.setup.ts). It is
 * outside this repository, so that nothing there can resolve a module from this checkout's
 * node_modules: what works there works for a user who installed the package.
 */
export const project = join(tmpdir(), `agent-handbook-package-${createHash('sha256').update(process.cwd()).digest('hex').slice(0, 8)}`);

/**
 * A team's repository with its agents in `.claude/agents` (tests/e2e/sites/team-repo). It is
 * beside the project, not in it: like a repository where `npx agent-handbook` runs, it has no
 * node_modules for the command to lean on.
 */
export const teamRepo = `${project}-team-repo`;

/** A Starlight site with docs of its own that uses the plugin (tests/e2e/sites/starlight-docs). */
export const starlightSite = join(project, 'site');

/** The command npm installed, as a user's shell finds it. */
export const agentHandbookBin = join(project, 'node_modules', '.bin', 'agent-handbook');

export interface CommandResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end in `cwd`. */
export function runCommand(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): CommandResult {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the installed `agent-handbook` command in the team's repository. */
export function agentHandbook(...args: string[]): CommandResult {
  return runCommand(agentHandbookBin, args, teamRepo);
}

/** The same, with these environment variables set. */
export function agentHandbookWithEnv(env: NodeJS.ProcessEnv, ...args: string[]): CommandResult {
  return runCommand(agentHandbookBin, args, teamRepo, env);
}
