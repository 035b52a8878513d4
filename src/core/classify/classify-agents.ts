import { basename } from 'node:path/posix';
import GithubSlugger, { slug } from 'github-slugger';
import type { HandbookProblem } from '../handbook-problem.ts';
import { pageIds, pageUrl, type AgentModel } from '../handbook-page.ts';
import { buildSectionTree } from '../read/build-section-tree.ts';
import { extractDefinitionOfDone } from '../read/extract-definition-of-done.ts';
import { parseAgent, type AgentSource } from '../read/parse-agent.ts';
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
 * Reads every agent file and places each of its sections. The files are taken in the order of
 * their paths, whatever order they come in, so the same files always give the same handbook.
 */
export function classifyAgents(sources: AgentSource[], taxonomy: Taxonomy, base: string): ClassifiedAgents {
  const problems: HandbookProblem[] = [];
  const skipped: string[] = [];
  const agents: AgentModel[] = [];
  const slugger = new GithubSlugger();
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const parsed = parseAgent(source);
    problems.push(...parsed.problems);
    if (!parsed.ok) {
      skipped.push(source.file);
      continue;
    }
    const { frontmatter } = parsed.agent;
    const tree = extractDefinitionOfDone(buildSectionTree(parsed.agent.body, parsed.agent.bodyLine), taxonomy.definitionOfDonePhrases);
    const classification = classifySections(tree, frontmatter, taxonomy);
    const wanted = slug(frontmatter.name) || 'agent';
    const agentSlug = slugger.slug(wanted);
    const twin = agents.find((agent) => slug(agent.frontmatter.name) === wanted);
    if (twin) {
      problems.push({
        file: source.file,
        line: 1,
        severity: 'warning',
        message: `Another agent, in ${twin.file}, has the same name, "${frontmatter.name}"; this one's pages are at ${pageUrl(pageIds.agent(agentSlug), base)}.`,
        hint: 'Give each agent a name of its own.',
      });
    }
    agents.push({
      slug: agentSlug,
      file: source.file,
      frontmatter,
      label: frontmatter.name,
      text: parsed.agent.text,
      sections: classification.sections,
      subject: classification.subject,
      units: sourceUnits(tree),
    });
  }
  // Agents that share a name are told apart by their files wherever they are listed.
  const named = new Map<string, number>();
  for (const agent of agents) named.set(slug(agent.frontmatter.name), (named.get(slug(agent.frontmatter.name)) ?? 0) + 1);
  for (const agent of agents) {
    if ((named.get(slug(agent.frontmatter.name)) ?? 0) > 1) agent.label = `${agent.frontmatter.name} (${basename(agent.file.replaceAll('\\', '/'))})`;
  }
  return { agents, sharedTopics: shareUnknownHeadings(agents, taxonomy), problems, skipped };
}
