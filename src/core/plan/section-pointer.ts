import type { ClassifiedSection } from '../classify/classify-section.ts';
import { pageIds, pageUrl, type AgentModel, type HandbookModel } from '../handbook-page.ts';
import { link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { topicLabel } from './section-labels.ts';

/** The anchor of the part of an agent's page where it speaks of itself. */
export const agentWorkingsHeading = 'How this agent works';

/**
 * What stands in for a subsection that belongs on another page: "“Database Design” is on the
 * Databases page." or "“Output” is on reviewer’s page.", linking there.
 */
export function sectionPointer(agent: AgentModel, model: HandbookModel): (child: ClassifiedSection) => FlowContent | null {
  return (child) => {
    if (child.heading === null) return null;
    const [url, label] =
      child.topic === null
        ? [pageUrl(pageIds.agent(agent.slug), model.base, 'how-this-agent-works'), `${agent.label}’s page`]
        : [pageUrl(pageIds.topic(child.topic), model.base), `the ${topicLabel(child.topic, model.taxonomy)} page`];
    return paragraph(text(`“${child.heading}” is on `), link(url, text(label)), text('.'));
  };
}
