import { singularWord } from '../singular-word.ts';
import { emptyReading, readText } from '../classify/read-section-text.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';
import type { PracticeItem } from './collect-practices.ts';

/** What two items with one term are compared by, to tell one practice from two meanings of a word. */
export interface PracticeEvidence {
  /** The longer words of the advice, without the term's own and common ones. */
  words: Set<string>;
  /** The topics the advice's words point to, each by more than one weak word. */
  topics: Set<string>;
  /** Whether the term itself is a word of the taxonomy ("Caching", "Error Handling"), not plain English ("Accuracy"). */
  technical: boolean;
}

export function practiceEvidence(item: PracticeItem, taxonomy: Taxonomy): PracticeEvidence {
  const stop = new Set([...taxonomy.practices.stopWords, ...normaliseWords(item.term).split(' ')]);
  const words = new Set(
    normaliseWords(item.advice)
      .split(' ')
      .map((word) => singularWord(word))
      .filter((word) => word.length >= 3 && !stop.has(word)),
  );
  return {
    words,
    topics: new Set([...readText(item.advice, emptyReading(), taxonomy).topics].flatMap(([topic, weight]) => (weight >= 2 ? [topic] : []))),
    technical: readText(item.term, emptyReading(), taxonomy).topics.size > 0,
  };
}

/**
 * Whether two items with the same term on different topics are one practice rather than one
 * word with two meanings ("Tracing" as OpenTelemetry spans and as strace; "Metrics" as the RED
 * method and as DORA). They are when their advice shares a word; else, when the advice of both
 * points to topics, when it points to a topic in common; else, when the term is a word of the
 * taxonomy's, which means one thing ("No Caching" and "Caching"), unless `byTerm` is off.
 */
export function samePractice(a: PracticeEvidence, b: PracticeEvidence, byTerm = true): boolean {
  if ([...a.words].some((word) => b.words.has(word))) return true;
  if (a.topics.size > 0 && b.topics.size > 0) return [...a.topics].some((topic) => b.topics.has(topic));
  return byTerm && a.technical && b.technical;
}
