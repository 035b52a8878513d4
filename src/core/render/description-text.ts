import type { Paragraph, PhrasingContent } from 'mdast';
import { paragraph, text } from './mdx-nodes.ts';

/** A description's paragraphs (split at blank lines), each line after the first on a line of its own. */
export function descriptionParagraphs(description: string): Paragraph[] {
  return description
    .split(/\n[ \t]*\n\s*/u)
    .filter((part) => part.trim() !== '')
    .map((part) => paragraph(...part.split('\n').flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)]))));
}

/** A description on one line, for a list, a card or a page's meta description. */
export function descriptionLine(description: string): string {
  return description.replace(/\s+/gu, ' ').trim();
}
