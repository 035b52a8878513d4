import type { Node, Nodes } from 'mdast';
import { classifyAgents, type AgentCache } from './classify/classify-agents.ts';
import { reportSections, type SectionReport } from './classify/report-sections.ts';
import { indexSections } from './plan/index-sections.ts';
import { addTabTargets } from './render/add-tab-targets.ts';
import { assignAnchorIds } from './link/assign-anchor-ids.ts';
import { assignItemLevels } from './plan/assign-item-levels.ts';
import { carryFootnotes, footnoteDefinitions } from './plan/carry-footnotes.ts';
import { addPageMeta, readingMinutes, type RepositoryOptions } from './plan/add-page-meta.ts';
import type { HandbookProblem } from './handbook-problem.ts';
import { pageUrl, type AgentModel, type HandbookModel, type HandbookPage, type PageKind } from './handbook-page.ts';
import type { AgentSource } from './read/parse-agent.ts';
import { planAgentPage } from './plan/plan-agent-page.ts';
import { checklistGroups, planChecklistGroup, planChecklistsIndex, type PlannedChecklists } from './plan/plan-checklists-pages.ts';
import { planPracticesPages } from './plan/plan-practices-pages.ts';
import { planMapPage } from './plan/plan-map-page.ts';
import { planAgentsIndex, planProblemsPage, planTopicsIndex } from './plan/plan-index-pages.ts';
import { attachOnboarding, planOnboardingPage, planOnboardingPath, type OnboardingOrder } from './plan/plan-onboarding.ts';
import { handbookExports, type HandbookExports } from './emit/handbook-exports.ts';
import { collectPractices } from './link/collect-practices.ts';
import { findSamePractices } from './link/find-same-practices.ts';
import { linkPractices, type ChecklistsFile } from './link/link-practices.ts';
import { planHomePage } from './plan/plan-home-page.ts';
import { planNotFoundPage } from './plan/plan-not-found-page.ts';
import { planLanguagePage } from './plan/plan-language-pages.ts';
import { planTopicPage } from './plan/plan-topic-pages.ts';
import { excerpt, type RenderContext } from './render/render-blocks.ts';
import { taxonomy as defaultTaxonomy, type Taxonomy, type TopicEntry } from './classify/taxonomy.ts';
import { PlacementTracker } from './render/track-placement.ts';
import { unknownFenceLanguages } from './render/highlighter-languages.ts';

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
  /** Fence languages the highlighter does not know, with how many blocks each: those blocks are shown as plain text. */
  unknownFenceLanguages: Array<{ language: string; blocks: number }>;
}

export interface HandbookBuild {
  pages: HandbookPage[];
  report: HandbookReport;
  /** What `dist/checklists.json` holds. */
  checklists: ChecklistsFile;
  /** llms.txt, each page as Markdown, and each raw agent file: made when asked for. */
  exports: HandbookExports;
  /** Which pages this build planned and which it took as they were from the build before. */
  stats: BuildStats;
}

export interface BuildStats {
  /** Ids of the pages planned and rendered in this build. */
  planned: string[];
  /** Ids of the pages a builder kept from its build before, their inputs unchanged. */
  reused: string[];
}

/** Agent files in, handbook pages and a report out: read → classify → plan → render → link → emit-ready pages. */
export function buildHandbook(sources: AgentSource[], options: BuildOptions = {}): HandbookBuild {
  return createHandbookBuilder(options).build(sources);
}

/** Builds a handbook again and again from files that change, as the dev server does. */
export interface HandbookBuilder {
  build(sources: AgentSource[]): HandbookBuild;
}

/** A group of pages planned together (one topic's pages, one agent's page), as rendered before links and meta. */
interface PlannedGroup {
  /** What the group was planned from: the same key, the same pages; `null` for a group planned on every build. */
  key: string | null;
  pages: HandbookPage[];
  /** The source nodes the group placed. */
  placed: Node[];
  /** Each page's reading time. */
  minutes: Map<string, number>;
  /** For a group of checklists: where each list is. */
  checklists?: PlannedChecklists;
}

/**
 * A builder that keeps what it read and rendered: a build after a change reads and places only
 * the files that changed, and plans again only the pages whose inputs changed (the pages of the
 * topics and languages a changed agent writes on, its own page, their checklists) and the pages
 * that gather everything (home, map, indexes). Links and page meta are made again for every page,
 * on copies, so that every page is what a fresh build makes.
 */
export function createHandbookBuilder(options: BuildOptions = {}): HandbookBuilder {
  const taxonomy = options.taxonomy ?? defaultTaxonomy;
  const base = options.base ?? '/';
  const agentCache: AgentCache = new Map();
  let planned = new Map<string, PlannedGroup>();

  return {
    build(sources) {
      const { agents, sharedTopics, problems, skipped } = classifyAgents(sources, taxonomy, base, agentCache);
      const model = describeModel(agents, { ...taxonomy, topics: [...taxonomy.topics, ...sharedTopics] }, sharedTopics, base, options.title ?? 'Agent Handbook');
      const practices = collectPractices(agents, model.taxonomy);
      const sameAs = findSamePractices(practices, model.taxonomy);
      // How many links each agent's items will carry: a page cut by weight depends on them, so a
      // group of pages planned before is kept only while its agents' counts are what they were.
      const linkCounts = new Map<string, string>();
      for (const item of practices.items) linkCounts.set(item.checklist.agent.slug, `${linkCounts.get(item.checklist.agent.slug) ?? ''}${sameAs(item).length},`);
      const placements = new PlacementTracker();
      const context: RenderContext = { taxonomy: model.taxonomy, placements, practices, sameAs, several: agents.length > 1 };
      const stats: BuildStats = { planned: [], reused: [] };
      const previous = planned;
      planned = new Map();

      /** Plans a group of pages, or takes it from the build before when its key is the same. */
      const group = (id: string, key: string | null, plan: (groupContext: RenderContext) => { pages: HandbookPage[]; checklists?: PlannedChecklists }): PlannedGroup => {
        const known = key === null ? undefined : previous.get(id);
        if (known && known.key === key) {
          placements.placeAll(known.placed);
          planned.set(id, known);
          stats.reused.push(...known.pages.map((page) => page.id));
          return known;
        }
        const own = new PlacementTracker();
        const result = plan({ ...context, placements: own });
        const pages = result.pages.map(finishPlanned);
        placements.placeAll(own.nodes());
        const made: PlannedGroup = {
          key,
          pages,
          placed: own.nodes(),
          minutes: new Map(pages.map((page) => [page.id, readingMinutes(page)])),
          ...(result.checklists ? { checklists: result.checklists } : {}),
        };
        if (key !== null) planned.set(id, made);
        stats.planned.push(...pages.map((page) => page.id));
        return made;
      };

      const groups: PlannedGroup[] = [];
      if (agents.length > 0) {
        // What every group's pages depend on besides their own sections: labels, links and options.
        const shared = JSON.stringify([base, model.title, agents.length > 1, model.topics.map((topic) => [topic.slug, topic.label]), model.languages.map((language) => language.slug)]);
        const runsKey = (runs: Array<{ agent: AgentModel }>) => runs.map(({ agent }) => `${agent.slug}:${agent.label}:${agent.version}:${linkCounts.get(agent.slug) ?? ''}`).join(',');
        groups.push(group('home', null, () => ({ pages: [planHomePage(model)] })));
        model.languages.forEach((language, order) => {
          const runs = [...(model.index.languages.get(language.slug)?.values() ?? [])].flat();
          groups.push(group(`language:${language.slug}`, `${shared}|${order}|${runsKey(runs)}`, (own) => ({ pages: planLanguagePage(model, own, language, order) })));
        });
        model.topics.forEach((topic, order) => {
          const runs = model.index.topics.get(topic.slug) ?? [];
          groups.push(group(`topic:${topic.slug}`, `${shared}|${order}|${topic.description}|${runsKey(runs)}`, (own) => ({ pages: planTopicPage(model, own, topic, order) })));
        });
        const lists = checklistGroups(model, context);
        const listGroups = lists.map((list, order) =>
          group(`checklists:${list.slug}`, `${shared}|${order}|${runsKey(list.checklists)}|${list.checklists.map((checklist) => checklist.id).join(',')}`, (own) => {
            const result = planChecklistGroup(list, order, model, own);
            return { pages: result.pages, checklists: result };
          }),
        );
        groups.push(group('checklists', null, () => ({ pages: planChecklistsIndex(model, lists, listGroups.map((entry) => entry.checklists!)) })), ...listGroups);
        agents.forEach((agent, order) => {
          const feeds = [...(model.index.agentTopics.get(agent) ?? [])].join(',') + '|' + [...(model.index.agentLanguages.get(agent) ?? [])].join(',');
          groups.push(group(`agent:${agent.slug}`, `${shared}|${order}|${runsKey([{ agent }])}|${feeds}`, (own) => ({ pages: planAgentPage(agent, model, own, order) })));
        });
        if (options.notFoundPage !== false) groups.push(group('404', null, () => ({ pages: [planNotFoundPage(model)] })));
      }
      const minutes = new Map(groups.flatMap((entry) => [...entry.minutes]));
      const groupKeys = new Map(groups.flatMap(({ key, pages: own }) => (key === null ? [] : own.map((page): [string, string] => [page.id, key]))));
      const footnotes = footnoteDefinitions(agents);
      const grouped = groups.flatMap((entry) => entry.pages);
      const rendered = footnotes.size > 0 ? grouped.map((page) => carryFootnotes(page, footnotes)) : grouped;
      const linked = linkPractices(rendered, practices, model, sameAs);
      let pages = linked.pages;
      if (agents.length > 0) {
        const extra = [
          planOnboardingPage(),
          ...planPracticesPages(model, practices, linked.places),
          ...planMapPage(model, practices, pages),
          planTopicsIndex(model),
          ...planAgentsIndex(model),
        ].map(finishPlanned);
        stats.planned.push(...extra.map((page) => page.id));
        pages.splice(pages.findLastIndex((page) => page.kind === 'checklists') + 1, 0, ...extra);
      }
      pages = pages.map((page) => addPageMeta(page, model, options.repository, minutes.get(page.id)));
      if (agents.length > 0) pages = attachOnboarding(pages, planOnboardingPath(model, pages, options.onboardingOrder, problems), model);
      // A page whose group, links, meta and path step are what they were is the page it was.
      pages = pages.map((page) => {
        const key = groupKeys.get(page.id);
        if (key === undefined) return page;
        return { ...page, signature: JSON.stringify([key, linked.signatures.get(page.id) ?? '', page.frontmatter ?? null, page.body[0], page.body.at(-1)]) };
      });

      const agentReports = agents.map((agent): AgentReport => {
        const unplaced = agent.units.filter((unit) => !placements.has(unit.node));
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
        const page = finishPlanned(planProblemsPage(problems, skipped));
        pages.push(page);
        stats.planned.push(page.id);
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
          unknownFenceLanguages: unknownFenceLanguages(agents.flatMap((agent) => agent.units.map((unit) => unit.node as Nodes))),
        },
        checklists: linked.file,
        exports: handbookExports(pages, agents, model, options.site),
        stats,
      };
    },
  };
}

/** A page as planned, with its anchors, its items' levels and, when it has tabs, what opens a tab a link leads into. */
function finishPlanned(page: HandbookPage): HandbookPage {
  assignAnchorIds(page.body);
  assignItemLevels(page.body);
  return addTabTargets(page);
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
