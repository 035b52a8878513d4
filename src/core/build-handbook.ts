import { classifyAgents } from './classify/classify-agents.ts';
import { reportSections, type SectionReport } from './classify/report-sections.ts';
import { indexSections } from './plan/index-sections.ts';
import { addTabTargets } from './render/add-tab-targets.ts';
import { assignAnchorIds } from './link/assign-anchor-ids.ts';
import { assignItemLevels } from './plan/assign-item-levels.ts';
import { addPageMeta, type RepositoryOptions } from './plan/add-page-meta.ts';
import type { HandbookProblem } from './handbook-problem.ts';
import { pageUrl, type AgentModel, type HandbookModel, type HandbookPage, type PageKind } from './handbook-page.ts';
import type { AgentSource } from './read/parse-agent.ts';
import { planAgentPage } from './plan/plan-agent-page.ts';
import { planChecklistsPages } from './plan/plan-checklists-pages.ts';
import { planPracticesPages } from './plan/plan-practices-pages.ts';
import { planMapPage } from './plan/plan-map-page.ts';
import { planAgentsIndex, planProblemsPage, planTopicsIndex } from './plan/plan-index-pages.ts';
import { attachOnboarding, planOnboardingPage, planOnboardingPath, type OnboardingOrder } from './plan/plan-onboarding.ts';
import { handbookExports, type HandbookExports } from './emit/handbook-exports.ts';
import { collectPractices } from './link/collect-practices.ts';
import { linkPractices, type ChecklistsFile } from './link/link-practices.ts';
import { planHomePage } from './plan/plan-home-page.ts';
import { planNotFoundPage } from './plan/plan-not-found-page.ts';
import { planLanguagePages } from './plan/plan-language-pages.ts';
import { planTopicPages } from './plan/plan-topic-pages.ts';
import { excerpt, type RenderContext } from './render/render-blocks.ts';
import { taxonomy as defaultTaxonomy, type Taxonomy, type TopicEntry } from './classify/taxonomy.ts';
import { PlacementTracker } from './render/track-placement.ts';

export interface BuildOptions {
  taxonomy?: Taxonomy;
  /**
   * Where the handbook's pages live: the site's base path, then the prefix the pages are under.
   * @default '/'
   * @example '/docs/handbook/'
   */
  base?: string;
  /**
   * The handbook's name, on its home page and in `llms.txt`.
   * @default 'Agent Handbook'
   */
  title?: string;
  /**
   * Whether the handbook has a 404 page: yes when it is the whole site, no when its pages sit
   * beside a site's own, whose 404 page stays.
   * @default true
   */
  notFoundPage?: boolean;
  /** Where the agent files live online; pages then link to the lines they come from. */
  repository?: RepositoryOptions;
  /** The onboarding path's order, when a file sets one. */
  onboardingOrder?: OnboardingOrder;
  /** The site's URL, for absolute links in llms.txt. */
  site?: string;
}

/** A file the build writes beside the pages, below the site's root. */
export interface HandbookAsset {
  /** Relative to the output folder, without the base: `llms.txt`, `languages/go/index.md`. */
  path: string;
  content: string;
}

export interface AgentReport {
  name: string;
  slug: string;
  file: string;
  sourceBlocks: number;
  placedBlocks: number;
  unplaced: Array<{ line: number; type: string; text: string }>;
}

export interface PageReport {
  url: string;
  kind: PageKind;
  title: string;
  language?: string;
  topic?: string;
  agent?: string;
}

/** What `dist/handbook-report.json` holds. */
export interface HandbookReport {
  agents: AgentReport[];
  /** Files left out because they could not be read as agents. */
  skipped: string[];
  pages: PageReport[];
  /** Every heading of every agent (and the text before its first heading): where it went, and why. */
  sections: SectionReport[];
  checklistItems: number;
  problems: HandbookProblem[];
}

export interface HandbookBuild {
  pages: HandbookPage[];
  report: HandbookReport;
  /** What `dist/checklists.json` holds. */
  checklists: ChecklistsFile;
  /** llms.txt, each page as Markdown, and each raw agent file: made when asked for. */
  exports: HandbookExports;
}

/** Agent files in, handbook pages and a report out: read → classify → plan → render → link → emit-ready pages. */
export function buildHandbook(sources: AgentSource[], options: BuildOptions = {}): HandbookBuild {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const base = options.base ?? '/';
  const { agents, sharedTopics, problems, skipped } = classifyAgents(sources, taxonomy, base);

  const model = describeModel(agents, { ...taxonomy, topics: [...taxonomy.topics, ...sharedTopics] }, sharedTopics, base, options.title ?? 'Agent Handbook');
  const practices = collectPractices(agents, model.taxonomy);
  const context: RenderContext = { taxonomy: model.taxonomy, placements: new PlacementTracker(), practices, several: agents.length > 1 };
  const pages: HandbookPage[] = agents.length === 0 ? [] : [
    planHomePage(model),
    ...planLanguagePages(model, context),
    ...planTopicPages(model, context),
    ...planChecklistsPages(model, context),
    ...agents.map((agent, order) => planAgentPage(agent, model, context, order)),
    ...(options.notFoundPage === false ? [] : [planNotFoundPage(model)]),
  ];
  for (const page of pages) assignAnchorIds(page.body);
  const linked = linkPractices(pages, practices, model);
  if (agents.length > 0) {
    const extra = [
      planOnboardingPage(),
      ...planPracticesPages(model, practices, linked.places),
      planMapPage(model, practices, pages),
      planTopicsIndex(model),
      planAgentsIndex(model),
    ];
    for (const page of extra) assignAnchorIds(page.body);
    pages.splice(pages.findLastIndex((page) => page.kind === 'checklists') + 1, 0, ...extra);
  }
  for (const page of pages) {
    assignItemLevels(page.body);
    addPageMeta(page, model, options.repository);
    addTabTargets(page);
  }
  if (agents.length > 0) attachOnboarding(pages, planOnboardingPath(model, pages, options.onboardingOrder, problems), model);

  const agentReports = agents.map((agent): AgentReport => {
    const unplaced = agent.units.filter((unit) => !context.placements.has(unit.node));
    for (const unit of unplaced) {
      problems.push({
        file: agent.file,
        line: unit.line,
        severity: 'error',
        message: `This ${unit.type} landed on no page of the handbook: “${excerpt(unit.node)}”.`,
        hint: 'This is a bug in Agent Handbook: please report it with the agent file.',
      });
    }
    return {
      name: agent.frontmatter.name,
      slug: agent.slug,
      file: agent.file,
      sourceBlocks: agent.units.length,
      placedBlocks: agent.units.length - unplaced.length,
      unplaced: unplaced.map((unit) => ({ line: unit.line, type: unit.type, text: excerpt(unit.node) })),
    };
  });

  if (problems.length > 0 && agents.length > 0) {
    const page = planProblemsPage(problems, skipped);
    assignAnchorIds(page.body);
    pages.push(page);
  }

  const checklistItems = practices.items.filter((item) => item.checklist.kind === 'checklist').length;

  return {
    pages,
    report: {
      agents: agentReports,
      skipped,
      pages: pages.map((page) => ({
        url: pageUrl(page.id, base),
        kind: page.kind,
        title: page.title,
        ...(page.language ? { language: page.language } : {}),
        ...(page.topic ? { topic: page.topic } : {}),
        ...(page.agent ? { agent: page.agent } : {}),
      })),
      sections: reportSections(agents, base),
      checklistItems,
      problems,
    },
    checklists: linked.file,
    exports: handbookExports(pages, agents, model, options.site),
  };
}

/**
 * The topics and languages the agents cover: the taxonomy's topics in its editorial order, then
 * the topics made from shared headings, those with the most sections first; the languages in
 * the taxonomy's order.
 */
function describeModel(agents: AgentModel[], taxonomy: Taxonomy, sharedTopics: TopicEntry[], base: string, title: string): HandbookModel {
  const index = indexSections(agents);
  const size = (slug: string) => index.topics.get(slug)?.length ?? 0;
  const shared = new Set(sharedTopics.map((topic) => topic.slug));
  const topics = [
    ...taxonomy.topics.filter((topic) => !shared.has(topic.slug) && size(topic.slug) > 0),
    ...sharedTopics.filter((topic) => size(topic.slug) > 0).sort((a, b) => size(b.slug) - size(a.slug) || a.label.localeCompare(b.label)),
  ];
  const languages = taxonomy.languages.filter((language) => index.languages.has(language.slug));
  return { agents, topics, languages, taxonomy, base, title, index };
}
