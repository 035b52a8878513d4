import type { ClassifiedSection } from '../classify/classify-section.ts';
import type { LanguageEntry, TopicEntry } from '../classify/taxonomy.ts';
import { appendNodes, link, heading, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import type { RenderContext } from '../render/render-blocks.ts';
import { renderSection } from '../render/render-section.ts';
import { sameLanguageTopic } from './index-sections.ts';
import { cutIntoParts, partsNavigation, partTitle } from './page-parts.ts';
import { standaloneHeading } from './section-labels.ts';
import { SourceRanges } from './source-ranges.ts';
import { hiddenTextClass, languageLinkSuffix } from '../render/language-link.ts';

/** One agent's part of a language page under one topic, rendered. */
interface Piece {
  topic: TopicEntry;
  agent: AgentModel;
  root: ClassifiedSection;
  nodes: FlowContent[];
}

/**
 * One page per language: its principles, best practices and ecosystem, then every piece of the
 * topic sections that is about it, grouped by topic. A language that many agents write about is
 * cut into several pages, so that none grows past the page budget.
 */
export function planLanguagePages(model: HandbookModel, context: RenderContext): HandbookPage[] {
  return model.languages.flatMap((language, order) => planLanguagePage(model, context, language, order));
}

/** The page (or pages, when many agents write about it) of one language. */
export function planLanguagePage(model: HandbookModel, context: RenderContext, language: LanguageEntry, order: number): HandbookPage[] {
  const pageContext: RenderContext = { ...context, seen: new Map() };
  const byTopic = model.index.languages.get(language.slug) ?? new Map();
  const pieces: Piece[] = model.topics.flatMap((topic) =>
    (byTopic.get(topic.slug) ?? []).map(({ agent, root }: { agent: AgentModel; root: ClassifiedSection }) => {
      const nodes: FlowContent[] = [];
      if (model.agents.length > 1) nodes.push(paragraph(text('From '), link(pageUrl(pageIds.agent(agent.slug), model.base), text(agent.label)), text(':')));
      appendNodes(
        nodes,
        renderSection(root, 3, pageContext, {
          headingText: standaloneHeading(root, context.taxonomy) ?? topic.label,
          keep: (child) => sameLanguageTopic(child, root),
        }),
      );
      return { topic, agent, root, nodes };
    }),
  );
  const { pages: split, parts } = cutIntoParts(pieces, pageIds.language(language.slug), (piece) => piece.topic.label, true);
  return split.map((onPage, index): HandbookPage => {
    const sources = new SourceRanges();
    const body: FlowContent[] = [paragraph(text(`Everything the handbook says about ${language.label}, grouped by topic.`))];
    if (parts.length > 1) body.push(partsNavigation(parts, index, model.base));
    let topic: TopicEntry | undefined;
    for (const piece of onPage) {
      // Each topic opens with its heading, and again at the top of a page it carries on to.
      if (piece.topic !== topic) {
        topic = piece.topic;
        body.push(heading(2, topic.label));
        body.push(paragraph(text('See also: '), link(pageUrl(pageIds.topic(topic.slug), model.base), text(`${topic.label}, in every language`)), text('.')));
      }
      appendNodes(body, piece.nodes);
      sources.add(piece.agent, piece.root);
    }
    return {
      id: parts[index]!.id,
      kind: 'language',
      title: partTitle(language.label, index, parts.length),
      description: `${language.label} in the handbook: principles, best practices, ecosystem and every ${language.label}-specific practice.`,
      language: language.slug,
      order,
      // The sidebar lists the first part, its link saying "language" to screen readers and search engines.
      frontmatter: { sidebar: index > 0 ? { hidden: true } : { badge: { text: languageLinkSuffix, class: hiddenTextClass } } },
      body,
      sources: sources.toSources(),
    };
  });
}
