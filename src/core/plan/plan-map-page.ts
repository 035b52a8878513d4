import { slug } from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { PracticeIndex } from '../link/collect-practices.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { heading, jsx, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { languageLinkSuffix } from '../render/language-link.ts';
import { walkSections } from '../read/build-section-tree.ts';
import { cutIntoParts, gatheringPartFrontmatter, partsNavigation, partTitle } from './page-parts.ts';
import { coverageRowWeight, pageBudget, splitByWeight } from './split-by-weight.ts';

/** One table of the map: rows, columns and a count with a link in each cell. */
export interface CoverageTable {
  caption: string;
  corner: string;
  /** `suffix`: hidden text the link says after its label (`language-link.ts`). */
  columns: Array<{ label: string; url: string; suffix?: string }>;
  rows: Array<{ label: string; url: string; cells: Array<{ count: number; url: string }>; counted?: CountedCell[] }>;
  /**
   * How the table is drawn: a grid of counts, or, for a table with too many columns to read in a
   * page's width, each row with the columns it counts something for (`counted`), as a list.
   * @default 'grid'
   */
  form?: 'grid' | 'lists';
}

/** A column a row counts something for: its label, the count and its link. */
export interface CountedCell {
  label: string;
  url: string;
  count: number;
}

/** A table in the form `lists`: each row with the columns it counts something for, most first (then in column order), and no grid. */
function asLists(table: CoverageTable): CoverageTable {
  return { ...table, form: 'lists', columns: [], rows: table.rows.map((row) => ({ label: row.label, url: row.url, cells: [], counted: countedCells(table, row) })) };
}

function countedCells(table: CoverageTable, row: CoverageTable['rows'][number]): CountedCell[] {
  return row.cells
    .map((cell, index) => ({ label: table.columns[index]!.label, url: cell.url, count: cell.count, index }))
    .filter((cell) => cell.count > 0)
    .sort((a, b) => b.count - a.count || a.index - b.index)
    .map(({ label, url, count }) => ({ label, url, count }));
}

/** Counts by a pair of keys, gathered in one pass. */
class Tally {
  readonly #counts = new Map<string, number>();
  add(row: string, column: string): void {
    const key = `${row}\u0000${column}`;
    this.#counts.set(key, (this.#counts.get(key) ?? 0) + 1);
  }
  get(row: string, column: string): number {
    return this.#counts.get(`${row}\u0000${column}`) ?? 0;
  }
}

/** A table without its rows and columns that count nothing. */
function withoutEmpty(table: CoverageTable): CoverageTable {
  const rows = table.rows.filter((row) => row.cells.some((cell) => cell.count > 0));
  const keep = table.columns.map((_column, index) => rows.some((row) => row.cells[index]!.count > 0));
  return {
    ...table,
    columns: table.columns.filter((_column, index) => keep[index]),
    rows: rows.map((row) => ({ ...row, cells: row.cells.filter((_cell, index) => keep[index]) })),
  };
}

/**
 * The language × topic map: topics as rows, languages (and "Any language") as columns, and in
 * each cell the number of practices and code samples, linking to them. With several agents, a
 * second table shows topics by agent. Rows and columns that would hold only zeros are left out.
 * The agents' table goes on over further pages (`map/2`…) when its rows outweigh one.
 */
export function planMapPage(model: HandbookModel, index: PracticeIndex, pages: HandbookPage[]): HandbookPage[] {
  const url = (id: string, hash?: string) => pageUrl(id, model.base, hash);
  // The language pages have one section per topic, headed by its label, on whichever page of the language holds it.
  const languageTopicPage = new Map<string, string>();
  // The topic pages have one section per agent, headed by its label, on whichever part of the topic holds it.
  const topicAgentPage = new Map<string, string>();
  for (const page of pages) {
    const headed = page.kind === 'language' ? languageTopicPage : page.kind === 'topic' ? topicAgentPage : null;
    if (!headed) continue;
    for (const node of page.body) {
      const key = node.type === 'heading' && node.depth === 2 ? `${page.language ?? page.topic}\u0000${toString(node)}` : null;
      if (key && !headed.has(key)) headed.set(key, page.id);
    }
  }
  const anyLanguage = '';
  const byLanguage = new Tally();
  const byAgent = new Tally();
  const count = (topic: string, language: string | null, agent: string) => {
    byLanguage.add(topic, language ?? anyLanguage);
    byAgent.add(agent, topic);
  };
  // What a cell counts: practices (checklist items and tools) and code samples.
  for (const item of index.items) if (item.checklist.section.topic) count(item.checklist.section.topic, item.checklist.section.language, item.checklist.agent.slug);
  for (const agent of model.agents) {
    for (const section of walkSections(agent.sections)) {
      if (section.topic === null) continue;
      for (const block of section.blocks) if (block.node.type === 'code') count(section.topic, section.language, agent.slug);
    }
  }

  const languageTable = withoutEmpty({
    caption: 'Practices and code samples by topic and language',
    corner: 'Topic',
    columns: [
      ...model.languages.map((language) => ({ label: language.label, url: url(pageIds.language(language.slug)), suffix: languageLinkSuffix })),
      { label: 'Any language', url: url(pageIds.checklists) },
    ],
    rows: model.topics.map((topic) => ({
      label: topic.label,
      url: url(pageIds.topic(topic.slug)),
      cells: [
        ...model.languages.map((language) => ({
          count: byLanguage.get(topic.slug, language.slug),
          url: url(languageTopicPage.get(`${language.slug}\u0000${topic.label}`) ?? pageIds.language(language.slug), slug(topic.label)),
        })),
        { count: byLanguage.get(topic.slug, anyLanguage), url: url(pageIds.topic(topic.slug)) },
      ],
    })),
  });
  const intro = paragraph(text('How many practices and code samples the handbook holds for each topic and language. Pale cells are its thin spots; topics and languages with nothing are left out.'));
  const entries: Array<{ name: string; nodes: FlowContent[] }> = [{ name: 'Topics', nodes: [jsx('CoverageMap', { table: JSON.stringify(languageTable) })] }];
  if (model.agents.length > 1) {
    // Agents as rows, each with the taxonomy's topics it counts something for: hundreds of agents
    // stay one table that reads in a page's width, its rows going on over as many pages as they need.
    // Each count links to the agent's section of the topic.
    const columns = model.topics.filter((topic) => topic.description !== '');
    const agentTable = asLists(withoutEmpty({
      caption: 'Practices and code samples by agent and topic',
      corner: 'Agent',
      columns: columns.map((topic) => ({ label: topic.label, url: url(pageIds.topic(topic.slug)) })),
      rows: model.agents.map((agent) => ({
        label: agent.label,
        url: url(pageIds.agent(agent.slug)),
        cells: columns.map((topic) => {
          const onPage = topicAgentPage.get(`${topic.slug}\u0000${agent.label}`);
          return { count: byAgent.get(agent.slug, topic.slug), url: onPage ? url(onPage, slug(agent.label)) : url(pageIds.topic(topic.slug)) };
        }),
      })),
    }));
    const runs = splitByWeight(agentTable.rows, (row) => coverageRowWeight(row), pageBudget / 2);
    runs.forEach((rows, index) => {
      entries.push({
        name: rows[0]?.label ?? 'By agent',
        nodes: [heading(2, index === 0 ? 'By agent' : 'By agent (continued)'), jsx('CoverageMap', { table: JSON.stringify({ ...agentTable, rows }) })],
      });
    });
  }
  const { pages: split, parts } = cutIntoParts(entries, pageIds.map, (entry) => entry.name);
  return split.map((onPage, index): HandbookPage => {
    const body: FlowContent[] = [intro];
    if (parts.length > 1) body.push(partsNavigation(parts, index, model.base));
    for (const entry of onPage) body.push(...entry.nodes);
    return {
      id: parts[index]!.id,
      kind: 'map',
      title: partTitle('Language × topic map', index, parts.length),
      description: 'How many practices and code samples the handbook holds for each topic and language.',
      order: 2,
      ...(index > 0 ? { frontmatter: gatheringPartFrontmatter(index) } : {}),
      body,
    };
  });
}
