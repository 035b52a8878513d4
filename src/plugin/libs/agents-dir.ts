import { isAbsolute, resolve } from 'node:path';
import type { AgentHandbookOptions } from './config.ts';

/** The folder of agent files: `HANDBOOK_AGENTS_DIR` if set, else the plugin option; relative to the project root. */
export function resolveAgentsDir(options: AgentHandbookOptions, root: string, env: NodeJS.ProcessEnv): string {
  const chosen = env['HANDBOOK_AGENTS_DIR']?.trim() || options.agentsDir;
  return isAbsolute(chosen) ? chosen : resolve(root, chosen);
}
