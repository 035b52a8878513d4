import { compileVocabulary } from '../classify/compile-vocabulary.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';
import type { PracticeItem } from './collect-practices.ts';
import { keyWords, neutralWords } from './key-words.ts';

/** The longest phrase, in words, that can name a plain practice. */
const longestPhrase = 4;
/** A comparison: what a target or a threshold is written with. */
const threshold = /[<>≤≥=]/u;
/** Words that join two practices named side by side. */
const conjunctions = new Set(['and', 'or']);
/** How many agents must name a practice by a phrase before it is the handbook's word for it. */
const agentsPerPhrase = 2;

/**
 * Gives each plain item (one without a bold term) the key of the practice it states, so that
 * "Connection pooling optimization with HikariCP" and "Database connection pooling and
 * optimization" are one practice, and "Token validation" and "Token budget" are two.
 *
 * The practice is a phrase of two to four words of the item's leading phrase, from the
 * handbook's natural vocabulary: the phrases the taxonomy names (its topics' aliases and
 * keywords), and the names of practices that at least two agents use as a whole (a bold term,
 * or a plain item that is only that phrase: "Query optimization", "Integration tests"). Of the
 * phrases an item holds, the one that starts first names it; then the longer; then the first
 * in A–Z. An item holding none keeps the key of its whole leading phrase when that is four
 * words at most (a named practice: "EXPLAIN analysis"), and links to nothing otherwise. The
 * result depends on the set of agents, not on their order.
 */
export function assignPlainPracticeKeys(items: PracticeItem[], taxonomy: Taxonomy, exactKey: (term: string) => string | null): void {
  const plain = items.filter((item) => item.plain);
  if (plain.length === 0) return;
  const stop = new Set([...taxonomy.practices.stopWords, ...compileVocabulary(taxonomy).genericWords]);
  const excluded = new Set(taxonomy.practices.exclusions);

  // The names of practices, by the agents that use each as a whole.
  const namedBy = new Map<string, Set<string>>();
  for (const item of items) {
    const name = item.plain ? wholeName(item.term, stop) : item.key;
    if (name === null || !name.includes(' ')) continue;
    (namedBy.get(name) ?? namedBy.set(name, new Set()).get(name)!).add(item.checklist.agent.slug);
  }
  const vocabulary = new Set([...taxonomyPhrases(taxonomy)].filter((phrase) => phrase.includes(' ')));
  const neutral = neutralWords(taxonomy);
  for (const [name, agents] of namedBy) if (agents.size >= agentsPerPhrase) vocabulary.add(name);
  for (const phrase of excluded) vocabulary.delete(phrase);

  for (const item of plain) {
    // A threshold ("p < 0.05", "Coverage > 90%") is a target, not a practice to link.
    if (threshold.test(item.term)) {
      item.key = null;
      continue;
    }
    const own = keyWords(item.term);
    // A word that names the item's own topic does not narrow the practice after it: "Database
    // connection pooling" on the Databases page is "Connection pooling".
    const topicWords = ownTopicWords(item.checklist.section.topic, taxonomy);
    let lead = 0;
    while (lead < own.length - 2 && topicWords.has(own[lead]!)) lead += 1;
    item.key = (lead > 0 ? firstPhrase(own.slice(lead), vocabulary, neutral) : null) ?? firstPhrase(own, vocabulary, neutral) ?? (own.length <= longestPhrase ? exactKey(item.term) : null);
  }
}

/**
 * The phrase of the vocabulary that starts first in `words`, the longest of those, when what
 * stands before it leaves it whole: only neutral words ("Use", "Maintain full"), or a list that
 * names it beside another practice ("CQRS and event sourcing"). A word of substance before it
 * makes the item a narrower practice of its own: "Registry security hardening" is not "Security
 * hardening", nor "Database state management" the "State management" of a UI.
 */
function firstPhrase(words: string[], vocabulary: Set<string>, neutral: Set<string>): string | null {
  for (let start = 0; start < words.length; start += 1) {
    const before = words.slice(0, start);
    if (!(before.every((word) => neutral.has(word)) || conjunctions.has(before.at(-1)!))) continue;
    for (let size = Math.min(longestPhrase, words.length - start); size >= 2; size -= 1) {
      const phrase = words.slice(start, start + size).join(' ');
      if (vocabulary.has(phrase)) return phrase;
    }
  }
  return null;
}

/** A plain item's whole leading phrase as the name of a practice: two to four words, not ending in a stop word, without numbers. */
function wholeName(term: string, stop: Set<string>): string | null {
  if (term.endsWith('…')) return null;
  const words = keyWords(term);
  if (words.length < 2 || words.length > longestPhrase || words.some((word) => /\d/u.test(word))) return null;
  if (stop.has(words[0]!) || stop.has(words.at(-1)!) || words.every((word) => stop.has(word))) return null;
  return words.join(' ');
}

const topicWordsByTaxonomy = new WeakMap<Taxonomy, Map<string, Set<string>>>();

/** The single words that name a topic (its one-word aliases: "database", "sql"), folded as keys are. */
function ownTopicWords(topic: string | null, taxonomy: Taxonomy): Set<string> {
  let byTopic = topicWordsByTaxonomy.get(taxonomy);
  if (!byTopic) {
    byTopic = new Map(taxonomy.topics.map((entry) => [entry.slug, new Set(entry.aliases.map((alias) => keyWords(alias)).filter((words) => words.length === 1).map((words) => words[0]!))]));
    topicWordsByTaxonomy.set(taxonomy, byTopic);
  }
  return (topic && byTopic.get(topic)) || new Set();
}

const phrasesByTaxonomy = new WeakMap<Taxonomy, Set<string>>();

/** The topics' keywords and aliases, folded as keys are. */
function taxonomyPhrases(taxonomy: Taxonomy): Set<string> {
  const known = phrasesByTaxonomy.get(taxonomy);
  if (known) return known;
  const phrases = new Set<string>();
  for (const topic of taxonomy.topics) {
    for (const phrase of [...Object.keys(topic.keywords ?? {}), ...topic.aliases]) {
      const key = keyWords(phrase).join(' ');
      if (key !== '') phrases.add(key);
    }
  }
  phrasesByTaxonomy.set(taxonomy, phrases);
  return phrases;
}
