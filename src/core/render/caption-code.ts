import { fenceLanguage } from '../classify/fence-language.ts';
import { containsExactWord, normaliseWords } from '../classify/normalise-words.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';

/** What a code sample is called in its caption: "Go", "HTTP", "JSON". */
export function fenceLabel(lang: string, taxonomy: Taxonomy): string {
  const language = fenceLanguage(lang, taxonomy);
  const entry = taxonomy.languages.find((candidate) => candidate.slug === language);
  if (entry) return entry.label.split('/')[0]!;
  return taxonomy.fenceLabels[lang.toLowerCase()] ?? lang.charAt(0).toUpperCase() + lang.slice(1);
}

/**
 * A heading with the language names taken out, in sentence case, to say what a sample is
 * about: "Go Error Handling" → "error handling". Empty when the heading is only a language.
 */
export function subjectOf(heading: string, taxonomy: Taxonomy): string {
  const { aliases, exact } = languageWordsOf(taxonomy);
  const kept = heading
    .split(/\s+/u)
    .filter((word) => {
      const parts = word.split('/').filter(Boolean);
      return !parts.every((part) => aliases.has(normaliseWords(part)) || exact.some((alias) => containsExactWord(part, alias)));
    })
    .join(' ');
  return sentenceCase(kept.trim());
}

/** The words that name a language, made once per taxonomy: a large agent captions thousands of samples. */
const languageWords = new WeakMap<Taxonomy, { aliases: Set<string>; exact: string[] }>();

function languageWordsOf(taxonomy: Taxonomy): { aliases: Set<string>; exact: string[] } {
  let words = languageWords.get(taxonomy);
  if (!words) {
    words = {
      aliases: new Set(taxonomy.languages.flatMap((entry) => entry.aliases.map(normaliseWords))),
      exact: taxonomy.languages.flatMap((entry) => entry.caseSensitiveAliases ?? []),
    };
    languageWords.set(taxonomy, words);
  }
  return words;
}

/** Lower-cases capitalised words, keeping acronyms: "Request/Response Patterns" → "request/response patterns". */
export function sentenceCase(text: string): string {
  return text.replace(/\b([A-Z])([a-z]+)\b/gu, (_word, first: string, rest: string) => first.toLowerCase() + rest);
}

/** "Go — error handling": the fence's language and what the enclosing headings say it is about. */
export function captionCode(lang: string, headings: string[], taxonomy: Taxonomy): string {
  const subject = [...headings].reverse().map((heading) => subjectOf(heading, taxonomy)).find(Boolean);
  const label = fenceLabel(lang, taxonomy);
  return subject ? `${label} — ${subject}` : label;
}
