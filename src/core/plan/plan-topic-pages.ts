import type { ClassifiedSection } from '../classify/classify-section.ts';
import type { TopicEntry } from '../classify/taxonomy.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { appendNodes, heading, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameTopic } from './index-sections.ts';
import { cutIntoParts, partsNavigation, partTitle } from './page-parts.ts';
import { sectionPointer } from './section-pointer.ts';
import { SourceRanges } from './source-ranges.ts';

/** One agent's sections on a topic, rendered. */
interface AgentPart {
  agent: AgentModel;
  roots: ClassifiedSection[];
  nodes: FlowContent[];
}

/**
 * One page per topic: every agent's sections on it, in the agent's order. Where a topic has
 * language-specific parts, they sit side by side in synced tabs. A subsection that belongs
 * elsewhere is a pointer to its page. A topic that many agents write on is cut into several
 * pages, by agent, so that none grows past the page budget.
 */
export function planTopicPages(model: HandbookModel, context: RenderContext): HandbookPage[] {
  return model.topics.flatMap((topic, order) => planTopicPage(model, context, topic, order));
}

/** The page (or pages, when many agents write on it) of one topic. */
export function planTopicPage(model: HandbookModel, context: RenderContext, topic: TopicEntry, order: number): HandbookPage[] {
  const several = model.agents.length > 1;
  const pageContext: RenderContext = { ...context, seen: new Map() };
  const byAgent = new Map<AgentModel, ClassifiedSection[]>();
  for (const { agent, root } of model.index.topics.get(topic.slug) ?? []) byAgent.set(agent, [...(byAgent.get(agent) ?? []), root]);
  const languages = model.languages.filter((language) => (model.index.languages.get(language.slug)?.get(topic.slug)?.length ?? 0) > 0).map((language) => language.slug);
  const rendered: AgentPart[] = [...byAgent].map(([agent, roots]) => {
    const nodes: FlowContent[] = [];
    // A topic that is one section of the agent needs no heading repeating the page title.
    const lone = roots.length === 1 && roots[0]!.heading !== null && !roots[0]!.definitionOfDone;
    // With several agents, each speaks under its own heading.
    if (several) nodes.push(heading(2, agent.label));
    nodes.push(provenance(agent, roots, model.base));
    const pointer = sectionPointer(agent, model);
    for (const root of roots) appendNodes(nodes, renderSection(root, several ? 3 : 2, pageContext, { omitHeading: lone, keep: (child) => sameTopic(child, root), pointer }));
    return { agent, roots, nodes };
  });
  const { pages: split, parts } = cutIntoParts(rendered, pageIds.topic(topic.slug), (entry) => entry.agent.label, true);
  return split.map((entries, index): HandbookPage => {
    const sources = new SourceRanges();
    const body: FlowContent[] = [];
    if (topic.description) body.push(paragraph(text(topic.description)));
    if (parts.length > 1) body.push(partsNavigation(parts, index, model.base));
    for (const entry of entries) {
      appendNodes(body, entry.nodes);
      for (const root of entry.roots) sources.add(entry.agent, root);
    }
    return {
      id: parts[index]!.id,
      kind: 'topic',
      title: partTitle(topic.label, index, parts.length),
      description: topic.description || `What the agents say about ${topic.label}.`,
      topic: topic.slug,
      ...(languages.length > 0 ? { languages } : {}),
      order,
      // The sidebar lists a topic once: its first page.
      ...(index > 0 ? { frontmatter: { sidebar: { hidden: true } } } : {}),
      body,
      sources: sources.toSources(),
    };
  });
}

/** "From backend-engineer: Language-Specific Expertise.": which agent, and which of its sections. */
function provenance(agent: AgentModel, roots: ClassifiedSection[], base: string): FlowContent {
  const headings = roots.flatMap((root) => (root.heading === null ? [] : [root.heading]));
  return paragraph(
    text('From '),
    link(pageUrl(pageIds.agent(agent.slug), base), text(agent.label)),
    text(headings.length > 0 ? `: ${headings.join(', ')}.` : '.'),
  );
}
