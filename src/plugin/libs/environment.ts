import { isAbsolute, resolve } from 'node:path';
import type { AgentHandbookOptions } from './config.ts';

/* Where the environment overrides the plugin options: one function per variable. */

/** The folder of agent files: `HANDBOOK_AGENTS_DIR` if set, else the plugin option; relative to the project root. */
export function resolveAgentsDir(options: Pick<AgentHandbookOptions, 'agentsDir'>, root: string, env: NodeJS.ProcessEnv): string {
  const chosen = env['HANDBOOK_AGENTS_DIR']?.trim() || options.agentsDir;
  return isAbsolute(chosen) ? chosen : resolve(root, chosen);
}

/** The repository for edit links: `HANDBOOK_REPOSITORY_URL` if set, else the plugin option. */
export function resolveRepository(options: Pick<AgentHandbookOptions, 'repository'>, env: NodeJS.ProcessEnv): AgentHandbookOptions['repository'] {
  const url = env['HANDBOOK_REPOSITORY_URL']?.trim();
  if (url) return { url, branch: env['HANDBOOK_REPOSITORY_BRANCH']?.trim() || options.repository?.branch || 'main' };
  return options.repository;
}

/** `HANDBOOK_ON_INVALID` (`warn` or `error`) if set, else the plugin option. */
export function resolveOnInvalid(options: Pick<AgentHandbookOptions, 'onInvalid'>, env: NodeJS.ProcessEnv): AgentHandbookOptions['onInvalid'] {
  const value = env['HANDBOOK_ON_INVALID']?.trim();
  return value === 'warn' || value === 'error' ? value : options.onInvalid;
}

/** Strict when the plugin option says so, or `HANDBOOK_STRICT=1`. */
export function resolveStrict(options: Pick<AgentHandbookOptions, 'strict'>, env: NodeJS.ProcessEnv): boolean {
  return options.strict || env['HANDBOOK_STRICT'] === '1';
}
