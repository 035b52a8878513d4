import { resolve } from 'node:path';
import type { AgentSource } from '../core/index.ts';
import { readAgentFiles, type ReadAgentFilesOptions } from '../plugin/libs/read-agent-files.ts';
import { UsageError } from './usage-error.ts';

/**
 * Reads the agent files below `dir` (relative to `cwd`) as the build does, naming them relative
 * to `cwd`. A folder that is missing or holds no agent file is a usage error.
 */
export function readAgentsFolder(dir: string, cwd: string, options: ReadAgentFilesOptions = {}): AgentSource[] {
  try {
    return readAgentFiles(resolve(cwd, dir), cwd, options);
  } catch (error) {
    // The plugin's hint names its option and environment variable; the command line has an argument.
    if (error instanceof Error && 'hint' in error) throw new UsageError(error.message, 'Name the folder that holds the agent files (.md) after the command, e.g. `agent-handbook check path/to/agents`; without one it is `.claude/agents`.');
    throw error;
  }
}
