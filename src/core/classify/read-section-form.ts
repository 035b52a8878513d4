import type { List, RootContent } from 'mdast';
import type { Block } from '../read/build-section-tree.ts';
import { blockText } from '../block-text.ts';
import { walkNodes } from '../walk-nodes.ts';

/** What a section's shape says, whatever its words: whether it is the agent's own reading list, or a template of what it hands back. */
export interface SectionForm {
  /** Its lists are mostly links and documents to read ("Must-read at startup", "References"). */
  references: boolean;
  /** It shows a template to fill in: a text or Markdown block, or a list, of placeholders (`[Finding]`, `<file>`, `{name}`, `XXX`). */
  template: boolean;
}

/** Fences that hold prose rather than a program: a template is written in one of these. */
const proseFences = new Set(['', 'markdown', 'md', 'text', 'txt', 'plaintext', 'plain']);
/** `[Finding title]` (not a link), `{{name}}`, `{name}`, `<file>`, `XXX`, `OOO`, `…`: blanks to fill in. */
const placeholder = /\[[^\]\n]{2,}\](?!\()|\{\{?\s*[\p{L}\p{N}_ .-]{1,40}\}?\}|<[\p{L}][\p{L}\p{N}_ -]{0,30}>|\b(?:X{3,}|O{3,}|TODO|TBD)\b|\.\.\.|…/u;
/** A document to read: a path to a text file, or a page. */
const documentPath = /(?:^|[\s`(])[\w./~-]*[\w-]\.(?:md|mdx|markdown|txt|rst|adoc|pdf|html?)\b/u;

/** The least share of a section's list items, or a block's lines, for its form to count. */
const formShare = 0.6;

/** Reads a section's form from its own blocks. */
export function readSectionForm(blocks: Block[]): SectionForm {
  const items = blocks.flatMap((block) => (block.node.type === 'list' ? (block.node as List).children : []));
  const referenceItems = items.filter((item) => isReference(item)).length;
  const placeholderItems = items.filter((item) => placeholder.test(firstLine(item))).length;
  const templateFence = blocks.some((block) => block.node.type === 'code' && proseFences.has((block.node.lang ?? '').toLowerCase()) && holdsPlaceholders(block.node.value));
  const hasProgram = blocks.some((block) => block.node.type === 'code' && !proseFences.has((block.node.lang ?? '').toLowerCase()));
  return {
    references: !hasProgram && items.length >= 2 && referenceItems >= formShare * items.length,
    template: templateFence || (items.length >= 2 && placeholderItems >= formShare * items.length),
  };
}

/** An item that points to something to read: a link, or a document's path, with a few words beside it at most. */
function isReference(item: RootContent): boolean {
  const text = blockText(item);
  if (text.split(/\s+/u).filter(Boolean).length > 16) return false;
  let linked = false;
  walkNodes([item], (node) => {
    if (node.type === 'link' || node.type === 'linkReference') linked = true;
  });
  return linked || documentPath.test(text);
}

function firstLine(item: RootContent): string {
  return blockText(item).split('\n')[0] ?? '';
}

/** Whether most lines of a block of prose are blanks to fill in. */
function holdsPlaceholders(value: string): boolean {
  const lines = value.split('\n').filter((line) => line.trim() !== '');
  if (lines.length < 2) return false;
  return lines.filter((line) => placeholder.test(line)).length >= 0.3 * lines.length;
}
