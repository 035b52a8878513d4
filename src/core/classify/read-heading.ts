import { compileVocabulary, type SelfMode, type Vocabulary } from './compile-vocabulary.ts';
import { findAgentNames } from './find-agent-names.ts';
import { foldSymbols } from './normalise-words.ts';
import { hasCjk, headingWord, matchWords } from './phrase-index.ts';
import type { Taxonomy } from './taxonomy.ts';

/** What a heading says of its section. */
export interface HeadingReading {
  /** The topics it names, in order of appearance. */
  topics: string[];
  /** Every language it names, by name or by one of its frameworks. */
  languages: string[];
  /**
   * The one language it is about: the only one it names, the first of a slash compound such as
   * "TypeScript/Node.js", or the one that includes the others; `null` when it names none, or
   * several apart.
   */
  language: string | null;
  /**
   * Whether it heads the agent speaking of itself, and how (its role, its capabilities, its
   * process): only when that is all it says ("Development Workflow", "Output Format",
   * "Colaboração com `design-system-architect`"). A word of the agent's own before a subject
   * ("Workflow 4: WebSocket Notifications", "Pattern 3: Async SQLAlchemy") does not make it so.
   */
  self: SelfMode | null;
  /** Whether it names another agent ("Input from `system-architect`"): a handoff. */
  namesAgent: boolean;
  /** Whether it says nothing of a subject beyond, at most, a language: "Approach", "Go Best Practices". */
  generic: boolean;
  /** Its words with numbering, case and plurals folded: the same for "Communication Protocols" and "2. Communication Protocol". */
  key: string;
}

/** "1.", "2)", "C.", "iv.", "Step 3:", "Phase 2 -", "Workflow 4:": numbering in front of a heading. */
const enumeration = /^\s*(?:(?:step|phase|stage|part|tier|workflow|pattern|example)\s+(?:\d+(?:\.\d+)*|[a-z]|[ivx]{1,4})\s*(?:[.):：]|\s[-–—]|$)|(?:\d+(?:\.\d+)*|[a-z]|[ivx]{1,4})\s*(?:[.):：]|\s[-–—]))\s*/iu;

/** Reads a heading against the taxonomy: the topics, languages and agent matters it names. */
export function readHeading(heading: string, taxonomy: Taxonomy): HeadingReading {
  const vocabulary = compileVocabulary(taxonomy);
  const names = findAgentNames(heading, vocabulary.agentRoles);
  const withoutNames = names.reduce((rest, name) => rest.replace(name, ' '), heading);
  const stripped = withoutNames.replace(enumeration, '');
  const words = matchWords(stripped);
  const singular = words.map(headingWord);
  const topics: string[] = [];
  const languages: string[] = [];
  let self: SelfMode | null = null;
  const named = new Set<string>();
  const selfWords = new Set<string>();
  for (const hit of vocabulary.headings.find(words)) {
    for (const term of hit.values) {
      if (term.kind === 'topic' && !topics.includes(term.slug)) topics.push(term.slug);
      else if (term.kind === 'language' && !languages.includes(term.slug)) languages.push(term.slug);
      else if (term.kind === 'self') {
        self ??= term.mode;
        for (const word of hit.phrase.split(' ')) selfWords.add(headingWord(word));
      }
      if (term.kind !== 'self') named.add(hit.phrase);
    }
  }
  for (const token of foldSymbols(stripped).split(/[^\p{L}\p{N}]+/u)) {
    const slug = vocabulary.exactAliases.get(token);
    if (slug && !languages.includes(slug)) {
      languages.push(slug);
      named.add(token.toLowerCase());
    }
  }
  const languageWords = new Set([...named].flatMap((phrase) => phrase.split(' ')));
  // Words that say something besides the agent's own matter, a generic word or a language.
  const rest = singular.filter((word) => !selfWords.has(word) && !isGenericWord(word, languageWords, vocabulary));
  if (rest.length > 0 && topics.length === 0) self = null;
  if (self === null && names.length > 0 && rest.length === 0) self = 'self';
  return {
    topics,
    languages,
    language: languages.length === 1 ? languages[0]! : (compoundLanguage(stripped, languages, taxonomy) ?? inclusiveLanguage(languages, taxonomy)),
    self,
    namesAgent: names.length > 0,
    generic: topics.length === 0 && self === null && names.length === 0 && words.every((word) => isGenericWord(word, languageWords, vocabulary)),
    key: singular.join(' '),
  };
}

/** Whether a word of a heading says nothing of a subject: a generic word, part of a language's name, or a number. */
function isGenericWord(word: string, languageWords: Set<string>, vocabulary: Vocabulary): boolean {
  if (vocabulary.genericWords.has(word) || languageWords.has(word) || /^\d+$/u.test(word)) return true;
  if (!hasCjk(word)) return false;
  return vocabulary.genericCjk.reduce((rest, phrase) => rest.replaceAll(phrase, ''), word).trim() === '';
}

/** "TypeScript/Node.js": one thing named by several languages joined with slashes; its first. */
function compoundLanguage(heading: string, languages: string[], taxonomy: Taxonomy): string | null {
  if (languages.length < 2) return null;
  for (const token of heading.split(/\s+/u).filter((part) => part.includes('/'))) {
    const parts = token
      .split('/')
      .map((part) => readHeading(part, taxonomy).languages)
      .filter((found) => found.length > 0);
    const flat = parts.flat();
    if (flat.length > 0 && languages.every((language) => flat.includes(language))) return parts[0]![0]!;
  }
  return null;
}

/** Of several languages, the one whose entry includes all the others (TypeScript includes JavaScript). */
function inclusiveLanguage(languages: string[], taxonomy: Taxonomy): string | null {
  if (languages.length < 2) return null;
  const entries = taxonomy.languages.filter((entry) => languages.includes(entry.slug));
  const including = entries.filter((entry) => languages.every((slug) => slug === entry.slug || (entry.includes ?? []).includes(slug)));
  return including.length === 1 ? including[0]!.slug : null;
}
