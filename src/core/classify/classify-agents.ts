import { basename } from 'node:path/posix';
import { slug } from 'github-slugger';
import type { HandbookProblem } from '../handbook-problem.ts';
import type { AgentModel } from '../handbook-page.ts';
import { buildSectionTree } from '../read/build-section-tree.ts';
import { extractDefinitionOfDone } from '../read/extract-definition-of-done.ts';
import type { AgentSource } from '../read/parse-agent.ts';
import { readAgents } from '../read/read-agents.ts';
import { sourceUnits } from '../render/track-placement.ts';
import { classifySections } from './classify-section.ts';
import { shareUnknownHeadings } from './share-unknown-headings.ts';
import type { Taxonomy, TopicEntry } from './taxonomy.ts';

export interface ClassifiedAgents {
  /** The agents that could be read, in the order of their files. */
  agents: AgentModel[];
  /** Topics made from headings that several agents share and the taxonomy lacks. */
  sharedTopics: TopicEntry[];
  problems: HandbookProblem[];
  /** Files left out because they could not be read as agents. */
  skipped: string[];
}

/**
 * Reads every agent file (`readAgents`: in the order of their paths, whatever order they come in,
 * so the same files always give the same handbook) and places each of its sections.
 */
export function classifyAgents(sources: AgentSource[], taxonomy: Taxonomy, base: string): ClassifiedAgents {
  const read = readAgents(sources, base);
  const agents = read.agents.map(({ slug: agentSlug, agent }): AgentModel => {
    const tree = extractDefinitionOfDone(buildSectionTree(agent.body, agent.bodyLine), taxonomy.definitionOfDonePhrases);
    const classification = classifySections(tree, agent.frontmatter, taxonomy);
    return {
      slug: agentSlug,
      file: agent.file,
      frontmatter: agent.frontmatter,
      label: agent.frontmatter.name,
      text: agent.text,
      sections: classification.sections,
      subject: classification.subject,
      units: sourceUnits(tree),
    };
  });
  // Agents that share a name are told apart by their files wherever they are listed.
  const named = new Map<string, number>();
  for (const agent of agents) named.set(slug(agent.frontmatter.name), (named.get(slug(agent.frontmatter.name)) ?? 0) + 1);
  for (const agent of agents) {
    if ((named.get(slug(agent.frontmatter.name)) ?? 0) > 1) agent.label = `${agent.frontmatter.name} (${basename(agent.file.replaceAll('\\', '/'))})`;
  }
  return { agents, sharedTopics: shareUnknownHeadings(agents, taxonomy), problems: read.problems, skipped: read.skipped };
}
