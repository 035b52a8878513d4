import { compileVocabulary } from './compile-vocabulary.ts';
import { matchWords } from './phrase-index.ts';
import { containsExactWord } from './normalise-words.ts';
import { emptyReading, mergeReading, readText, type TextReading } from './read-section-text.ts';
import type { HeadingReading } from './read-heading.ts';
import type { Taxonomy } from './taxonomy.ts';

/** What an agent as a whole is about. */
export interface AgentSubject {
  /** The one language the agent is about (go-expert, rust-pro), or `null`. */
  language: string | null;
  /** The topic the agent is mostly about (postgres-expert: databases), or `null`. */
  topic: string | null;
}

/** One section of the agent, as read: its heading and its own text. */
export interface SectionEvidence {
  heading: HeadingReading | null;
  reading: TextReading;
}

/** How much each part of an agent counts when weighing what it is about. */
const weights = { name: 6, description: 2, heading: 1.5, body: 10, fence: 1 };
/**
 * The least score a language needs to be the agent's (a name that names it reaches it alone; one
 * tool in a description does not), and how far it must lead the second.
 */
const languageLeast = 6;
const languageLead = 2.5;
/** The least share of an agent's code that must be in its language. */
const codeShare = 0.5;
/** The least score a topic needs to be the agent's subject when its name does not say. */
const topicLeast = 6;
/**
 * The least keyword weight per word of the agent's text for its description and text to
 * decide its subject: below it, the agent is not about engineering ("performance" in an HR
 * agent's text is about people).
 */
const engineeringDensity = 0.15;

/**
 * Weighs what an agent is about from its name (strongest), its description, its headings and
 * its text.
 *
 * - Its language: the one that clearly leads, counting names, frameworks and code fences.
 * - Its topic: the one its name names ("postgres-expert", "test-automator"); else, when its
 *   name names its language ("golang-pro", "django-expert"), that language's subject (the
 *   foundations, or databases for SQL); else the one its description and text point to most,
 *   as long as the text is about engineering at all.
 */
export function describeAgent(name: string, description: string, sections: SectionEvidence[], taxonomy: Taxonomy): AgentSubject {
  const vocabulary = compileVocabulary(taxonomy);
  const fromName = readText(name.replace(/[-_]+/gu, ' '), emptyReading(), taxonomy, weights.name);
  // Whatever names a language in the name (a framework too: "django-expert") says the language.
  for (const slug of fromName.languages.keys()) fromName.languages.set(slug, weights.name);
  // A name is a slug: "go-expert" names Go although it is not written "Go".
  for (const word of matchWords(name)) {
    for (const [alias, slug] of vocabulary.exactAliases) {
      if (alias.toLowerCase() === word) add(fromName.languages, slug, weights.name);
    }
  }
  const fromDescription = readText(description, emptyReading(), taxonomy, weights.description);

  const body = emptyReading();
  for (const section of sections) {
    for (const slug of section.heading?.languages ?? []) add(body.languages, slug, weights.heading);
    for (const fence of section.reading.fences) add(body.languages, fence, weights.fence);
    for (const [slug, value] of section.reading.languages) add(body.languages, slug, value * 0.5);
    for (const slug of section.heading?.topics ?? []) add(body.topics, slug, weights.heading);
    mergeReading(body, { ...section.reading, languages: new Map(), fences: [] });
  }

  const languages = foldIncluded(sum(fromName.languages, fromDescription.languages, body.languages), taxonomy);
  const [first, second] = [...languages].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const leading = first && first[1] >= languageLeast && first[1] >= languageLead * (second?.[1] ?? 0) ? first[0] : null;
  const language = leading && aboutLanguage(leading, fromName, fromDescription, description, sections, taxonomy) ? leading : null;

  const rank = (topics: Map<string, number>) => {
    if (!language) topics.delete(taxonomy.foundationsTopic);
    return [...topics].sort((a, b) => b[1] - a[1] || (vocabulary.topicOrder.get(a[0]) ?? 0) - (vocabulary.topicOrder.get(b[0]) ?? 0));
  };
  const bodyTopics = normalise(body.topics, weights.body);
  const described = sum(fromDescription.topics, bodyTopics);
  // Of the topics the name names, the one the rest of the agent favours.
  const [named] = rank(new Map([...fromName.topics].map(([topic, value]) => [topic, value + (described.get(topic) ?? 0)])));
  if (named) return { language, topic: named[0] };
  if (language && (fromName.languages.get(language) ?? 0) > 0) {
    return { language, topic: vocabulary.languages.get(language)?.subject ?? taxonomy.foundationsTopic };
  }
  const bodyWeight = [...body.topics.values()].reduce((a, b) => a + b, 0);
  if (bodyWeight < engineeringDensity * body.words) return { language, topic: null };
  if (language) add(described, vocabulary.languages.get(language)?.subject ?? taxonomy.foundationsTopic, weights.name);
  const [best] = rank(described);
  return { language, topic: best && best[1] >= topicLeast ? best[0] : null };
}

/**
 * Whether an agent is about the language its text leads with: its name or description names
 * it (or one of its frameworks), and its code is mostly in it. An agent whose samples happen to
 * be in Go is not about Go; a DevOps agent whose scripts are shell is not about the shell, since
 * the shell is a language written in passing, which only an agent's name makes its own.
 */
function aboutLanguage(language: string, fromName: TextReading, fromDescription: TextReading, description: string, sections: SectionEvidence[], taxonomy: Taxonomy): boolean {
  const entry = taxonomy.languages.find((candidate) => candidate.slug === language);
  const includes = (slug: string) => slug === language || (entry?.includes ?? []).includes(slug);
  const namedByName = [...fromName.languages].some(([slug, value]) => value > 0 && includes(slug));
  // A language written in passing (a DevOps agent's shell scripts) is the agent's only when its name says so.
  if (entry?.usedInPassing) return namedByName;
  const fences = sections.flatMap((section) => section.reading.fences);
  if (fences.length > 0) {
    // Named by the language or one of its frameworks, with its code mostly in it.
    const named = [...fromName.languages, ...fromDescription.languages].some(([slug, value]) => value > 0 && includes(slug));
    return named && fences.filter(includes).length >= codeShare * fences.length;
  }
  // Without code, only its name or the language's own name says so: "React, Vue and Angular" do not.
  return namedByName || namesLanguage(description, language, taxonomy);
}

/** Whether a text names a language by one of its own names ("TypeScript", "Go"), not by a framework. */
function namesLanguage(text: string, language: string, taxonomy: Taxonomy): boolean {
  const entry = taxonomy.languages.find((candidate) => candidate.slug === language);
  if (!entry) return false;
  const words = ` ${matchWords(text).join(' ')} `;
  return [entry.slug, ...entry.aliases].some((alias) => words.includes(` ${matchWords(alias).join(' ')} `)) || (entry.caseSensitiveAliases ?? []).some((alias) => containsExactWord(text, alias));
}

/**
 * A language that includes another (TypeScript, JavaScript) takes the other's score when both
 * are named, and it is named at least half as much.
 */
function foldIncluded(languages: Map<string, number>, taxonomy: Taxonomy): Map<string, number> {
  for (const entry of taxonomy.languages) {
    const own = languages.get(entry.slug);
    if (own === undefined) continue;
    for (const included of entry.includes ?? []) {
      const value = languages.get(included);
      if (value === undefined || own < value / 2) continue;
      add(languages, entry.slug, value);
      languages.delete(included);
    }
  }
  return languages;
}

function normalise(map: Map<string, number>, total: number): Map<string, number> {
  const all = [...map.values()].reduce((a, b) => a + b, 0);
  return all === 0 ? new Map() : new Map([...map].map(([key, value]) => [key, (value / all) * total]));
}

function sum(...maps: Array<Map<string, number>>): Map<string, number> {
  const out = new Map<string, number>();
  for (const map of maps) for (const [key, value] of map) add(out, key, value);
  return out;
}

function add(map: Map<string, number>, key: string, value: number): void {
  map.set(key, (map.get(key) ?? 0) + value);
}
