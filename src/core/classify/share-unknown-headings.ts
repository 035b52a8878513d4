import { blockText } from '../block-text.ts';
import { folderSlugger, nameSlug } from '../folder-slug.ts';
import { walkSections } from '../read/build-section-tree.ts';
import type { ClassifiedSection } from './classify-section.ts';
import type { AgentSubject } from './describe-agent.ts';
import type { Taxonomy, TopicEntry } from './taxonomy.ts';
import { topicLabel } from './topic-label.ts';

/** Why a section whose heading names no known subject stays on its agent's page, until another agent shares the heading. */
export const unknownHeadingReason = 'heading names no known subject, and the text fits no topic';

/** How many agents must share a heading before it makes a topic of its own. */
export const agentsPerSharedTopic = 2;

interface Group {
  agents: Set<string>;
  /** The sections' texts, whitespace folded: copies of one section (a team's copy of an agent) are one voice. */
  texts: Set<string>;
  sections: ClassifiedSection[];
  spellings: Map<string, number>;
}

/**
 * Gives a topic of its own to each heading that names a subject the taxonomy lacks, whose text
 * fits no topic, and that at least two agents share once numbering, case and plurals are folded
 * ("Communication Protocol", "2. Communication Protocols") with texts of their own: copies of one
 * section, as in several teams' copies of an agent, are one agent saying it once. Sections with such a heading that no
 * other agent shares go to their agent's subject ("Golden Signals" of an observability agent),
 * or stay on its page when the agent has none: a heading of unknown words names a matter of
 * the agent's field far more often than the agent itself, which speaks of itself in words the
 * taxonomy knows. The result does not depend on the order of the
 * agents: groups are taken in order of their folded heading, and named by their most common
 * spelling.
 */
export function shareUnknownHeadings(agents: Array<{ slug: string; sections: ClassifiedSection[]; subject?: AgentSubject }>, taxonomy: Taxonomy): TopicEntry[] {
  const subjectOf = new Map<ClassifiedSection, string>();
  const groups = new Map<string, Group>();
  for (const agent of agents) {
    for (const section of walkSections(agent.sections)) {
      if (section.unknownHeading === undefined || section.heading === null) continue;
      // A section placed in an earlier build keeps no shared topic that the other agents may have dropped.
      section.topic = null;
      section.reason = unknownHeadingReason;
      section.rule = 'unknown-heading';
      const group: Group = groups.get(section.unknownHeading) ?? { agents: new Set(), texts: new Set(), sections: [], spellings: new Map() };
      if (agent.subject?.topic) subjectOf.set(section, agent.subject.topic);
      group.agents.add(agent.slug);
      group.texts.add(sectionText(section));
      group.sections.push(section);
      const spelling = section.heading.replace(/^\s*\d+[.)]\s+/u, '').trim();
      group.spellings.set(spelling, (group.spellings.get(spelling) ?? 0) + 1);
      groups.set(section.unknownHeading, group);
    }
  }
  const slugger = folderSlugger();
  for (const topic of taxonomy.topics) slugger.slug(topic.slug);
  const made: TopicEntry[] = [];
  for (const key of [...groups.keys()].sort()) {
    const group = groups.get(key)!;
    if (group.agents.size < agentsPerSharedTopic || group.texts.size < agentsPerSharedTopic) {
      for (const section of group.sections) {
        const topic = subjectOf.get(section);
        if (!topic) continue;
        section.topic = topic;
        section.reason = `heading names no known subject, and the text fits no topic: the agent’s subject, ${topicLabel(topic, taxonomy)}`;
        section.rule = 'unknown-heading-subject';
      }
      continue;
    }
    const [label] = [...group.spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    // A slug of digits alone would take the address of a page of a page cut into several (checklists/2).
    const own = nameSlug(label, 'topic');
    const topic: TopicEntry = { slug: slugger.slug(/^\d+$/u.test(own) ? `topic-${own}` : own), label, description: '', aliases: [label] };
    made.push(topic);
    for (const section of group.sections) {
      section.topic = topic.slug;
      section.reason = `heading shared by ${group.agents.size} agents, on no topic of the taxonomy`;
      section.rule = 'shared-heading';
    }
  }
  return made;
}

/** A section's own text, its whitespace folded. */
function sectionText(section: ClassifiedSection): string {
  return section.blocks
    .map((block) => blockText(block.node))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim();
}
