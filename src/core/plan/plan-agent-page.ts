import { descriptionLine, descriptionParagraphs } from '../render/description-text.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import type { PhrasingContent } from 'mdast';
import { appendNodes, heading, jsx, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { languageLinkText } from '../render/language-link.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameTopic } from './index-sections.ts';
import { agentWorkingsHeading, sectionPointer } from './section-pointer.ts';
import { cutNodes, partsNavigation, partTitle, type PagePart } from './page-parts.ts';
import { toString } from 'mdast-util-to-string';

/**
 * The agent's own page: its frontmatter, how it works (everything it says about itself: its
 * role, capabilities, process, output and protocol), its definition of done, links to every
 * page it feeds and the agent file. An agent that says more about itself than a page holds gets
 * several, cut between blocks, each naming the others; the sidebar lists the first.
 */
export function planAgentPage(agent: AgentModel, model: HandbookModel, context: RenderContext, order: number): HandbookPage[] {
  const { frontmatter } = agent;
  const body: FlowContent[] = [...descriptionParagraphs(frontmatter.description), heading(2, 'Profile'), profile(agent, model.base)];

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
  body.push(heading(2, 'The agent file'), agentSource(agent, model.base));

  const cut = cutNodes(body);
  const parts = cut.map((nodes, index): PagePart => {
    const name = firstHeading(nodes) ?? `part ${index + 1}`;
    return { id: pageIds.part(pageIds.agent(agent.slug), index + 1), first: name, last: name };
  });
  return cut.map((nodes, index): HandbookPage => ({
    id: parts[index]!.id,
    kind: 'agent',
    title: partTitle(agent.label, index, parts.length),
    description: descriptionLine(frontmatter.description),
    agent: agent.slug,
    order,
    ...(index > 0 ? { frontmatter: { sidebar: { hidden: true } } } : {}),
    body: parts.length > 1 ? [partsNavigation(parts, index, model.base), ...nodes] : nodes,
    sources: [{ agent, ranges: [[1, agent.text.replace(/\n$/u, '').split('\n').length]] }],
  }));
}

/** The text of the first heading among `nodes`, to name the part of a page they are. */
function firstHeading(nodes: FlowContent[]): string | undefined {
  const found = nodes.find((node) => node.type === 'heading');
  return found ? toString(found) : undefined;
}

/**
 * The raw agent file, to copy or download. The page links to it rather than holding it: every
 * section of it is on the handbook's pages already, and a highlighted copy of each file was half
 * of an agent page's bytes.
 */
function agentSource(agent: AgentModel, base: string): FlowContent {
  const file = agentFileAsset(agent, base);
  const kilobytes = Math.ceil(new TextEncoder().encode(agent.text).length / 1024);
  return jsx('AgentSource', { download: file.url, filename: file.filename, size: `${kilobytes} KB` });
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
