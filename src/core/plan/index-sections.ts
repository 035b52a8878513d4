import type { ClassifiedSection } from '../classify/classify-section.ts';
import type { AgentModel } from '../handbook-page.ts';

/** A section with the agent it comes from. */
export interface SectionRun {
  agent: AgentModel;
  /**
   * The first section of a run: it belongs where the run does, and its parent does not. Its
   * subsections that belong there too render with it.
   */
  root: ClassifiedSection;
}

/** Where every section of every agent goes, found in one walk over the section trees. */
export interface SectionIndex {
  /** Topic slug → the runs on its page, agents in order, each agent's runs in file order. */
  topics: Map<string, SectionRun[]>;
  /** Language slug → topic slug → the runs on the language's page under that topic. */
  languages: Map<string, Map<string, SectionRun[]>>;
  /** The runs each agent keeps on its own page, in file order: where it speaks of itself. */
  agentPages: Map<AgentModel, ClassifiedSection[]>;
  /** The topics and languages each agent's sections go to. */
  agentTopics: Map<AgentModel, Set<string>>;
  agentLanguages: Map<AgentModel, Set<string>>;
}

/** Whether two sections belong on the same topic page (or both on the agent's page). */
export function sameTopic(a: ClassifiedSection, b: ClassifiedSection): boolean {
  return a.topic === b.topic && a.definitionOfDone === b.definitionOfDone;
}

/** Whether two sections belong under the same topic of the same language page. */
export function sameLanguageTopic(a: ClassifiedSection, b: ClassifiedSection): boolean {
  return sameTopic(a, b) && a.language === b.language;
}

/** Indexes the sections of every agent by the pages they belong on. */
export function indexSections(agents: AgentModel[]): SectionIndex {
  const index: SectionIndex = { topics: new Map(), languages: new Map(), agentPages: new Map(), agentTopics: new Map(), agentLanguages: new Map() };
  for (const agent of agents) {
    const own: ClassifiedSection[] = [];
    const topics = new Set<string>();
    const languages = new Set<string>();
    index.agentPages.set(agent, own);
    index.agentTopics.set(agent, topics);
    index.agentLanguages.set(agent, languages);
    const walk = (section: ClassifiedSection, parent: ClassifiedSection | null): void => {
      if (section.topic === null) {
        if (!section.definitionOfDone && !(parent && sameTopic(parent, section))) own.push(section);
      } else {
        topics.add(section.topic);
        if (section.language) languages.add(section.language);
        if (!(parent && sameTopic(parent, section))) push(index.topics, section.topic, { agent, root: section });
        if (section.language && !(parent && sameLanguageTopic(parent, section))) {
          const byTopic = index.languages.get(section.language) ?? new Map<string, SectionRun[]>();
          push(byTopic, section.topic, { agent, root: section });
          index.languages.set(section.language, byTopic);
        }
      }
      for (const child of section.children) walk(child, section);
    };
    for (const root of agent.sections) walk(root, null);
  }
  return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
