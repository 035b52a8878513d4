import { join } from 'node:path';
import { buildHandbook, formatProblem, type HandbookBuild, type RepositoryOptions } from '../../core/index.ts';
import { throwOnPageClashes } from './find-page-clashes.ts';
import { readAgentFiles } from './read-agent-files.ts';
import { readOnboardingOrder } from './read-onboarding-order.ts';
import { readTaxonomyFile } from './read-taxonomy-file.ts';
import { throwOnErrors } from './report-problems.ts';
import { writePages, type PageFileChanges } from './write-pages.ts';

export interface GenerateOptions {
  agentsDir: string;
  /** What file names in messages, the report and edit links are relative to. */
  sourceRoot: string;
  /** The site's docs folder, `src/content/docs/`. */
  docsDir: string;
  /** The site's `src/pages/` folder, whose pages the handbook's must not clash with. */
  pagesDir: string;
  /** The path the handbook's pages live under, without slashes; empty when it is the whole site. */
  prefix: string;
  componentsFile: string;
  /** Where the handbook's pages live: the site's base path and the prefix, ending with `/`. */
  base: string;
  title: string;
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
export function generateHandbook(options: GenerateOptions): { build: HandbookBuild; changes: PageFileChanges } {
  const sources = readAgentFiles(options.agentsDir, options.sourceRoot);
  const onboarding = readOnboardingOrder(options.onboardingFile, options.sourceRoot);
  const taxonomy = readTaxonomyFile(options.taxonomyFile, options.sourceRoot);
  const build = buildHandbook(sources, {
    taxonomy: taxonomy.taxonomy,
    base: options.base,
    title: options.title,
    // Under a prefix, the site's own 404 page stays.
    notFoundPage: options.prefix === '',
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
  throwOnPageClashes(build.pages, { docsDir: options.docsDir, pagesDir: options.pagesDir, prefix: options.prefix, root: options.sourceRoot });
  const changes = writePages(build.pages, join(options.docsDir, options.prefix), options.componentsFile);
  return { build, changes };
}
