import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import type { PhrasingContent } from 'mdast';
import { appendNodes, heading, jsx, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { languageLinkText } from '../render/language-link.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameTopic } from './index-sections.ts';
import { agentWorkingsHeading, sectionPointer } from './section-pointer.ts';

/**
 * The agent's own page: its frontmatter, how it works (everything it says about itself: its
 * role, capabilities, process, output and protocol), its definition of done, and links to every
 * page it feeds.
 */
export function planAgentPage(agent: AgentModel, model: HandbookModel, context: RenderContext, order: number): HandbookPage {
  const { frontmatter } = agent;
  const body: FlowContent[] = [paragraph(text(frontmatter.description)), heading(2, 'Profile'), profile(agent, model.base)];

  const own = model.index.agentPages.get(agent) ?? [];
  if (own.length > 0) {
    body.push(heading(2, agentWorkingsHeading));
    body.push(paragraph(text('What the agent says about itself: its role, what it can do, how it goes about its work and what it hands back. Its advice is on the topic and language pages below.')));
    const pointer = sectionPointer(agent, model);
    for (const section of own) appendNodes(body, renderSection(section, 3, context, { keep: (child) => sameTopic(child, section), pointer }));
  }
  for (const section of agent.sections.filter((candidate) => candidate.definitionOfDone)) {
    appendNodes(body, renderSection(section, 2, context));
  }

  const languages = model.languages.filter((language) => model.index.agentLanguages.get(agent)?.has(language.slug));
  const topics = model.topics.filter((topic) => model.index.agentTopics.get(agent)?.has(topic.slug));
  body.push(heading(2, 'In this handbook'));
  if (languages.length > 0) {
    body.push(heading(3, 'Languages'), linkList(languages.map((language) => [languageLinkText(language.label), pageUrl(pageIds.language(language.slug), model.base)])));
  }
  if (topics.length > 0) body.push(heading(3, 'Topics'), linkList(topics.map((topic) => [topic.label, pageUrl(pageIds.topic(topic.slug), model.base)])));
  body.push(
    heading(3, 'Checklists'),
    linkList([
      ['All checklists', pageUrl(pageIds.checklists, model.base)],
      ['Practices A–Z', pageUrl(pageIds.practices, model.base)],
    ]),
  );
  const file = agentFileAsset(agent, model.base);
  body.push(
    heading(2, 'The agent file'),
    jsx('AgentSource', { download: file.url, filename: file.filename }, [
      { type: 'code', lang: 'md', meta: `title="${file.filename}"`, value: agent.text.replace(/\n$/u, '') },
    ]),
  );

  return {
    id: pageIds.agent(agent.slug),
    kind: 'agent',
    title: agent.label,
    description: frontmatter.description,
    agent: agent.slug,
    order,
    body,
    sources: [{ agent, ranges: [[1, agent.text.replace(/\n$/u, '').split('\n').length]] }],
  };
}

/** A colour an author gave that is safe to use in CSS: a hex colour or a colour name. */
export function safeColor(color: string | undefined): string | undefined {
  const value = color?.trim() ?? '';
  return /^#[0-9a-f]{3,8}$/iu.test(value) || /^[a-z]{3,20}$/iu.test(value) ? value : undefined;
}

/** The raw agent file's name and URL, for download. */
export function agentFileAsset(agent: AgentModel, base: string): { path: string; url: string; filename: string } {
  const filename = `${agent.slug}.md`;
  const path = `${pageIds.agent(agent.slug)}/${filename}`;
  return { path, url: `${base}${path}`, filename };
}

function profile(agent: AgentModel, base: string): FlowContent {
  const { frontmatter } = agent;
  const fields: Array<[string, string]> = [
    ['Name', frontmatter.name],
    ['Description', frontmatter.description],
    ['Tools', frontmatter.tools.join(', ') || '(none listed)'],
    ['Model', frontmatter.model ?? '(not set)'],
    ['Color', frontmatter.color ?? '(not set)'],
    ...Object.entries(frontmatter.extra).map(([key, value]): [string, string] => [key, typeof value === 'string' ? value : JSON.stringify(value)]),
    ['Source file', agent.file],
  ];
  const file = agentFileAsset(agent, base);
  return jsx('AgentProfile', {
    name: frontmatter.name,
    tools: JSON.stringify(frontmatter.tools),
    model: frontmatter.model,
    color: frontmatter.color,
    accent: safeColor(frontmatter.color),
    fields: JSON.stringify(fields),
    download: file.url,
    filename: file.filename,
  });
}

function linkList(entries: Array<[string | PhrasingContent[], string]>): FlowContent {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: entries.map(([label, url]) => ({ type: 'listItem', spread: false, children: [paragraph(link(url, ...(typeof label === 'string' ? [text(label)] : label)))] })),
  };
}
