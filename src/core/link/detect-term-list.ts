import type { BlockContent, DefinitionContent, List, ListItem, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { klona } from 'klona/json';

/** One `- **Term**: advice` item, or (with `plain`) an item of any other form. */
export interface TermItem {
  term: string;
  /** The advice after the separator, as inline Markdown; for a plain item, its whole first paragraph. */
  advice: PhrasingContent[];
  /** Any further content of the item (nested lists, more paragraphs). */
  rest: Array<BlockContent | DefinitionContent>;
  /** The source item, for placement accounting. */
  item: ListItem;
  /** Set for an item without a bold term ("EXPLAIN analysis", a task, a numbered rule): its term is its leading phrase. */
  plain?: true;
}

/** What stands between a bold term and its advice: a colon (the full-width `：` too) or a dash. */
const separator = /^\s*(?:[:：]|[-–—]\s)\s*/u;
/** A colon that closes a bold term (`**Term:**`, `**注意：**`). */
const closingColon = /\s*[:：]$/u;

/**
 * Reads a list as `- **Term**: advice` items, or returns `null` when any item is not of that
 * form. `**Term:** advice`, `**Term** — advice` and the full-width `**用語：**助言` count too. A GFM task list (`- [ ] …`) is
 * read too, whatever its items' form: an item without a bold term has its text as its term.
 */
export function readTermList(list: List): TermItem[] | null {
  const tasks = list.children.length > 0 && list.children.every((item) => typeof item.checked === 'boolean');
  const items: TermItem[] = [];
  for (const item of list.children) {
    const read = readTermItem(item) ?? (tasks ? readTaskItem(item) : null);
    if (!read) return null;
    items.push(read);
  }
  return items.length > 0 ? items : null;
}

/** A task without a bold term: its first paragraph is the term, the rest of the item its further content. */
export function readTaskItem(item: ListItem): TermItem | null {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return null;
  const term = toString(first).replace(/\s+/gu, ' ').trim();
  return term === '' ? null : { term, advice: [], rest, item };
}

export function readTermItem(item: ListItem): TermItem | null {
  const [first, ...rest] = item.children;
  if (first?.type !== 'paragraph') return null;
  const [strong, ...after] = first.children;
  if (strong?.type !== 'strong') return null;
  let term = toString(strong).trim();
  const advice = klona(after);
  if (closingColon.test(term)) {
    term = term.replace(closingColon, '');
  } else {
    const head = advice[0];
    if (head?.type !== 'text' || !separator.test(head.value)) return null;
    head.value = head.value.replace(separator, '');
    if (head.value === '') advice.shift();
  }
  if (advice[0]?.type === 'text') advice[0].value = advice[0].value.trimStart();
  if (term === '') return null;
  return { term, advice, rest, item };
}
