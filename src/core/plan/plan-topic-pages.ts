import type { ClassifiedSection } from '../classify/classify-section.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { appendNodes, heading, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameTopic } from './index-sections.ts';
import { sectionPointer } from './section-pointer.ts';
import { SourceRanges } from './source-ranges.ts';

/**
 * One page per topic: every agent's sections on it, in the agent's order. Where a topic has
 * language-specific parts, they sit side by side in synced tabs. A subsection that belongs
 * elsewhere is a pointer to its page.
 */
export function planTopicPages(model: HandbookModel, context: RenderContext): HandbookPage[] {
  const several = model.agents.length > 1;
  return model.topics.map((topic, order) => {
    const body: FlowContent[] = [];
    const sources = new SourceRanges();
    const pageContext: RenderContext = { ...context, seen: new Map() };
    if (topic.description) body.push(paragraph(text(topic.description)));
    const byAgent = new Map<AgentModel, ClassifiedSection[]>();
    for (const { agent, root } of model.index.topics.get(topic.slug) ?? []) byAgent.set(agent, [...(byAgent.get(agent) ?? []), root]);
    const languages = model.languages.filter((language) => (model.index.languages.get(language.slug)?.get(topic.slug)?.length ?? 0) > 0).map((language) => language.slug);
    for (const [agent, roots] of byAgent) {
      // A topic that is one section of the agent needs no heading repeating the page title.
      const lone = roots.length === 1 && roots[0]!.heading !== null && !roots[0]!.definitionOfDone;
      // With several agents, each speaks under its own heading.
      if (several) body.push(heading(2, agent.label));
      body.push(provenance(agent, roots, model.base));
      const pointer = sectionPointer(agent, model);
      for (const root of roots) {
        appendNodes(body, renderSection(root, several ? 3 : 2, pageContext, { omitHeading: lone, keep: (child) => sameTopic(child, root), pointer }));
        sources.add(agent, root);
      }
    }
    return {
      id: pageIds.topic(topic.slug),
      kind: 'topic',
      title: topic.label,
      description: topic.description || `What the agents say about ${topic.label}.`,
      topic: topic.slug,
      ...(languages.length > 0 ? { languages } : {}),
      order,
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
