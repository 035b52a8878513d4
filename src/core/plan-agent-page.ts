import type { PhrasingContent, Table, TableRow } from 'mdast';
import { pageIds, pageUrl, outermostSections, type AgentModel, type HandbookModel, type HandbookPage } from './handbook-page.ts';
import { heading, link, paragraph, text, type FlowContent } from './mdx-nodes.ts';
import type { RenderContext } from './render-blocks.ts';
import { renderSection } from './render-section.ts';
import { walkSections } from './build-section-tree.ts';

/** The agent's own page: its frontmatter, its mandate and links to every page it feeds. */
export function planAgentPage(agent: AgentModel, model: HandbookModel, context: RenderContext, order: number): HandbookPage {
  const { frontmatter } = agent;
  const body: FlowContent[] = [paragraph(text(frontmatter.description)), heading(2, 'Profile'), profileTable(agent)];

  const mandate = outermostSections(agent.sections, (section) => section.topic === model.taxonomy.introTopic && !section.definitionOfDone);
  if (mandate.length > 0) {
    body.push(heading(2, 'Mandate'));
    for (const section of mandate) body.push(...renderSection(section, 3, context));
  }
  for (const section of agent.sections.filter((candidate) => candidate.definitionOfDone)) {
    body.push(...renderSection(section, 2, context));
  }

  const sections = [...walkSections(agent.sections)];
  const languages = model.languages.filter((language) => sections.some((section) => section.language === language.slug));
  const topics = model.topics.filter((topic) => sections.some((section) => section.topic === topic.slug));
  body.push(heading(2, 'In this handbook'));
  if (languages.length > 0) {
    body.push(heading(3, 'Languages'), linkList(languages.map((language) => [language.label, pageUrl(pageIds.language(language.slug), model.base)])));
  }
  body.push(heading(3, 'Topics'), linkList(topics.map((topic) => [topic.label, pageUrl(pageIds.topic(topic.slug), model.base)])));
  body.push(heading(3, 'Checklists'), linkList([['All checklists', pageUrl(pageIds.checklists, model.base)]]));

  return {
    id: pageIds.agent(agent.slug),
    kind: 'agent',
    title: frontmatter.name,
    description: frontmatter.description,
    agent: agent.slug,
    order,
    body,
  };
}

function profileTable(agent: AgentModel): Table {
  const { frontmatter } = agent;
  const tools: PhrasingContent[] = frontmatter.tools.flatMap((tool, index) => [
    ...(index > 0 ? [text(', ')] : []),
    { type: 'inlineCode', value: tool } as const,
  ]);
  const rows: Array<[string, PhrasingContent[]]> = [
    ['Name', [text(frontmatter.name)]],
    ['Tools', tools.length > 0 ? tools : [text('(none listed)')]],
    ['Model', [text(frontmatter.model ?? '(not set)')]],
    ['Color', [text(frontmatter.color ?? '(not set)')]],
    ...Object.entries(frontmatter.extra).map(([key, value]): [string, PhrasingContent[]] => [
      key,
      [text(typeof value === 'string' ? value : JSON.stringify(value))],
    ]),
    ['Source file', [{ type: 'inlineCode', value: agent.file }]],
  ];
  const row = ([field, value]: [string, PhrasingContent[]]): TableRow => ({
    type: 'tableRow',
    children: [
      { type: 'tableCell', children: [text(field)] },
      { type: 'tableCell', children: value },
    ],
  });
  return { type: 'table', align: [null, null], children: [row(['Field', [text('Value')]]), ...rows.map(row)] };
}

function linkList(entries: Array<[string, string]>): FlowContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map(([label, url]) => ({ type: 'listItem', spread: false, children: [paragraph(link(url, text(label)))] })),
  };
}
