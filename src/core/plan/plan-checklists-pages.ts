import GithubSlugger from 'github-slugger';
import type { PracticeChecklist } from '../link/collect-practices.ts';
import { definitionOfDoneTitle } from '../read/extract-definition-of-done.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { appendNodes, heading, jsx, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { cutIntoParts, gatheringPartFrontmatter, partsNavigation, partTitle } from './page-parts.ts';
import { estimateWeight, pageBudget, splitByWeight } from './split-by-weight.ts';
import { renderPracticeList, shownAlready, type RenderContext } from '../render/render-blocks.ts';
import { languageLabel, topicLabel } from './section-labels.ts';
import { SourceRanges } from './source-ranges.ts';
import { languageLinkText } from '../render/language-link.ts';

/** The part of the checklists pages' address for the definition of done. */
export const definitionOfDoneGroup = 'done';

/** A row of the checklists index: one list, where it is, and the practices whose ticks make its progress. */
export interface ChecklistSummary {
  title: string;
  url: string;
  agent: string | null;
  /** How many practices the list holds. */
  count: number;
  /** Their ids, whose ticks the index counts; empty for a list longer than `trackedItemsLimit`. */
  items: string[];
}

/**
 * The most practices of one list whose ticks the index counts: a list longer than that shows its
 * size only, its progress on its own page (the longest list of the 444 bulk agents has 19).
 */
export const trackedItemsLimit = 500;

/** A page's worth of checklists: a topic's, or the definitions of done. */
export interface ChecklistGroup {
  slug: string;
  title: string;
  checklists: PracticeChecklist[];
}

/** The checklists planned for one group: its pages, and where each list is (page and anchor), by the list's id. */
export interface PlannedChecklists {
  pages: HandbookPage[];
  urls: Map<string, string>;
}

/** The groups of checklists: the definitions of done first, then each topic's, in the topics' order. */
export function checklistGroups(model: HandbookModel, context: RenderContext): ChecklistGroup[] {
  const all = context.practices.checklists.filter((checklist) => checklist.kind === 'checklist');
  const byTopic = new Map<string, PracticeChecklist[]>();
  const done: PracticeChecklist[] = [];
  for (const checklist of all) {
    if (checklist.section.definitionOfDone) done.push(checklist);
    else if (checklist.section.topic) (byTopic.get(checklist.section.topic) ?? byTopic.set(checklist.section.topic, []).get(checklist.section.topic)!).push(checklist);
  }
  return [
    { slug: definitionOfDoneGroup, title: definitionOfDoneTitle, checklists: done },
    ...model.topics.map((topic) => ({ slug: topic.slug, title: topic.label, checklists: byTopic.get(topic.slug) ?? [] })),
  ].filter((group) => group.checklists.length > 0);
}

/**
 * The checklists: a page per topic (and one for the definitions of done) holding its lists, and
 * an index that shows every list's title, agent and progress, so that no page grows with the
 * number of agents beyond one topic's lists.
 */
export function planChecklistsPages(model: HandbookModel, context: RenderContext): HandbookPage[] {
  const groups = checklistGroups(model, context);
  const planned = groups.map((group, order) => planChecklistGroup(group, order, model, context));
  return [...planChecklistsIndex(model, groups, planned), ...planned.flatMap((entry) => entry.pages)];
}

/**
 * The index of every checklist: per group, each list's title (linking to it), agent and progress,
 * cut into pages (the first in the sidebar) when the lists outgrow one: a group's table goes on
 * over the next page under "(continued)".
 */
export function planChecklistsIndex(model: HandbookModel, groups: ChecklistGroup[], planned: PlannedChecklists[]): HandbookPage[] {
  const several = model.agents.length > 1;
  const entries = groups.flatMap((group, position) => {
    const { pages: groupPages, urls } = planned[position]!;
    const count = group.checklists.length === 1 ? 'one list' : `${group.checklists.length} lists`;
    const rows = group.checklists.map((checklist): ChecklistSummary => ({
      title: checklist.title,
      url: urls.get(checklist.id)!,
      agent: several ? checklist.agent.label : null,
      count: checklist.items.length,
      items: checklist.items.length <= trackedItemsLimit ? checklist.items.map((item) => item.id) : [],
    }));
    const table = (part: ChecklistSummary[]) => jsx('ChecklistIndex', { title: group.title, lists: JSON.stringify(part) });
    // A table a page can hold, its rows weighed as the index writes them: title, link, agent and the ids it counts.
    const runs = splitByWeight(rows, (row) => estimateWeight([table([row])]), pageBudget / 2);
    return runs.map((run, index) => ({
      group,
      nodes: index === 0
        ? [heading(2, group.title), paragraph(link(pageUrl(groupPages[0]!.id, model.base), text(`${group.title}: ${count}${groupPages.length > 1 ? ` on ${groupPages.length} pages` : ''}`))), table(run)]
        : [heading(2, `${group.title} (continued)`), table(run)],
    }));
  });
  const { pages: split, parts } = cutIntoParts(entries, pageIds.checklists, (entry) => entry.group.title);
  return split.map((onPage, index): HandbookPage => {
    const body: FlowContent[] = [
      paragraph(
        text('Every checklist in the handbook, a page per topic. Tick items as you go: your progress is kept in this browser, and shows here. '),
        link(pageUrl(pageIds.practices, model.base), text('Practices A–Z')),
        text(' lists every practice by name.'),
      ),
    ];
    if (parts.length > 1) body.push(partsNavigation(parts, index, model.base));
    const sources = new SourceRanges();
    for (const entry of onPage) {
      appendNodes(body, entry.nodes);
      for (const checklist of entry.group.checklists) sources.addLines(checklist.agent, checklist.block.line, checklist.block.endLine);
    }
    return {
      id: parts[index]!.id,
      kind: 'checklists',
      title: partTitle('Checklists', index, parts.length),
      description: 'Every checklist of practices in the handbook, with your progress, a page per topic.',
      order: 0,
      frontmatter: gatheringPartFrontmatter(index),
      body,
      sources: sources.toSources(),
    };
  });
}

/**
 * A topic's checklists page (cut into several when its lists outgrow the page budget), and where
 * each list is: its page and the anchor of the heading over it.
 */
export function planChecklistGroup(group: ChecklistGroup, order: number, model: HandbookModel, context: RenderContext): PlannedChecklists {
  const several = model.agents.length > 1;
  // Advice several agents give alike shows once, with each agent named, as on the topic's page:
  // teams' copies of one collection make one list, not one per team.
  const groupContext: RenderContext = { ...context, seen: new Map() };
  // A list whose every item is shown already (another team's copy) gets no heading of its own:
  // its items name their agents where they are shown, and the list leads there.
  const copies = new Map<string, string>();
  const rendered = group.checklists.flatMap((checklist) => {
    const title = several ? `${checklist.title} (${checklist.agent.label})` : checklist.title;
    const shownAs = shownAlready(checklist, groupContext);
    const list = renderPracticeList(checklist, groupContext);
    if (shownAs !== null) {
      copies.set(checklist.id, shownAs);
      return [];
    }
    return [{ checklist, title, nodes: [heading(2, title), from(checklist, model), list] }];
  });
  const { pages: split, parts } = cutIntoParts(rendered, pageIds.checklistsFor(group.slug), (entry) => entry.title, true);
  const urls = new Map<string, string>();
  const pages = split.map((entries, index): HandbookPage => {
    const body: FlowContent[] = [
      paragraph(
        text(`The ${group.title === definitionOfDoneTitle ? 'definitions of done' : `checklists on ${group.title}`}. `),
        link(pageUrl(pageIds.checklists, model.base), text('All checklists')),
        text(' shows your progress on every list.'),
      ),
    ];
    if (parts.length > 1) body.push(partsNavigation(parts, index, model.base));
    const sources = new SourceRanges();
    // The page's headings are the lists' titles: their anchors are their slugs, in order, as the site gives them.
    const slugger = new GithubSlugger();
    for (const entry of entries) {
      urls.set(entry.checklist.id, pageUrl(parts[index]!.id, model.base, slugger.slug(entry.title)));
      appendNodes(body, entry.nodes);
      sources.addLines(entry.checklist.agent, entry.checklist.block.line, entry.checklist.block.endLine);
    }
    return {
      id: parts[index]!.id,
      kind: 'checklists',
      title: partTitle(`Checklists: ${group.title}`, index, parts.length),
      description: `Every checklist on ${group.title}, to work through; your ticks are kept.`,
      order: order + 1,
      frontmatter: gatheringPartFrontmatter(index),
      ...(group.slug === definitionOfDoneGroup ? {} : { topic: group.slug }),
      body,
      sources: sources.toSources(),
    };
  });
  // A list is shown already by one of this group's own (its `seen` is the group's): look there, not among every practice.
  const checklistOf = new Map(group.checklists.flatMap((checklist) => checklist.items.map((item) => [item.id, checklist.id] as const)));
  for (const [copy, shownAs] of copies) urls.set(copy, urls.get(checklistOf.get(shownAs) ?? '') ?? pageUrl(pages[0]!.id, model.base));
  return { pages, urls };
}

/** "From Security and Go.": the pages the list comes from. */
function from(checklist: PracticeChecklist, model: HandbookModel): FlowContent {
  const { section } = checklist;
  const places = [
    section.topic
      ? link(pageUrl(pageIds.topic(section.topic), model.base), text(topicLabel(section.topic, model.taxonomy)))
      : link(pageUrl(pageIds.agent(checklist.agent.slug), model.base), text(`${checklist.agent.label}’s page`)),
  ];
  if (section.language) places.push(text(' and '), link(pageUrl(pageIds.language(section.language), model.base), ...languageLinkText(languageLabel(section.language, model.taxonomy))));
  return paragraph(text('From '), ...places, text('.'));
}
