import { basename } from 'node:path/posix';
import { slug } from 'github-slugger';
import type { HandbookProblem } from '../handbook-problem.ts';
import type { AgentModel } from '../handbook-page.ts';
import { buildSectionTree, type Section } from '../read/build-section-tree.ts';
import { definitionOfDoneTitle, extractDefinitionOfDone } from '../read/extract-definition-of-done.ts';
import { splitPseudoHeadings } from '../read/split-pseudo-headings.ts';
import { parseAgent, type AgentSource, type ParsedAgent, type ParseResult } from '../read/parse-agent.ts';
import type { SourceUnit } from '../render/track-placement.ts';
import type { AgentSubject } from './describe-agent.ts';
import type { ClassifiedSection } from './classify-section.ts';
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

/** One agent file as read and placed, kept between builds by a builder that reads the same files again. */
export interface CachedAgent {
  text: string;
  parsed: ParseResult;
  /** Counts the versions of the file this cache has seen: what changes when the file does. */
  version: number;
}

/** Read and placed agent files by path, for a builder to read only what changed. */
export type AgentCache = Map<string, CachedAgent>;

interface Placed {
  sections: ClassifiedSection[];
  subject: AgentSubject;
  units: SourceUnit[];
  /** The taxonomy they were placed by. */
  taxonomy: Taxonomy;
}

/** An agent's body as a tree of sections: at its headings, its pseudo-headings, and its definition of done. */
export function readSections(agent: Pick<ParsedAgent, 'body' | 'bodyLine'>, taxonomy: Taxonomy): Section[] {
  const tree = extractDefinitionOfDone(buildSectionTree(agent.body, agent.bodyLine), taxonomy.definitionOfDonePhrases);
  return splitPseudoHeadings(tree, (section) => section.heading !== definitionOfDoneTitle || section.depth !== 2);
}

/** Sections placed once per parsed file: a parsed file a cache keeps is placed again only when it changes. */
const placedOnce = new WeakMap<ParsedAgent, Placed>();

let versions = 0;

/**
 * Reads every agent file (`readAgents`: in the order of their paths, whatever order they come in,
 * so the same files always give the same handbook) and places each of its sections. With a
 * cache, a file whose text is the one read last time is neither read nor placed again.
 */
export function classifyAgents(sources: AgentSource[], taxonomy: Taxonomy, base: string, cache?: AgentCache): ClassifiedAgents {
  const parse = (source: AgentSource): ParseResult => {
    if (!cache) return parseAgent(source);
    const known = cache.get(source.file);
    if (known?.text === source.text && !source.unreadable) return known.parsed;
    const parsed = parseAgent(source);
    cache.set(source.file, { text: source.text, parsed, version: (versions += 1) });
    return parsed;
  };
  const read = readAgents(sources, base, parse);
  if (cache) {
    const files = new Set(sources.map((source) => source.file));
    for (const file of cache.keys()) if (!files.has(file)) cache.delete(file);
  }
  const agents = read.agents.map(({ slug: agentSlug, agent }): AgentModel => {
    let placed = placedOnce.get(agent);
    if (!placed || placed.taxonomy !== taxonomy) {
      const tree = readSections(agent, taxonomy);
      const classification = classifySections(tree, agent.frontmatter, taxonomy);
      placed = { sections: classification.sections, subject: classification.subject, units: sourceUnits(tree), taxonomy };
      placedOnce.set(agent, placed);
    }
    const { sections, subject, units } = placed;
    return {
      slug: agentSlug,
      file: agent.file,
      frontmatter: agent.frontmatter,
      label: agent.frontmatter.name,
      text: agent.text,
      version: cache?.get(agent.file)?.version ?? 0,
      sections,
      subject,
      units,
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
