import type { AgentFrontmatter } from './read/agent-frontmatter.ts';
import type { ClassifiedSection } from './classify/classify-section.ts';
import type { AgentSubject } from './classify/describe-agent.ts';
import type { FlowContent } from './render/mdx-nodes.ts';
import type { PageSource } from './plan/source-ranges.ts';
import type { SourceUnit } from './render/track-placement.ts';
import type { LanguageEntry, Taxonomy, TopicEntry } from './classify/taxonomy.ts';
import type { SectionIndex } from './plan/index-sections.ts';

export type PageKind = 'home' | 'language' | 'topic' | 'agent' | 'checklists' | 'practices' | 'onboarding' | 'map' | 'index' | 'problems' | 'not-found';

/** A page of the handbook, ready to be written as an MDX docs entry. */
export interface HandbookPage {
  /** Entry id and path below the docs folder, without extension: `languages/go`, `index`. */
  id: string;
  kind: PageKind;
  title: string;
  description: string;
  language?: string;
  /** On a page of several languages (a topic's tabs): the languages it holds, for search filters. */
  languages?: string[];
  topic?: string;
  agent?: string;
  /** Position in its sidebar group. */
  order?: number;
  /** Extra Starlight frontmatter (template, hero, …). */
  frontmatter?: Record<string, unknown>;
  body: FlowContent[];
  /** The agent files and lines the page shows, for provenance and edit links. */
  sources?: PageSource[];
  /** Set once the page is complete. */
  readingMinutes?: number;
  /**
   * What the page was made from, when a builder can tell: two builds that give a page the same
   * signature give it the same content, so it need not be written out again.
   */
  signature?: string;
}

/** An agent after parsing and classification. */
export interface AgentModel {
  /** URL-safe, unique among the agents. */
  slug: string;
  file: string;
  frontmatter: AgentFrontmatter;
  /** How the agent is named wherever it is listed: its name, and its file's name when another agent has the same name. */
  label: string;
  text: string;
  sections: ClassifiedSection[];
  /** What the agent as a whole is about. */
  subject: AgentSubject;
  /** Changes when the agent's file does, in a builder that builds again (0 otherwise). */
  version: number;
  units: SourceUnit[];
}

/** Everything the page planners read. */
export interface HandbookModel {
  agents: AgentModel[];
  /** Topics that have content: the taxonomy's in its editorial order, then those made from shared headings, largest first. */
  topics: TopicEntry[];
  /** Languages that have content on a topic, in the taxonomy's order. */
  languages: LanguageEntry[];
  /** Where each section goes. */
  index: SectionIndex;
  taxonomy: Taxonomy;
  /** Where the handbook's pages live (the site's base and any prefix), starting and ending with `/`. */
  base: string;
  /** The handbook's name. */
  title: string;
}

/** The URL of a page id under the site's base: `languages/go` → `/languages/go/`. */
export function pageUrl(id: string, base: string, hash?: string): string {
  const path = id === pageIds.home ? base : id === pageIds.notFound ? `${base}404.html` : `${base}${id}/`;
  return hash ? `${path}#${hash}` : path;
}

export const pageIds = {
  home: 'index',
  checklists: 'checklists',
  practices: 'practices',
  onboarding: 'onboarding',
  map: 'map',
  topicsIndex: 'topics',
  agentsIndex: 'agents',
  problems: 'problems',
  notFound: '404',
  language: (slug: string) => `languages/${slug}`,
  topic: (slug: string) => `topics/${slug}`,
  /** Page `n` of a page cut into several: the page itself for the first. */
  part: (id: string, n: number) => (n === 1 ? id : `${id}/${n}`),
  /** A topic's checklists, or (`done`) the definitions of done. */
  checklistsFor: (group: string) => `checklists/${group}`,
  agent: (slug: string) => `agents/${slug}`,
};
