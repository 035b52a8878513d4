import GithubSlugger, { slug } from 'github-slugger';
import { walkSections } from './read/build-section-tree.ts';
import { buildSectionTree } from './read/build-section-tree.ts';
import { classifySections } from './classify/classify-section.ts';
import { extractDefinitionOfDone } from './read/extract-definition-of-done.ts';
import { assignAnchorIds } from './link/assign-anchor-ids.ts';
import { assignItemLevels } from './plan/assign-item-levels.ts';
import { addPageMeta, type RepositoryOptions } from './plan/add-page-meta.ts';
import type { HandbookProblem } from './handbook-problem.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage, type PageKind } from './handbook-page.ts';
import { parseAgent, type AgentSource } from './read/parse-agent.ts';
import { planAgentPage } from './plan/plan-agent-page.ts';
import { planChecklistsPage } from './plan/plan-checklists-page.ts';
import { planPracticesPage } from './plan/plan-practices-page.ts';
import { planMapPage } from './plan/plan-map-page.ts';
import { planAgentsIndex, planProblemsPage, planTopicsIndex } from './plan/plan-index-pages.ts';
import { attachOnboarding, planOnboardingPage, planOnboardingPath, type OnboardingOrder } from './plan/plan-onboarding.ts';
import { markdownPath, emitLlmsTxt } from './emit/emit-llms-txt.ts';
import { emitMarkdown } from './emit/emit-markdown.ts';
import { agentFileAsset } from './plan/plan-agent-page.ts';
import { collectPractices } from './link/collect-practices.ts';
import { linkPractices, type ChecklistsFile } from './link/link-practices.ts';
import { planHomePage } from './plan/plan-home-page.ts';
import { planNotFoundPage } from './plan/plan-not-found-page.ts';
import { planLanguagePages } from './plan/plan-language-pages.ts';
import { planTopicPages } from './plan/plan-topic-pages.ts';
import { excerpt, type RenderContext } from './render/render-blocks.ts';
import { taxonomy as defaultTaxonomy, type Taxonomy, type TopicEntry } from './classify/taxonomy.ts';
import { PlacementTracker, sourceUnits } from './render/track-placement.ts';

export interface BuildOptions {
  taxonomy?: Taxonomy;
  /** The site's base path. @default '/' */
  base?: string;
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
  checklistItems: number;
  problems: HandbookProblem[];
}

export interface HandbookBuild {
  pages: HandbookPage[];
  report: HandbookReport;
  /** What `dist/checklists.json` holds. */
  checklists: ChecklistsFile;
  /** llms.txt, each page as Markdown, and each raw agent file. */
  assets: HandbookAsset[];
}

/** Agent files in, handbook pages and a report out: parse → classify → split → emit-ready pages. */
export function buildHandbook(sources: AgentSource[], options: BuildOptions = {}): HandbookBuild {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const base = options.base ?? '/';
  const problems: HandbookProblem[] = [];
  const slugger = new GithubSlugger();
  const newTopics: TopicEntry[] = [];
  const agents: AgentModel[] = [];

  const skipped: string[] = [];
  for (const source of sources) {
    const parsed = parseAgent(source);
    problems.push(...parsed.problems);
    if (!parsed.ok) {
      skipped.push(source.file);
      continue;
    }
    const tree = extractDefinitionOfDone(buildSectionTree(parsed.agent.body), taxonomy.definitionOfDonePhrases);
    const classification = classifySections(tree, { ...taxonomy, topics: [...taxonomy.topics, ...newTopics] });
    newTopics.push(...classification.newTopics);
    const wanted = slug(parsed.agent.frontmatter.name) || 'agent';
    const agentSlug = slugger.slug(wanted);
    const twin = agents.find((agent) => slug(agent.frontmatter.name) === wanted);
    if (twin) {
      problems.push({
        file: source.file,
        line: 1,
        severity: 'warning',
        message: `Another agent, in ${twin.file}, has the same name, "${parsed.agent.frontmatter.name}"; this one's pages are at ${pageUrl(pageIds.agent(agentSlug), base)}.`,
        hint: 'Give each agent a name of its own.',
      });
    }
    agents.push({
      slug: agentSlug,
      file: source.file,
      frontmatter: parsed.agent.frontmatter,
      text: parsed.agent.text,
      sections: classification.sections,
      units: sourceUnits(tree),
    });
  }

  const model = describeModel(agents, { ...taxonomy, topics: [...taxonomy.topics, ...newTopics] }, base);
  const practices = collectPractices(agents, model.taxonomy);
  const context: RenderContext = { taxonomy: model.taxonomy, placements: new PlacementTracker(), practices };
  const pages: HandbookPage[] = agents.length === 0 ? [] : [
    planHomePage(model),
    ...planLanguagePages(model, context),
    ...planTopicPages(model, context),
    planChecklistsPage(model, context),
    ...agents.map((agent, order) => planAgentPage(agent, model, context, order)),
    planNotFoundPage(model),
  ];
  for (const page of pages) assignAnchorIds(page.body);
  const linked = linkPractices(pages, practices, model);
  if (agents.length > 0) {
    const extra = [
      planOnboardingPage(),
      planPracticesPage(model, practices, linked.places),
      planMapPage(model, practices),
      planTopicsIndex(model),
      planAgentsIndex(model),
    ];
    for (const page of extra) assignAnchorIds(page.body);
    pages.splice(pages.findIndex((page) => page.kind === 'checklists') + 1, 0, ...extra);
  }
  for (const page of pages) {
    assignItemLevels(page.body);
    addPageMeta(page, model, options.repository);
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
      checklistItems,
      problems,
    },
    checklists: linked.file,
    assets: agents.length === 0 ? [] : [
      { path: 'llms.txt', content: emitLlmsTxt(pages, model, options.site) },
      ...pages.filter((page) => page.kind !== 'not-found').map((page) => ({ path: markdownPath(page), content: emitMarkdown(page) })),
      ...agents.map((agent) => ({ path: agentFileAsset(agent, base).path, content: agent.text })),
    ],
  };
}

/** The topics and languages the agents cover, in the order they take them up. */
function describeModel(agents: AgentModel[], taxonomy: Taxonomy, base: string): HandbookModel {
  const topicSlugs = new Set<string>();
  const languageSlugs = new Set<string>();
  for (const agent of agents) {
    for (const section of walkSections(agent.sections)) {
      topicSlugs.add(section.topic);
      if (section.language) languageSlugs.add(section.language);
    }
  }
  const topics = [...topicSlugs].map((slug) => taxonomy.topics.find((topic) => topic.slug === slug)!);
  const languages = [...languageSlugs].map((slug) => taxonomy.languages.find((language) => language.slug === slug)!);
  return { agents, topics, languages, taxonomy, base };
}
