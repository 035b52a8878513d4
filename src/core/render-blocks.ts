import type { Code, List, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from './build-section-tree.ts';
import { captionCode } from './caption-code.ts';
import { convertFileTree, isFileTree } from './convert-file-tree.ts';
import { readTermList, type TermItem } from './detect-term-list.ts';
import { cloneAsTextSafe } from './clone-as-text-safe.ts';
import { labelFence } from './guess-fence-language.ts';
import { jsx, paragraph, type FlowContent } from './mdx-nodes.ts';
import { containsWords, normaliseWords } from './normalise-words.ts';
import type { PlacementTracker } from './track-placement.ts';
import type { Taxonomy } from './taxonomy.ts';

/** What rendering needs to know besides the block itself. */
export interface RenderContext {
  taxonomy: Taxonomy;
  placements: PlacementTracker;
}

/** Where a block stands: the headings above it, outermost first, its own section's last. */
export type HeadingTrail = string[];

/** Whether a `- **Term**: …` list under these headings lists tools rather than practices. */
export function isToolList(trail: HeadingTrail, taxonomy: Taxonomy): boolean {
  const words = normaliseWords(trail[trail.length - 1] ?? '');
  return taxonomy.toolTableHeadings.some((heading) => containsWords(words, normaliseWords(heading)));
}

/** Renders one source block as page content, and records that it was placed. */
export function renderBlock(block: Block, trail: HeadingTrail, context: RenderContext): FlowContent[] {
  const { node } = block;
  switch (node.type) {
    case 'list':
      return [renderList(node, trail, context)];
    case 'code':
      context.placements.place(node);
      return renderCode(node, trail, context);
    default:
      context.placements.place(node);
      return [cloneAsTextSafe(node) as RootContent];
  }
}

function renderList(list: List, trail: HeadingTrail, context: RenderContext): FlowContent {
  const items = readTermList(list);
  if (!items) {
    for (const item of list.children) context.placements.place(item);
    return cloneAsTextSafe(list);
  }
  return isToolList(trail, context.taxonomy) ? renderToolTable(items, context) : renderChecklist(items, trail, context);
}

/** A `- **Term**: advice` list as a checklist: the term and the advice, one item each. */
export function renderChecklist(items: TermItem[], trail: HeadingTrail, context: RenderContext): FlowContent {
  return renderTermItems(items, ['Checklist', 'ChecklistItem'], { title: trail[trail.length - 1] }, context);
}

/** A `- **Category**: tool, tool` list as a table of category → tools. */
function renderToolTable(items: TermItem[], context: RenderContext): FlowContent {
  return renderTermItems(items, ['ToolTable', 'ToolRow'], {}, context);
}

function renderTermItems(
  items: TermItem[],
  [container, element]: [string, string],
  attributes: Record<string, string | undefined>,
  context: RenderContext,
): FlowContent {
  return jsx(
    container,
    attributes,
    items.map((item) => {
      context.placements.place(item.item);
      return jsx(element, { term: item.term }, [paragraph(...cloneAsTextSafe(item.advice)), ...cloneAsTextSafe(item.rest)]);
    }),
  );
}

const plainFences = new Set(['text', 'txt', 'plaintext', 'plain', 'tree']);

function renderCode(code: Code, trail: HeadingTrail, context: RenderContext): FlowContent[] {
  if ((!code.lang || plainFences.has(code.lang)) && isFileTree(code.value)) return [jsx('FileTree', {}, [convertFileTree(code.value)])];
  return labelFence(code).map((labelled) => {
    const caption = captionCode(labelled.lang ?? 'text', trail, context.taxonomy).replace(/["\\]/gu, '');
    const titled = /\btitle=/u.test(labelled.meta ?? '');
    const meta = titled ? labelled.meta : [labelled.meta, `title="${caption}"`].filter(Boolean).join(' ');
    return { type: 'code', lang: labelled.lang, meta, value: labelled.value };
  });
}

/** The text of a block, shortened, for messages that point at it. */
export function excerpt(node: RootContent | { type: string }): string {
  const value = toString(node).replace(/\s+/gu, ' ').trim();
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
