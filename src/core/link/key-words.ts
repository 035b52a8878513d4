import { singularWord } from '../singular-word.ts';
import { compileVocabulary } from '../classify/compile-vocabulary.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import { hasCjk } from '../classify/phrase-index.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';

/** A term's words as practice keys compare them: folded and singular ("Integration tests" is `integration test`). */
export function keyWords(term: string): string[] {
  return normaliseWords(term.replace(/…$/u, ''))
    .split(' ')
    .filter(Boolean)
    .map((word) => (hasCjk(word) ? word : singularWord(word)));
}

const neutralByTaxonomy = new WeakMap<Taxonomy, Set<string>>();

/**
 * The words that say how, not what, folded as `keyWords` folds them: stop words, the verbs that
 * open advice and the qualifiers that leave a practice whole ("Maintain", "comprehensive",
 * "strategies"). "Implement comprehensive caching strategies" names no more than "Caching".
 */
export function neutralWords(taxonomy: Taxonomy): Set<string> {
  const known = neutralByTaxonomy.get(taxonomy);
  if (known) return known;
  const words = new Set([...taxonomy.practices.stopWords, ...taxonomy.practices.neutralModifiers, ...compileVocabulary(taxonomy).adviceVerbs].flatMap((word) => keyWords(word)));
  neutralByTaxonomy.set(taxonomy, words);
  return words;
}
