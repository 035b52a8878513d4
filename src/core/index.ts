/** The handbook core: pure functions from agent files to pages, with no Astro in sight. */
export { buildHandbook, type BuildOptions, type HandbookAsset, type HandbookBuild, type HandbookReport } from './build-handbook.ts';
export { languageStep, type OnboardingOrder } from './plan-onboarding.ts';
export { emitMdx, type EmitOptions } from './emit-mdx.ts';
export { formatProblem, type HandbookProblem } from './handbook-problem.ts';
export type { HandbookPage, PageKind } from './handbook-page.ts';
export type { AgentSource } from './parse-agent.ts';
export { taxonomy, type Taxonomy } from './taxonomy.ts';
export type { ChecklistsFile } from './link-practices.ts';
export type { RepositoryOptions } from './add-page-meta.ts';
export { mergeTaxonomy, taxonomyFileSchema, type TaxonomyFile } from './merge-taxonomy.ts';
