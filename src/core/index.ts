/** The handbook core: pure functions from agent files to pages, with no Astro in sight. */
export { buildHandbook, createHandbookBuilder, type BuildOptions, type BuildStats, type HandbookAsset, type HandbookBuild, type HandbookBuilder, type HandbookReport } from './build-handbook.ts';
export type { HandbookExports } from './emit/handbook-exports.ts';
export { languageStep, type OnboardingOrder } from './plan/plan-onboarding.ts';
export { emitMdx, type EmitOptions } from './emit/emit-mdx.ts';
export { escapeHtml, markdownInline, pagefindFilterText } from './emit/escape-for-context.ts';
export { formatProblem, type HandbookProblem } from './handbook-problem.ts';
export { describeUnknownFenceLanguages } from './render/highlighter-languages.ts';
export type { HandbookPage, PageKind } from './handbook-page.ts';
export { checkAgent, type AgentSource, type CheckedAgent } from './read/parse-agent.ts';
export { readAgents, type NamedAgent, type ReadAgentsResult } from './read/read-agents.ts';
export { decodeAgentFile } from './read/decode-agent-file.ts';
export { taxonomy, type Taxonomy } from './classify/taxonomy.ts';
export type { ChecklistsFile } from './link/link-practices.ts';
export type { RepositoryOptions } from './plan/add-page-meta.ts';
export { mergeTaxonomy, taxonomyFileSchema, type TaxonomyFile } from './classify/merge-taxonomy.ts';
