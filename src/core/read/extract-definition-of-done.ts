import { toString } from 'mdast-util-to-string';
import type { Section } from './build-section-tree.ts';
import { containsWords, normaliseWords } from '../classify/normalise-words.ts';

/** The title given to an agent's closing "always ensure:" list. */
export const definitionOfDoneTitle = 'Definition of done';

/**
 * Finds a paragraph such as "When implementing backend features, always ensure:" followed by a
 * list, wherever it stands, and moves it with everything after it in its section into a
 * top-level section of its own, "Definition of done". Without a heading of its own, such a
 * list would otherwise read as part of whatever section happens to come last.
 */
export function extractDefinitionOfDone(roots: Section[], phrases: string[]): Section[] {
  const normalisedPhrases = phrases.map(normaliseWords);
  const extracted: Section[] = [];
  const visit = (section: Section): void => {
    const index = section.blocks.findIndex((block, position) => {
      const next = section.blocks[position + 1];
      if (block.node.type !== 'paragraph' || next?.node.type !== 'list') return false;
      const text = toString(block.node).trim();
      const words = normaliseWords(text);
      return text.endsWith(':') && normalisedPhrases.some((phrase) => containsWords(words, phrase));
    });
    if (index >= 0) {
      const blocks = section.blocks.splice(index);
      extracted.push({ heading: definitionOfDoneTitle, depth: 2, line: blocks[0]!.line, blocks, children: [], pseudo: true });
    }
    section.children.forEach(visit);
  };
  roots.forEach(visit);
  return [...roots, ...extracted];
}
