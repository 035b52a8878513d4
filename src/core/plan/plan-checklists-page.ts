import type { PracticeChecklist } from '../link/collect-practices.ts';
import { definitionOfDoneTitle } from '../read/extract-definition-of-done.ts';
import { pageIds, pageUrl, type HandbookModel, type HandbookPage } from '../handbook-page.ts';
import { heading, link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { renderPracticeList, type RenderContext } from '../render/render-blocks.ts';
import { languageLabel, topicLabel } from './section-labels.ts';
import { SourceRanges } from './source-ranges.ts';

/** The page that collects every checklist, the definition of done first, then by topic. */
export function planChecklistsPage(model: HandbookModel, context: RenderContext): HandbookPage {
  const all = context.practices.checklists.filter((checklist) => checklist.kind === 'checklist');
  const several = model.agents.length > 1;
  const body: FlowContent[] = [
    paragraph(
      text('Every checklist in the handbook, grouped by topic. Tick items as you go: your progress is kept in this browser. '),
      text('Each list links back to the page it comes from, and '),
      link(pageUrl(pageIds.practices, model.base), text('the practices index')),
      text(' lists every practice from A to Z.'),
    ),
  ];
  const done = all.filter((checklist) => checklist.section.definitionOfDone);
  if (done.length > 0) {
    body.push(heading(2, definitionOfDoneTitle));
    for (const checklist of done) body.push(...renderChecklist(checklist, model, context, several ? checklist.agent.label : null));
  }
  for (const topic of model.topics) {
    const inTopic = all.filter((checklist) => !checklist.section.definitionOfDone && checklist.section.topic === topic.slug);
    if (inTopic.length === 0) continue;
    body.push(heading(2, topic.label));
    for (const checklist of inTopic) {
      body.push(...renderChecklist(checklist, model, context, several ? `${checklist.title} (${checklist.agent.label})` : checklist.title));
    }
  }
  const sources = new SourceRanges();
  for (const checklist of all) sources.addLines(checklist.agent, checklist.block.line, checklist.block.endLine);
  return {
    sources: sources.toSources(),
    id: pageIds.checklists,
    kind: 'checklists',
    title: 'Checklists',
    description: 'Every checklist of practices in the handbook, grouped by topic.',
    order: 0,
    body,
  };
}

function renderChecklist(checklist: PracticeChecklist, model: HandbookModel, context: RenderContext, title: string | null): FlowContent[] {
  const { section } = checklist;
  const from = [
    section.topic
      ? link(pageUrl(pageIds.topic(section.topic), model.base), text(topicLabel(section.topic, model.taxonomy)))
      : link(pageUrl(pageIds.agent(checklist.agent.slug), model.base), text(`${checklist.agent.label}’s page`)),
  ];
  if (section.language) {
    from.push(text(' and '), link(pageUrl(pageIds.language(section.language), model.base), text(languageLabel(section.language, model.taxonomy))));
  }
  return [...(title ? [heading(3, title)] : []), paragraph(text('From '), ...from, text('.')), renderPracticeList(checklist, context)];
}
