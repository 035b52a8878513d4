import pluralize from 'pluralize';

/** Words already made singular: pluralize tries its rules one by one, and agents repeat their words. */
const known = new Map<string, string>();
/** Enough for the vocabulary of thousands of agents; past it, words are made singular each time. */
const most = 200_000;

/**
 * A word in the singular ("indexes" → "index", "Inputs" → "Input"), as pluralize makes it.
 * @example singularWord('queries') // 'query'
 */
export function singularWord(word: string): string {
  let singular = known.get(word);
  if (singular === undefined) {
    singular = pluralize.singular(word);
    if (known.size < most) known.set(word, singular);
  }
  return singular;
}
