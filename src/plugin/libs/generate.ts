import { join } from 'node:path';
import { createHandbookBuilder, describeUnknownFenceLanguages, formatProblem, type HandbookBuild, type HandbookBuilder, type HandbookProblem, type RepositoryOptions } from '../../core/index.ts';
import { throwOnPageClashes } from './find-page-clashes.ts';
import { readAgentFiles } from './read-agent-files.ts';
import { readOnboardingOrder } from './read-onboarding-order.ts';
import { readTaxonomyFile } from './read-taxonomy-file.ts';
import { throwOnErrors } from './report-problems.ts';
import { writePages, type PageFileChanges } from './write-pages.ts';

export interface GenerateOptions {
  agentsDir: string;
  /** Whether links in the agents folder may lead outside it. */
  followOutsideLinks: boolean;
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
  /**
   * Whether runs follow one another (dev): the generator then keeps what it read and planned, so
   * that a run after a change does only what the change needs. A build runs once, and keeps nothing.
   */
  again: boolean;
}

/** `unchanged`: no file the handbook is made from changed since the run before, and nothing was done. */
export type Generate = () => { build: HandbookBuild; changes: PageFileChanges; unchanged?: true };

/**
 * What generates the handbook, again and again in dev: each run reads the agents, builds the
 * handbook and writes its pages, and throws on any error in the files. Runs keep one builder
 * while the taxonomy and the onboarding order stay the same, so a change to one agent file reads
 * that file and plans only the pages it feeds.
 */
export function handbookGenerator(options: GenerateOptions): Generate {
  let builder: { key: string; builder: HandbookBuilder } | undefined;
  let last: { inputs: string[]; build: HandbookBuild } | undefined;
  // In dev, a warning the run before showed is not shown again on every edit.
  let shown = new Set<string>();
  return () => {
    const showing = new Set<string>();
    const warn = (message: string) => {
      if (!shown.has(message) && !showing.has(message)) options.warn(message);
      showing.add(message);
    };
    const sources = readAgentFiles(options.agentsDir, options.sourceRoot, { followOutsideLinks: options.followOutsideLinks });
    const onboarding = readOnboardingOrder(options.onboardingFile, options.sourceRoot);
    const taxonomy = readTaxonomyFile(options.taxonomyFile, options.sourceRoot);
    const key = JSON.stringify([taxonomy.taxonomy, onboarding.order ?? null, taxonomy.problems, onboarding.problems]);
    // A save that changed nothing (editors and watchers often report one change twice) changes no page.
    const inputs = [key, ...sources.flatMap((source) => [source.file, source.text, JSON.stringify(source.unreadable ?? null)])];
    if (last && inputs.length === last.inputs.length && inputs.every((input, position) => input === last!.inputs[position])) {
      return { build: last.build, changes: { add: [], change: [], unlink: [] }, unchanged: true };
    }
    if (builder?.key !== key) {
      builder = {
        key,
        builder: createHandbookBuilder({
          taxonomy: taxonomy.taxonomy,
          base: options.base,
          title: options.title,
          // Under a prefix, the site's own 404 page stays.
          notFoundPage: options.prefix === '',
          ...(options.repository ? { repository: options.repository } : {}),
          ...(onboarding.order ? { onboardingOrder: onboarding.order } : {}),
          ...(options.site ? { site: options.site } : {}),
        }),
      };
    }
    try {
      const published = publish(builder.builder.build(sources), onboarding.problems, taxonomy.problems, { ...options, warn });
      if (options.again) last = { inputs, build: published.build };
      else builder = undefined;
      return published;
    } finally {
      shown = showing;
    }
  };
}

/**
 * What the end of a build needs of the handbook: its report, `checklists.json` and its exported
 * files, made now, without the pages and parsed agents they were made from, which Astro's
 * rendering of the pages then need not share the memory with.
 */
export function forBuildEnd(build: HandbookBuild): HandbookBuild {
  const assets = build.exports.all();
  const byPath = new Map(assets.map((asset) => [asset.path, asset]));
  return {
    pages: [],
    report: build.report,
    checklists: build.checklists,
    stats: build.stats,
    exports: { paths: () => [...byPath.keys()], get: (path) => byPath.get(path), all: () => assets },
  };
}

/** Reports the build's problems and writes its pages; throws on any error in the files. */
function publish(build: HandbookBuild, onboardingProblems: HandbookProblem[], taxonomyProblems: HandbookProblem[], options: GenerateOptions): { build: HandbookBuild; changes: PageFileChanges } {
  build.report.problems.push(...onboardingProblems, ...taxonomyProblems);
  const leftOut = options.onInvalid === 'warn';
  for (const problem of build.report.problems) {
    if (problem.severity === 'warning' || leftOut) options.warn(formatProblem(problem));
  }
  const unhighlighted = describeUnknownFenceLanguages(build.report.unknownFenceLanguages);
  if (unhighlighted) options.warn(unhighlighted);
  if (!leftOut) throwOnErrors(build.report.problems);
  throwOnPageClashes(build.pages, { docsDir: options.docsDir, pagesDir: options.pagesDir, prefix: options.prefix, root: options.sourceRoot });
  const changes = writePages(build.pages, join(options.docsDir, options.prefix), options.componentsFile);
  return { build, changes };
}
