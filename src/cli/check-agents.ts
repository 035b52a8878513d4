import { relative, resolve } from 'node:path';
// From the modules themselves, not the core's index: a check loads no more than it runs.
import type { HandbookProblem } from '../core/handbook-problem.ts';
import { checkAgent } from '../core/read/parse-agent.ts';
import { readAgents } from '../core/read/read-agents.ts';
import { readTaxonomyFile } from '../plugin/libs/read-taxonomy-file.ts';
import { readAgentsFolder } from './read-agents-folder.ts';
import { requireFile } from './require-file.ts';

export interface CheckResult {
  /** The folder checked, as the user named it. */
  agentsDir: string;
  /** How many agent files it holds. */
  files: number;
  /** Every problem, in file order, with file names relative to the working folder. */
  problems: HandbookProblem[];
}

export interface CheckOptions {
  agentsDir: string;
  /** Whether links in the agents folder may lead outside it. */
  followOutsideLinks?: boolean;
  /** A taxonomy file to validate as well. */
  taxonomy: string | undefined;
  /** The folder that paths are relative to, in and out. */
  cwd: string;
}

/**
 * Reads and validates the agent files as a build does, with the same messages, and builds
 * nothing: the first stage of the build, which is where every problem in a file shows. It parses
 * the Markdown of only the files whose lines leave a problem in doubt (`checkAgent`).
 */
export function checkAgents(options: CheckOptions): CheckResult {
  const sources = readAgentsFolder(options.agentsDir, options.cwd, { followOutsideLinks: options.followOutsideLinks === true });
  const problems = [...readAgents(sources, '/', checkAgent).problems];
  if (options.taxonomy !== undefined) problems.push(...readTaxonomyFile(requireFile(options.taxonomy, options.cwd, '--taxonomy'), options.cwd).problems);
  return { agentsDir: relative(options.cwd, resolve(options.cwd, options.agentsDir)) || '.', files: sources.length, problems };
}

/** The exit code of a check: 1 for errors, and for warnings too when strict; else 0. */
export function checkExitCode(result: CheckResult, strict: boolean): number {
  return result.problems.some((problem) => problem.severity === 'error' || strict) ? 1 : 0;
}
