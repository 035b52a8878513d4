import { buildHandbook, formatProblem, type HandbookBuild, type RepositoryOptions } from '../../core/index.ts';
import { readAgentFiles } from './read-agent-files.ts';
import { readOnboardingOrder } from './read-onboarding-order.ts';
import { readTaxonomyFile } from './read-taxonomy-file.ts';
import { throwOnErrors } from './report-problems.ts';
import { writePages } from './write-pages.ts';

export interface GenerateOptions {
  agentsDir: string;
  root: string;
  docsDir: string;
  componentsFile: string;
  base: string;
  repository: RepositoryOptions | undefined;
  /** The YAML file that may set the onboarding order. */
  onboardingFile: string;
  /** The YAML file that may extend the taxonomy. */
  taxonomyFile: string;
  site: string | undefined;
  onInvalid: 'error' | 'warn';
  warn: (message: string) => void;
}

/** Reads the agents, builds the handbook and writes its pages; throws on any error in the files. */
export function generateHandbook(options: GenerateOptions): HandbookBuild {
  const sources = readAgentFiles(options.agentsDir, options.root);
  const onboarding = readOnboardingOrder(options.onboardingFile, options.root);
  const taxonomy = readTaxonomyFile(options.taxonomyFile, options.root);
  const build = buildHandbook(sources, {
    taxonomy: taxonomy.taxonomy,
    base: options.base,
    ...(options.repository ? { repository: options.repository } : {}),
    ...(onboarding.order ? { onboardingOrder: onboarding.order } : {}),
    ...(options.site ? { site: options.site } : {}),
  });
  build.report.problems.push(...onboarding.problems, ...taxonomy.problems);
  const leftOut = options.onInvalid === 'warn';
  for (const problem of build.report.problems) {
    if (problem.severity === 'warning' || leftOut) options.warn(formatProblem(problem));
  }
  if (!leftOut) throwOnErrors(build.report.problems);
  writePages(build.pages, options.docsDir, options.componentsFile);
  return build;
}
