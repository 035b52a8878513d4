import type { List, ListItem, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readTermItem, type TermItem } from './detect-term-list.ts';
import { leadingPhrase } from './leading-phrase.ts';

/**
 * Reads every item of a list as a practice, whatever its form: `- **Term**: advice` (the term
 * and its advice), and any other item (a plain line, a task of a `- [ ]` list, a numbered rule)
 * as a plain practice, whose term is its leading phrase and whose advice is its first paragraph
 * as written. An `[x]` in the file is how the list is written, not a reader's tick. Nested items
 * belong to their item: they show under it, and are not practices of their own. An item with
 * no text at all (only a code block) takes the term `Item`.
 */
export function readPracticeList(list: List): TermItem[] {
  return list.children.map((item) => readTermItem(item) ?? readPlainItem(item));
}

function readPlainItem(item: ListItem): TermItem {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return { term: leadingPhrase(toString(item)) || 'Item', advice: [], rest: item.children, item, plain: true };
  const advice = oneLine(first.children);
  return { term: leadingPhrase(toString(first)) || 'Item', advice, rest, item, plain: true };
}

/** A paragraph's content on one line: its line breaks become spaces (a term is shown on a line of its own). */
function oneLine(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'break') return { type: 'text', value: ' ' };
    if (node.type === 'text') return { ...node, value: node.value.replace(/\s*\n\s*/gu, ' ') };
    if (node.type === 'inlineCode') return { ...node, value: node.value.replace(/\n/gu, ' ') };
    return 'children' in node ? ({ ...node, children: oneLine(node.children as PhrasingContent[]) } as PhrasingContent) : node;
  });
}
