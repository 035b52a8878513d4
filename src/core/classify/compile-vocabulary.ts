import pluralize from 'pluralize';
import { PhraseIndex, hasCjk, headingWord, matchWords } from './phrase-index.ts';
import type { LanguageEntry, Taxonomy } from './taxonomy.ts';

/** How an agent speaks of itself under a heading: see `SelfDescription` in the taxonomy. */
export type SelfMode = 'self' | 'capability' | 'process';

/** What a phrase stands for. */
export type Term =
  | { kind: 'topic'; slug: string; weight: number }
  | { kind: 'self'; mode: SelfMode; weight: number }
  | { kind: 'language'; slug: string; weight: number };

/** The taxonomy compiled for matching, once per taxonomy. */
export interface Vocabulary {
  /** What a heading's phrases name: topics (aliases), the agent's own matters, languages. */
  headings: PhraseIndex<Term>;
  /** What a text's phrases point to: topics (keywords), the agent speaking of itself, languages. */
  text: PhraseIndex<Term>;
  /** Language aliases that count only with their case as written ("Go"), to their slugs. */
  exactAliases: Map<string, string>;
  /** Generic heading words, normalised: single words, and phrases in CJK scripts. */
  genericWords: Set<string>;
  genericCjk: string[];
  adviceVerbs: Set<string>;
  /** The last words of agents' names (`architect`, `reviewer`): see `find-agent-names.ts`. */
  agentRoles: Set<string>;
  /** Topic slugs in editorial order. */
  topicOrder: Map<string, number>;
  languages: Map<string, LanguageEntry>;
}

/** How much a framework counts for its language, next to the language's own name. */
const frameworkWeight = 0.5;
/** How much a heading alias counts in a section's text, where it is not a keyword already. */
const aliasKeywordWeight = 2;

const compiled = new WeakMap<Taxonomy, Vocabulary>();

/** A phrase with its last word as written, singular and plural (Latin script only). */
function numberForms(phrase: string): string[] {
  const words = matchWords(phrase);
  const last = words.at(-1);
  if (last === undefined || hasCjk(last)) return [phrase];
  const stem = words.slice(0, -1);
  return [...new Set([words, [...stem, pluralize.singular(last)], [...stem, pluralize.plural(last)]].map((form) => form.join(' ')))];
}

/** The taxonomy's vocabulary, ready for matching. */
export function compileVocabulary(taxonomy: Taxonomy): Vocabulary {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const headings = new PhraseIndex<Term>();
  const text = new PhraseIndex<Term>();
  for (const topic of taxonomy.topics) {
    const keywords = new Map(Object.entries(topic.keywords ?? {}).map(([phrase, weight]) => [matchWords(phrase).join(' '), weight]));
    for (const alias of topic.aliases) {
      headings.add(alias, { kind: 'topic', slug: topic.slug, weight: 1 });
      const key = matchWords(alias).join(' ');
      if (!keywords.has(key)) keywords.set(key, aliasKeywordWeight);
    }
    for (const [phrase, weight] of keywords) text.add(phrase, { kind: 'topic', slug: topic.slug, weight });
  }
  const self = taxonomy.self;
  for (const [mode, phrases] of [['self', self.headings], ['capability', self.capabilityHeadings], ['process', self.processHeadings]] as const) {
    // The agent's own matters in the singular and the plural: "Input" is "Inputs", "Rule" is "Rules".
    for (const phrase of phrases) for (const form of numberForms(phrase)) headings.add(form, { kind: 'self', mode, weight: 1 });
  }
  for (const [phrase, weight] of Object.entries(self.phrases)) text.add(phrase, { kind: 'self', mode: 'self', weight });
  const exactAliases = new Map<string, string>();
  for (const language of taxonomy.languages) {
    for (const alias of language.aliases) {
      headings.add(alias, { kind: 'language', slug: language.slug, weight: 1 });
      text.add(alias, { kind: 'language', slug: language.slug, weight: 1 });
    }
    for (const framework of language.frameworks ?? []) {
      headings.add(framework, { kind: 'language', slug: language.slug, weight: frameworkWeight });
      text.add(framework, { kind: 'language', slug: language.slug, weight: frameworkWeight });
    }
    for (const alias of language.caseSensitiveAliases ?? []) exactAliases.set(alias, language.slug);
  }
  const generic = taxonomy.genericHeadingWords.map((word) => matchWords(word).join(' '));
  const vocabulary: Vocabulary = {
    headings,
    text,
    exactAliases,
    genericWords: new Set(generic.filter((word) => !hasCjk(word)).flatMap((word) => word.split(' ')).flatMap((word) => [word, headingWord(word)])),
    genericCjk: generic.filter((word) => hasCjk(word)),
    adviceVerbs: new Set(self.adviceVerbs.map((verb) => matchWords(verb).join(' '))),
    agentRoles: new Set(self.agentRoles ?? []),
    topicOrder: new Map(taxonomy.topics.map((topic, order) => [topic.slug, order])),
    languages: new Map(taxonomy.languages.map((language) => [language.slug, language])),
  };
  compiled.set(taxonomy, vocabulary);
  return vocabulary;
}
