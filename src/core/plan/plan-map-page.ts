import { slug } from 'github-slugger';
import { walkSections } from '../read/build-section-tree.ts';
import type { PracticeIndex } from '../link/collect-practices.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { heading, jsx, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';

/** One table of the map: rows, columns and a count with a link in each cell. */
export interface CoverageTable {
  caption: string;
  corner: string;
  columns: Array<{ label: string; url: string }>;
  rows: Array<{ label: string; url: string; cells: Array<{ count: number; url: string }> }>;
}

/**
 * The language × topic map: topics as rows, languages (and "Any language") as columns, and in
 * each cell the number of practices, linking to them. With several agents, a second table shows
 * topics by agent.
 */
export function planMapPage(model: HandbookModel, index: PracticeIndex): HandbookPage {
  const url = (id: string, hash?: string) => pageUrl(id, model.base, hash);
  // What a cell counts: practices (checklist items and tools) and code samples.
  const entries = [
    ...index.items.map((item) => ({ topic: item.checklist.section.topic, language: item.checklist.section.language, agent: item.checklist.agent.slug })),
    ...model.agents.flatMap((agent) =>
      [...walkSections(agent.sections)].flatMap((section) =>
        section.topic === null ? [] : section.blocks.filter((block) => block.node.type === 'code').map(() => ({ topic: section.topic, language: section.language, agent: agent.slug })),
      ),
    ),
  ];
  const count = (topic: string, match: (language: string | null, agent: string) => boolean) =>
    entries.filter((entry) => entry.topic === topic && match(entry.language, entry.agent)).length;

  const byLanguage: CoverageTable = {
    caption: 'Practices and code samples by topic and language',
    corner: 'Topic',
    columns: [
      ...model.languages.map((language) => ({ label: language.label, url: url(pageIds.language(language.slug)) })),
      { label: 'Any language', url: url(pageIds.checklists) },
    ],
    rows: model.topics.map((topic) => ({
      label: topic.label,
      url: url(pageIds.topic(topic.slug)),
      cells: [
        ...model.languages.map((language) => ({
          count: count(topic.slug, (itemLanguage) => itemLanguage === language.slug),
          // The language page has one section per topic, headed by the topic's label.
          url: url(pageIds.language(language.slug), slug(topic.label)),
        })),
        { count: count(topic.slug, (itemLanguage) => itemLanguage === null), url: url(pageIds.topic(topic.slug)) },
      ],
    })),
  };
  const body: FlowContent[] = [
    paragraph(text('How many practices and code samples the handbook holds for each topic and language. Empty and pale cells are its thin spots.')),
    jsx('CoverageMap', { table: JSON.stringify(byLanguage) }),
  ];
  if (model.agents.length > 1) {
    // Agents as rows and the taxonomy's topics as columns: hundreds of agents stay one readable table.
    const columns = model.topics.filter((topic) => topic.description !== '');
    const byAgent: CoverageTable = {
      caption: 'Practices and code samples by agent and topic',
      corner: 'Agent',
      columns: columns.map((topic) => ({ label: topic.label, url: url(pageIds.topic(topic.slug)) })),
      rows: model.agents.map((agent) => ({
        label: agent.label,
        url: url(pageIds.agent(agent.slug)),
        cells: columns.map((topic) => ({ count: count(topic.slug, (_language, itemAgent) => itemAgent === agent.slug), url: url(pageIds.agent(agent.slug)) })),
      })),
    };
    body.push(heading(2, 'By agent'), jsx('CoverageMap', { table: JSON.stringify(byAgent) }));
  }
  return {
    id: pageIds.map,
    kind: 'map',
    title: 'Language × topic map',
    description: 'How many practices and code samples the handbook holds for each topic and language.',
    order: 2,
    body,
  };
}
