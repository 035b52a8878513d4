import { appendNodes, link, heading, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameLanguageTopic } from './index-sections.ts';
import { standaloneHeading } from './section-labels.ts';
import { SourceRanges } from './source-ranges.ts';

/**
 * One page per language: its principles, best practices and ecosystem, then every piece of the
 * topic sections that is about it, grouped by topic.
 */
export function planLanguagePages(model: HandbookModel, context: RenderContext): HandbookPage[] {
  return model.languages.map((language, order) => {
    const sources = new SourceRanges();
    const pageContext: RenderContext = { ...context, seen: new Map() };
    const body: FlowContent[] = [
      paragraph(text(`Everything the handbook says about ${language.label}, grouped by topic.`)),
    ];
    const byTopic = model.index.languages.get(language.slug) ?? new Map();
    for (const topic of model.topics) {
      const parts = byTopic.get(topic.slug) ?? [];
      if (parts.length === 0) continue;
      body.push(heading(2, topic.label));
      body.push(
        paragraph(text('See also: '), link(pageUrl(pageIds.topic(topic.slug), model.base), text(`${topic.label}, in every language`)), text('.')),
      );
      for (const { agent, root } of parts) {
        sources.add(agent, root);
        if (model.agents.length > 1) body.push(paragraph(text('From '), link(pageUrl(pageIds.agent(agent.slug), model.base), text(agent.label)), text(':')));
        appendNodes(
          body,
          renderSection(root, 3, pageContext, {
            headingText: standaloneHeading(root, context.taxonomy) ?? topic.label,
            keep: (child) => sameLanguageTopic(child, root),
          }),
        );
      }
    }
    return {
      id: pageIds.language(language.slug),
      kind: 'language',
      title: language.label,
      description: `${language.label} in the handbook: principles, best practices, ecosystem and every ${language.label}-specific practice.`,
      language: language.slug,
      order,
      body,
      sources: sources.toSources(),
    };
  });
}
