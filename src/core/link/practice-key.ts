import { singularWord } from '../singular-word.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import type { PracticeMatching } from '../classify/taxonomy.ts';

/** "(CSP)", "(RBAC)", "(N+1)": an abbreviation in brackets, which names what the words before it name. */
const bracketedAbbreviation = /\s*\(\s*([A-Z][A-Za-z0-9+&./-]{0,9})\s*\)/gu;

/** The abbreviation a term spells out in brackets: "Content Security Policy (CSP)" → "CSP". */
export function bracketedAcronym(term: string): string | null {
  const found = [...term.matchAll(bracketedAbbreviation)].find((match) => /[A-Z].*[A-Z0-9+]/u.test(match[1]!) || match[1]!.length <= 4);
  return found ? found[1]! : null;
}

/**
 * The matching rule for cross-linked checklists: two items are the same practice when their
 * terms have the same key.
 *
 * 0. An abbreviation in brackets is dropped: "Content Security Policy (CSP)" is "Content
 *    Security Policy" (and, across the handbook, "CSP" alone is too: see `collect-practices.ts`).
 * 1. Case, punctuation and symbols are folded (`normaliseWords`): "N+1" → "n 1".
 * 2. Each word is made singular: "Web Frameworks" → "web framework".
 * 3. One framing word is dropped from the front ("No Connection Pooling") and from the end
 *    ("N+1 Prevention"), as long as a word is left.
 * 4. The taxonomy's aliases map the result onto another key ("n 1 query" → "n 1", so that
 *    "N+1 Queries" is "N+1 Prevention" while "Database Queries" stays apart from "Database").
 * 5. A key in the taxonomy's exclusions is too generic to link: the result is `null`.
 *
 * Nothing else is dropped, so "Context Usage" is not "Context" and "Error Rate" is not
 * "Error Responses": precision matters more than recall.
 */
export function practiceKey(term: string, rules: PracticeMatching): string | null {
  const bare = term.replace(bracketedAbbreviation, ' ').trim() || term;
  let words = normaliseWords(bare)
    .split(' ')
    .filter(Boolean)
    .map((word) => singularWord(word));
  if (words.length > 1 && rules.framingPrefixes.includes(words[0]!)) words = words.slice(1);
  if (words.length > 1 && rules.framingSuffixes.includes(words[words.length - 1]!)) words = words.slice(0, -1);
  const joined = words.join(' ');
  const key = rules.aliases[joined] ?? joined;
  return key === '' || rules.exclusions.includes(key) ? null : key;
}
