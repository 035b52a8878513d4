import type { List } from 'mdast';
import { walkSections } from './build-section-tree.ts';
import type { ClassifiedSection } from './classify-section.ts';
import { readTermList } from './detect-term-list.ts';
import { definitionOfDoneTitle } from './extract-definition-of-done.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel, type HandbookPage } from './handbook-page.ts';
import { heading, link, paragraph, text, type FlowContent } from './mdx-nodes.ts';
import { isToolList, renderBlock, type RenderContext } from './render-blocks.ts';
import { languageLabel, standaloneHeading } from './render-section.ts';

/** A `- **Term**: advice` list of practices, where it stands. */
export interface ChecklistSource {
  agent: AgentModel;
  section: ClassifiedSection;
  list: List;
}

/** Every checklist of an agent, in source order; lists of tools are not checklists. */
export function findChecklists(agent: AgentModel, context: RenderContext): ChecklistSource[] {
  const found: ChecklistSource[] = [];
  for (const section of walkSections(agent.sections)) {
    const trail = section.heading === null ? section.trail : [...section.trail, section.heading];
    for (const block of section.blocks) {
      if (block.node.type !== 'list' || !readTermList(block.node) || isToolList(trail, context.taxonomy)) continue;
      found.push({ agent, section, list: block.node });
    }
  }
  return found;
}

/** The page that collects every checklist, the definition of done first, then by topic. */
export function planChecklistsPage(model: HandbookModel, context: RenderContext): HandbookPage {
  const all = model.agents.flatMap((agent) => findChecklists(agent, context));
  const several = model.agents.length > 1;
  const body: FlowContent[] = [
    paragraph(text('Every checklist in the handbook, grouped by topic. Each one links back to the page it comes from.')),
  ];
  const done = all.filter((source) => source.section.definitionOfDone);
  if (done.length > 0) {
    body.push(heading(2, definitionOfDoneTitle));
    for (const source of done) body.push(...renderChecklistSource(source, model, context, several ? source.agent.frontmatter.name : null));
  }
  for (const topic of model.topics) {
    const inTopic = all.filter((source) => !source.section.definitionOfDone && source.section.topic === topic.slug);
    if (inTopic.length === 0) continue;
    body.push(heading(2, topic.label));
    for (const source of inTopic) {
      const title = standaloneHeading(source.section, context) ?? topic.label;
      body.push(...renderChecklistSource(source, model, context, several ? `${title} (${source.agent.frontmatter.name})` : title));
    }
  }
  return {
    id: pageIds.checklists,
    kind: 'checklists',
    title: 'Checklists',
    description: 'Every checklist of practices in the handbook, grouped by topic.',
    order: 0,
    body,
  };
}

function renderChecklistSource(
  source: ChecklistSource,
  model: HandbookModel,
  context: RenderContext,
  title: string | null,
): FlowContent[] {
  const { section } = source;
  const topic = model.topics.find((entry) => entry.slug === section.topic);
  const from = [link(pageUrl(pageIds.topic(section.topic), model.base), text(topic?.label ?? section.topic))];
  if (section.language) {
    from.push(text(' and '), link(pageUrl(pageIds.language(section.language), model.base), text(languageLabel(section.language, context))));
  }
  const trail = section.heading === null ? section.trail : [...section.trail, section.heading];
  const block = section.blocks.find((candidate) => candidate.node === source.list)!;
  return [
    ...(title ? [heading(3, title)] : []),
    paragraph(text('From '), ...from, text('.')),
    ...renderBlock(block, trail, context),
  ];
}
