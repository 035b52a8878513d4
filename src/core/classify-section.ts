import GithubSlugger from 'github-slugger';
import type { Section } from './build-section-tree.ts';
import { definitionOfDoneTitle } from './extract-definition-of-done.ts';
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
}

/** Which topic and languages a heading names, by the taxonomy's aliases. */
export function classifyHeading(heading: string, taxonomy: Taxonomy): HeadingClass {
  const words = normaliseWords(heading);
  const topic = taxonomy.topics.find((entry) => entry.aliases.some((alias) => containsWords(words, normaliseWords(alias))));
  const languages = taxonomy.languages
    .filter((entry) => namesLanguage(heading, words, entry))
    .map((entry) => entry.slug);
  return { topic: topic?.slug ?? null, languages };
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
 * - **Language**: the language a heading names when it names exactly one; otherwise the
 *   enclosing section's; otherwise the one language all of the section's code fences are in.
 *   A heading that names several languages is about none of them.
 */
export function classifySections(roots: Section[], taxonomy: Taxonomy): Classification {
  const newTopics: TopicEntry[] = [];
  const slugger = new GithubSlugger();
  for (const topic of taxonomy.topics) slugger.slug(topic.slug);

  const classify = (section: Section, inherited: Inherited): ClassifiedSection => {
    const definitionOfDone = section.heading === definitionOfDoneTitle && section.depth === 2 && inherited.trail.length === 0;
    const own = section.heading === null ? { topic: taxonomy.introTopic, languages: [] } : classifyHeading(section.heading, taxonomy);
    let topic = inherited.matched ? inherited.topic : (own.topic ?? inherited.topic);
    const matched = inherited.matched || own.topic !== null;
    if (definitionOfDone) topic = taxonomy.introTopic;
    if (topic === null) {
      const made: TopicEntry = { slug: slugger.slug(section.heading ?? 'untitled'), label: section.heading ?? 'Untitled', description: '', aliases: [] };
      newTopics.push(made);
      topic = made.slug;
    }
    const language = own.languages.length === 1 ? own.languages[0]! : own.languages.length > 1 ? null : (inherited.language ?? fencesLanguage(section, taxonomy));
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
