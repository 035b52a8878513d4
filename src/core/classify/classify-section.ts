import GithubSlugger from 'github-slugger';
import type { Section } from '../read/build-section-tree.ts';
import { definitionOfDoneTitle } from '../read/extract-definition-of-done.ts';
import { containsExactWord, containsWords, normaliseWords } from './normalise-words.ts';
import type { LanguageEntry, Taxonomy, TopicEntry } from './taxonomy.ts';

/** A section with the topic and language it belongs to. */
export interface ClassifiedSection extends Omit<Section, 'children'> {
  topic: string;
  /** `null` when the section is not about one language. */
  language: string | null;
  /** Headings of the enclosing sections, outermost first. */
  trail: string[];
  /** Whether this is the agent's closing "definition of done" list. */
  definitionOfDone: boolean;
  children: ClassifiedSection[];
}

export interface HeadingClass {
  /** The first topic (in taxonomy order) the heading names, if any. */
  topic: string | null;
  /** Every language the heading names. */
  languages: string[];
  /**
   * The one language the heading is about: the only one it names, or the first of a slash
   * compound such as "TypeScript/Node.js"; `null` when it names none or several apart.
   */
  language: string | null;
}

/** Which topic and languages a heading names, by the taxonomy's aliases. */
export function classifyHeading(heading: string, taxonomy: Taxonomy): HeadingClass {
  const words = normaliseWords(heading);
  const topic = taxonomy.topics.find((entry) => entry.aliases.some((alias) => containsWords(words, normaliseWords(alias))));
  const languages = taxonomy.languages
    .filter((entry) => namesLanguage(heading, words, entry))
    .map((entry) => entry.slug);
  return { topic: topic?.slug ?? null, languages, language: languages.length === 1 ? languages[0]! : compoundLanguage(heading, languages, taxonomy) };
}

/** "TypeScript/Node.js": one thing named by several languages joined with slashes; its first. */
function compoundLanguage(heading: string, languages: string[], taxonomy: Taxonomy): string | null {
  if (languages.length < 2) return null;
  for (const token of heading.split(/\s+/u).filter((part) => part.includes('/'))) {
    const named = token
      .split('/')
      .map((part) => classifyHeading(part, taxonomy).languages)
      .filter((found) => found.length > 0);
    if (named.flat().length > 0 && languages.every((language) => named.flat().includes(language))) return named[0]![0]!;
  }
  return null;
}

function namesLanguage(heading: string, words: string, entry: LanguageEntry): boolean {
  return (
    entry.aliases.some((alias) => containsWords(words, normaliseWords(alias))) ||
    (entry.caseSensitiveAliases ?? []).some((alias) => containsExactWord(heading, alias))
  );
}

/** The language a code fence's info string names, if the taxonomy knows it. */
export function fenceLanguage(lang: string | null | undefined, taxonomy: Taxonomy): string | null {
  if (!lang) return null;
  const info = lang.toLowerCase();
  return taxonomy.languages.find((entry) => entry.fences.includes(info))?.slug ?? null;
}

interface Inherited {
  topic: string | null;
  /** Whether `topic` came from a taxonomy match rather than from a heading of its own. */
  matched: boolean;
  language: string | null;
  trail: string[];
}

export interface Classification {
  sections: ClassifiedSection[];
  /** Topics made from headings that fit no taxonomy topic, in order of appearance. */
  newTopics: TopicEntry[];
}

/**
 * Gives every section a topic and, where it has one, a language.
 *
 * - **Topic**: the first heading on the path from the top that names a taxonomy topic decides,
 *   so "Performance Anti-Patterns" under "Anti-Patterns to Avoid" stays an anti-pattern. Text
 *   before the first heading is the intro topic. A top-level heading that names no topic, with
 *   no topic above it, becomes a topic of its own.
 * - **Language**: the enclosing section's, if it has one; otherwise the language the heading
 *   names when it names one (or a slash compound like "TypeScript/Node.js", its first);
 *   otherwise the one language all of the section's code fences are in. A heading that names
 *   several languages apart is about none of them.
 */
export function classifySections(roots: Section[], taxonomy: Taxonomy): Classification {
  const newTopics: TopicEntry[] = [];
  const slugger = new GithubSlugger();
  for (const topic of taxonomy.topics) slugger.slug(topic.slug);

  const classify = (section: Section, inherited: Inherited): ClassifiedSection => {
    const definitionOfDone = section.heading === definitionOfDoneTitle && section.depth === 2 && inherited.trail.length === 0;
    const own: HeadingClass = section.heading === null ? { topic: taxonomy.introTopic, languages: [], language: null } : classifyHeading(section.heading, taxonomy);
    let topic = inherited.matched ? inherited.topic : (own.topic ?? inherited.topic);
    const matched = inherited.matched || own.topic !== null;
    if (definitionOfDone) topic = taxonomy.introTopic;
    if (topic === null) {
      // Later agents with the same heading join this topic rather than making another.
      const label = (section.heading ?? 'Untitled').replace(/^\s*\d+[.)]\s+/u, '').trim() || 'Untitled';
      const made: TopicEntry = { slug: slugger.slug(label), label, description: '', aliases: [normaliseWords(label)] };
      newTopics.push(made);
      topic = made.slug;
    }
    // A section inside a language's section is about that language ("Node.js Ecosystem" under
    // "TypeScript/Node.js Development"); otherwise its heading decides, then its code fences.
    const language = inherited.language ?? (own.languages.length > 0 ? own.language : fencesLanguage(section, taxonomy));
    const trail = section.heading === null ? inherited.trail : [...inherited.trail, section.heading];
    const next: Inherited = { topic, matched, language, trail };
    return {
      ...section,
      topic,
      language,
      trail: inherited.trail,
      definitionOfDone,
      children: section.children.map((child) => classify(child, next)),
    };
  };

  const sections = roots.map((root) => classify(root, { topic: null, matched: false, language: null, trail: [] }));
  return { sections, newTopics };
}

function fencesLanguage(section: Section, taxonomy: Taxonomy): string | null {
  const languages = new Set(
    section.blocks.flatMap((block) => (block.node.type === 'code' ? [fenceLanguage(block.node.lang, taxonomy)] : [])),
  );
  return languages.size === 1 ? [...languages][0]! : null;
}
