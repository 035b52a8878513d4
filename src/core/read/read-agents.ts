import { slug } from 'github-slugger';
import { folderSlugger, nameSlug } from '../folder-slug.ts';
import type { HandbookProblem } from '../handbook-problem.ts';
import { pageIds, pageUrl } from '../handbook-page.ts';
import { parseAgent, type AgentSource, type ParsedAgent, type ParseResult } from './parse-agent.ts';

/** An agent that could be read, with the slug its pages live under. */
export interface NamedAgent<Agent extends ReadAgent = ParsedAgent> {
  /** URL-safe and unique among the agents: a twin's slug gets a number. */
  slug: string;
  agent: Agent;
}

/** What naming an agent needs of it: a build's parsed agents have more, a check's no more. */
export type ReadAgent = Pick<ParsedAgent, 'file' | 'frontmatter'>;

export interface ReadAgentsResult<Agent extends ReadAgent = ParsedAgent> {
  agents: Array<NamedAgent<Agent>>;
  /** Every problem in the files, in file order. */
  problems: HandbookProblem[];
  /** Files left out because they could not be read as agents. */
  skipped: string[];
}

/**
 * Parses every agent file and names each agent: the first stage of a build, and all that
 * `agent-handbook check` runs. The files are taken in the order of their paths, whatever order
 * they come in, so the same files always give the same names. Two agents with the same name both
 * stay, with a warning.
 */
export function readAgents(sources: AgentSource[], base?: string): ReadAgentsResult;
export function readAgents<Agent extends ReadAgent>(sources: AgentSource[], base: string, parse: (source: AgentSource) => ParseResult<Agent>): ReadAgentsResult<Agent>;
export function readAgents(sources: AgentSource[], base = '/', parse: (source: AgentSource) => ParseResult<ReadAgent> = parseAgent): ReadAgentsResult<ReadAgent> {
  const slugger = folderSlugger();
  const agents: Array<NamedAgent<ReadAgent>> = [];
  // The first agent whose name makes each slug, to tell a twin which agent it shares its name with.
  const firstWith = new Map<string, ReadAgent>();
  const problems: HandbookProblem[] = [];
  const skipped: string[] = [];
  for (const source of [...sources].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    const parsed = parse(source);
    problems.push(...parsed.problems);
    if (!parsed.ok) {
      // A warning alone (a folder named `*.md`, whose files were read) leaves nothing out.
      if (parsed.problems.some((problem) => problem.severity === 'error')) skipped.push(source.file);
      continue;
    }
    const own = slug(parsed.agent.frontmatter.name);
    const wanted = nameSlug(parsed.agent.frontmatter.name, 'agent');
    const agentSlug = slugger.slug(wanted);
    const twin = firstWith.get(wanted);
    if (twin) {
      problems.push({
        file: source.file,
        line: 1,
        severity: 'warning',
        message: `Another agent, in ${twin.file}, has the same name, "${parsed.agent.frontmatter.name}"; this one's pages are at ${pageUrl(pageIds.agent(agentSlug), base)}.`,
        hint: 'Give each agent a name of its own.',
      });
    }
    agents.push({ slug: agentSlug, agent: parsed.agent });
    if (!firstWith.has(own)) firstWith.set(own, parsed.agent);
  }
  return { agents, problems, skipped };
}
