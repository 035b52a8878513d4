import type { Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Section } from './build-section-tree.ts';

/** The longest line, colon included, that reads as the heading of the list under it ("at most about 80 characters"). */
export const pseudoHeadingLength = 80;

/** A colon at the end of a line: `:`, the full-width `：`, and French typography's ` :`. */
const closingColon = /\s*[:：]\s*$/u;

/**
 * The heading a paragraph stands for when it heads the list under it, or `null`: a paragraph of
 * one line, at most `pseudoHeadingLength` characters, that ends in a colon ("Query optimization:",
 * "体制チェック：", "Points clés :"), or that is wholly bold (`**Key Principles:**`,
 * `**Key Principles**`). Its text, without the colon, is the heading.
 */
export function pseudoHeadingText(node: RootContent): string | null {
  if (node.type !== 'paragraph' || node.children.some((child) => child.type === 'break')) return null;
  const text = toString(node);
  if (text.includes('\n')) return null;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > pseudoHeadingLength) return null;
  if (!closingColon.test(trimmed) && !whollyBold(node)) return null;
  const heading = trimmed.replace(closingColon, '').trim();
  return heading === '' ? null : heading;
}

/** `**Key Principles**`, `**Key Principles:**` or `**Key Principles**:`: bold, and nothing else but the colon. */
function whollyBold(paragraph: Paragraph): boolean {
  const [first, ...rest] = paragraph.children;
  return first?.type === 'strong' && rest.every((child) => child.type === 'text' && /^\s*[:：]?\s*$/u.test(child.value));
}

/**
 * Makes a section of each pseudo-heading and the list under it (a blank line between is fine, and
 * so are several lists in a row): the paragraph becomes the section's heading, and the lists its
 * blocks. The section they stand in keeps its other blocks, as the labelling rubric has it, and
 * has the new sections as its first subsections. Blocks inside lists, quotes and tables are not blocks of a section,
 * so a colon line there heads nothing; a colon line over a code block or a paragraph heads
 * nothing either. The sections `keep` rejects (the definition of done, whose opening line is
 * such a line) are left as they are.
 */
export function splitPseudoHeadings(roots: Section[], keep: (section: Section) => boolean = () => true): Section[] {
  const visit = (section: Section): void => {
    section.children.forEach(visit);
    if (!keep(section)) return;
    const starts = section.blocks.flatMap((block, index) => {
      const next = section.blocks[index + 1];
      const heading = next?.node.type === 'list' ? pseudoHeadingText(block.node) : null;
      return heading === null ? [] : [{ index, heading }];
    });
    if (starts.length === 0) return;
    const taken = new Set<number>();
    const made = starts.map(({ index, heading }): Section => {
      let end = index + 1;
      while (section.blocks[end]?.node.type === 'list') end += 1;
      for (let at = index; at < end; at += 1) taken.add(at);
      return { heading, depth: section.depth + 1, line: section.blocks[index]!.line, blocks: section.blocks.slice(index + 1, end), children: [], pseudo: true };
    });
    section.blocks = section.blocks.filter((_, index) => !taken.has(index));
    section.children = [...made, ...section.children];
  };
  roots.forEach(visit);
  return roots;
}
