import { walkSections } from '../read/build-section-tree.ts';
import type { PlacementRule } from './classify-section.ts';
import { pageIds, pageUrl, type AgentModel } from '../handbook-page.ts';

/** Where one section of an agent file went, and why: an entry of `handbook-report.json`'s `sections`. */
export interface SectionReport {
  file: string;
  /** The heading's line in the file as it is on disk; for the text before the first heading, the line where it starts. */
  line: number;
  /** The heading's level, 1–6; 0 for the text before the first heading. */
  level: number;
  /** Set for a pseudo-heading: a line of text over a list ("Query optimization:"), whose `line` is its own. */
  pseudo?: true;
  heading: string | null;
  /** The topic's slug; `null` when the section stays on the agent's page. */
  topic: string | null;
  language: string | null;
  /** The URL of the page the section is on. */
  page: string;
  reason: string;
  /** The signal that decided it (`classify-section.ts`'s `PlacementRule`). */
  rule: PlacementRule;
}

/** One entry for every heading of every agent, and one for the text before its first heading. */
export function reportSections(agents: AgentModel[], base: string): SectionReport[] {
  return agents.flatMap((agent) =>
    [...walkSections(agent.sections)].map((section) => ({
        file: agent.file,
        line: section.line,
        level: section.heading === null ? 0 : section.depth,
        ...(section.pseudo ? { pseudo: true as const } : {}),
        heading: section.heading,
        topic: section.topic,
        language: section.language,
        page: pageUrl(section.topic === null ? pageIds.agent(agent.slug) : pageIds.topic(section.topic), base, section.definitionOfDone ? 'definition-of-done' : undefined),
        reason: section.reason,
        rule: section.rule,
      })),
  );
}
