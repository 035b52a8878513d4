/**
 * Measures the split by subject against the labelled sections in ../shared/labels: how often a
 * section lands on a topic and a language a careful editor would accept. Runs the core only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classifyAgents } from '../../src/core/classify/classify-agents.ts';
import { reportSections, type SectionReport } from '../../src/core/classify/report-sections.ts';
import { taxonomy as builtIn, type Taxonomy } from '../../src/core/classify/taxonomy.ts';
import type { AgentSource } from '../../src/core/index.ts';

export const sharedDir = join(import.meta.dirname, '..', '..', '..', 'shared');

export interface Label {
  id: string;
  file: string;
  line: number;
  heading: string;
  topics: string[];
  languages: string[];
}

export interface Outcome {
  label: Label;
  section: SectionReport | undefined;
  /** The topic as the labels name it: `agent` for the agent's page, `other` for a topic of its own. */
  topic: string;
  language: string;
  topicRight: boolean;
  languageRight: boolean;
}

export interface Evaluation {
  outcomes: Outcome[];
  topicAccuracy: number;
  languageAccuracy: number;
  /** "predicted → expected", most frequent first. */
  confusions: Array<[string, number]>;
}

/** Reads `sections.tsv`. */
export function readLabels(file = join(sharedDir, 'labels', 'sections.tsv')): Label[] {
  const [, ...rows] = readFileSync(file, 'utf8').trimEnd().split('\n');
  return rows.map((row) => {
    const [id, name, line, , heading, topics, languages] = row.split('\t');
    return { id: id!, file: name!, line: Number(line), heading: heading!, topics: topics!.split('|'), languages: languages!.split('|') };
  });
}

/** The agent files of a folder, named by their paths below it. */
export function readFolder(folder: string): AgentSource[] {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ file: name, text: readFileSync(join(folder, name), 'utf8') }));
}

/** The labelled files: the dev corpus and the seed agent. */
export function labelledSources(): AgentSource[] {
  return [...readFolder(join(sharedDir, 'corpus', 'dev')), { file: 'backend-engineer.md', text: readFileSync(join(sharedDir, 'agents', 'backend-engineer.md'), 'utf8') }];
}

/** A file of labels, and the agent files it labels. */
export interface LabelSet {
  name: string;
  labels: () => Label[];
  sources: () => AgentSource[];
}

/** Every file of labels in ../shared/labels, each with the agents it labels. */
export const labelSets: LabelSet[] = [
  { name: 'sections.tsv', labels: () => readLabels(), sources: labelledSources },
  { name: 'sections-pseudo.tsv', labels: () => readLabels(join(sharedDir, 'labels', 'sections-pseudo.tsv')), sources: labelledSources },
  { name: 'sections-dev2.tsv', labels: () => readLabels(join(sharedDir, 'labels', 'sections-dev2.tsv')), sources: () => readFolder(join(sharedDir, 'corpus', 'dev2')) },
];

/** Where a labelled file comes from: the owner its name starts with (`voltagent__…`), or `seed`. */
export function sourceOf(file: string): string {
  return file.includes('__') ? file.slice(0, file.indexOf('__')) : 'seed';
}

/** Right and total counts of a set of outcomes, by a key of each. */
export function tally(outcomes: Outcome[], key: (outcome: Outcome) => string): Array<{ key: string; count: number; topic: number; language: number }> {
  const rows = new Map<string, { key: string; count: number; topic: number; language: number }>();
  for (const outcome of outcomes) {
    const name = key(outcome);
    const row = rows.get(name) ?? { key: name, count: 0, topic: 0, language: 0 };
    row.count += 1;
    if (outcome.topicRight) row.topic += 1;
    if (outcome.languageRight) row.language += 1;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Classifies the labelled files together, as one handbook, and scores each labelled section. */
export function evaluate(labels = readLabels(), sources = labelledSources(), taxonomy: Taxonomy = builtIn): Evaluation {
  const { agents } = classifyAgents(sources, taxonomy, '/');
  const builtInTopics = new Set(taxonomy.topics.map((topic) => topic.slug));
  const sections = new Map(reportSections(agents, '/').map((section) => [`${basename(section.file)}:${section.line}`, section]));
  const outcomes = labels.map((label): Outcome => {
    const section = sections.get(`${label.file}:${label.line}`);
    const topic = section === undefined ? 'missing' : section.topic === null ? 'agent' : builtInTopics.has(section.topic) ? section.topic : 'other';
    const language = section?.language ?? '-';
    return { label, section, topic, language, topicRight: label.topics.includes(topic), languageRight: label.languages.includes(language) };
  });
  const counts = new Map<string, number>();
  for (const outcome of outcomes) {
    if (outcome.topicRight) continue;
    const key = `${outcome.topic} → ${outcome.label.topics[0]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const share = (right: (outcome: Outcome) => boolean) => outcomes.filter(right).length / Math.max(outcomes.length, 1);
  return {
    outcomes,
    topicAccuracy: share((outcome) => outcome.topicRight),
    languageAccuracy: share((outcome) => outcome.languageRight),
    confusions: [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
  };
}

export interface TopicCounts {
  agents: number;
  topics: number;
  /** Topics of the taxonomy, and topics made from shared headings. */
  builtIn: number;
  shared: number;
  /** Topics whose sections all come from one agent. */
  singleAgent: number;
  /** Shared-heading topics whose sections all come from one agent (there should be none). */
  sharedSingleAgent: number;
  /** Sections on a topic page, and on agents' own pages. */
  onTopics: number;
  onAgentPages: number;
}

/** How many topics a folder of agents makes, and how many of them one agent holds alone. */
export function countTopics(sources: AgentSource[], taxonomy: Taxonomy = builtIn): TopicCounts {
  const { agents, sharedTopics } = classifyAgents(sources, taxonomy, '/');
  const sections = reportSections(agents, '/');
  const holders = new Map<string, Set<string>>();
  for (const section of sections) {
    if (section.topic === null) continue;
    holders.set(section.topic, (holders.get(section.topic) ?? new Set()).add(section.file));
  }
  const shared = new Set(sharedTopics.map((topic) => topic.slug));
  const single = [...holders].filter(([, files]) => files.size === 1).map(([topic]) => topic);
  return {
    agents: agents.length,
    topics: holders.size,
    builtIn: [...holders.keys()].filter((topic) => !shared.has(topic)).length,
    shared: [...holders.keys()].filter((topic) => shared.has(topic)).length,
    singleAgent: single.length,
    sharedSingleAgent: single.filter((topic) => shared.has(topic)).length,
    onTopics: sections.filter((section) => section.topic !== null).length,
    onAgentPages: sections.filter((section) => section.topic === null).length,
  };
}

/** Whether ../shared is beside the repository. */
export const haveShared = existsSync(join(sharedDir, 'labels', 'sections.tsv'));

/** A section of a bulk agent, judged by reading after it was placed: the topics and languages an editor accepts. */
export interface JudgedSection {
  file: string;
  line: number;
  heading: string;
  acceptedTopics: string[];
  acceptedLanguages: string[];
}

/**
 * Scores the judged sections of the bulk corpus (files the labels do not cover) against where
 * the core places them now: keeping on the agent's page a subject no topic fits counts as right.
 */
export function evaluateJudged(judged: JudgedSection[], taxonomy: Taxonomy = builtIn): { topicAccuracy: number; languageAccuracy: number; wrong: string[] } {
  const files = new Set(judged.map((section) => section.file));
  const sources = readFolder(join(sharedDir, 'corpus', 'bulk')).filter((source) => files.has(source.file));
  const { agents } = classifyAgents(sources, taxonomy, '/');
  const builtInTopics = new Set(taxonomy.topics.map((topic) => topic.slug));
  const sections = new Map(reportSections(agents, '/').map((section) => [`${section.file}:${section.line}`, section]));
  const wrong: string[] = [];
  let topics = 0;
  let languages = 0;
  for (const entry of judged) {
    const section = sections.get(`${entry.file}:${entry.line}`);
    const topic = !section ? 'missing' : section.topic === null ? 'agent' : builtInTopics.has(section.topic) ? section.topic : 'other';
    const topicRight = entry.acceptedTopics.includes(topic) || (topic === 'agent' && entry.acceptedTopics[0] === 'other');
    const languageRight = entry.acceptedLanguages.includes(section?.language ?? '-');
    if (topicRight) topics += 1;
    if (languageRight) languages += 1;
    if (!topicRight || !languageRight) wrong.push(`${entry.file}:${entry.line} ${entry.heading}: ${topic}/${section?.language ?? '-'}, accepted ${entry.acceptedTopics.join('|')}/${entry.acceptedLanguages.join('|')}`);
  }
  return { topicAccuracy: topics / judged.length, languageAccuracy: languages / judged.length, wrong };
}
