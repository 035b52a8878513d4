import { resolve } from 'node:path';
import type { AgentSource } from '../core/index.ts';
import { readAgentFiles } from '../plugin/libs/read-agent-files.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads the agent files below `dir` (relative to `cwd`) as the build does, naming them relative
 * to `cwd`. A folder that is missing or holds no agent file is a usage error.
 */
export function readAgentsFolder(dir: string, cwd: string): AgentSource[] {
  try {
    return readAgentFiles(resolve(cwd, dir), cwd);
  } catch (error) {
    if (error instanceof Error && 'hint' in error) throw new UsageError(error.message, typeof error.hint === 'string' ? error.hint : undefined);
    throw error;
  }
}
