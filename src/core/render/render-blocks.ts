import type { Code, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Block } from '../read/build-section-tree.ts';
import { captionCode } from './caption-code.ts';
import { convertFileTree, isFileTree } from './convert-file-tree.ts';
import { cloneAsTextSafe } from './clone-as-text-safe.ts';
import { readTermList } from '../link/detect-term-list.ts';
import { fenceTitle } from '../read/fence-meta.ts';
import { cutCode } from '../plan/code-weight.ts';
import { expectPlaces } from '../plan/split-by-weight.ts';
import { labelFence } from './guess-fence-language.ts';
import { markCaption } from './number-captions.ts';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { jsx, paragraph, text, type FlowContent } from './mdx-nodes.ts';
import { normaliseWords } from '../classify/normalise-words.ts';
import type { PlacementTracker } from './track-placement.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';
import type { PracticeChecklist, PracticeIndex, PracticeItem } from '../link/collect-practices.ts';
import { markdownInline } from '../emit/escape-for-context.ts';

/** What rendering needs to know besides the block itself. */
export interface RenderContext {
  taxonomy: Taxonomy;
  placements: PlacementTracker;
  /** Stable ids of the term lists and their items. */
  practices: PracticeIndex;
  /**
   * On a page that merges several agents: the items shown so far by their term and advice, so
   * that advice several agents give alike shows once, with each agent named.
   */
  seen?: Map<string, MdxJsxFlowElement>;
  /** The items each item is the same practice as (`find-same-practices.ts`): the links it will carry, which weigh on its page. */
  sameAs?: (item: PracticeItem) => PracticeItem[];
  /** Whether the handbook has several agents: each practice then names its agent (and a search hit says whose it is). */
  several?: boolean;
}

/** Where a block stands: the headings above it, outermost first, its own section's last. */
export type HeadingTrail = string[];

/** Renders one source block as page content, and records that it was placed. */
export function renderBlock(block: Block, trail: HeadingTrail, context: RenderContext): FlowContent[] {
  const { node } = block;
  switch (node.type) {
    case 'list':
      return [renderList(node, context)];
    case 'code':
      context.placements.place(node);
      return renderCode(node, trail, context);
    default:
      context.placements.place(node);
      return [cloneAsTextSafe(node) as RootContent];
  }
}

function renderList(list: List, context: RenderContext): FlowContent {
  const checklist = context.practices.byList.get(list);
  if (checklist) return renderPracticeList(checklist, context);
  for (const item of list.children) context.placements.place(item);
  // A term list that is no checklist (where an agent speaks of itself: its areas, its traits)
  // describes rather than advises: a list of terms and what they are, with nothing to tick.
  const terms = list.ordered ? null : readTermList(list);
  if (!terms) return cloneAsTextSafe(list);
  return jsx(
    'TermList',
    {},
    terms.map((term) => jsx('TermEntry', { term: term.term }, cloneAsTextSafe({ type: 'root', children: [...(term.advice.length > 0 ? [paragraph(...term.advice)] : []), ...term.rest] } as Root).children)),
  );
}

/**
 * A term list as a checklist (the term and the advice, one item each) or, under an
 * "Ecosystem" heading, as a table of category → tools. Items carry their stable practice id,
 * and themselves as a line of Markdown for copying.
 */
export function renderPracticeList(checklist: PracticeChecklist, context: RenderContext): FlowContent {
  const [container, element] = checklist.kind === 'tools' ? ['ToolTable', 'ToolRow'] : ['Checklist', 'ChecklistItem'];
  const elements = checklist.items.flatMap((item) => {
    context.placements.place(item.node);
    const key = seenKey(item);
    const shown = context.seen?.get(key);
    if (shown) {
      // The element names each agent that gives the advice, and each item it is shown for.
      appendToAttribute(shown, 'alsoFrom', checklist.agent.label, ', ');
      appendToAttribute(shown, 'samePractices', item.id, ' ');
      return [];
    }
    const content = cloneAsTextSafe({ type: 'root', children: [...(item.source.advice.length > 0 ? [paragraph(...item.source.advice)] : []), ...item.source.rest] } as Root);
    // A plain item shows as written: its first paragraph is its heading (`slot="written"`), the rest below it.
    const children = item.plain && item.source.advice.length > 0 ? [paragraph(termSlot(content.children[0] as Paragraph)), ...content.children.slice(1)] : content.children;
    const node = jsx(element, { term: item.term, practice: item.id, markdown: itemMarkdown(item), plain: item.plain ? 'true' : undefined, agent: context.several ? checklist.agent.label : undefined }, children);
    context.seen?.set(key, node);
    expectPlaces(node, context.sameAs?.(item).length ?? 0);
    return [node];
  });
  if (elements.length === 0) return paragraph(text(`The same advice as above: ${checklist.title}.`));
  return jsx(container, { title: checklist.title, checklist: checklist.id }, elements);
}

/**
 * The item whose element a list's items would all be shown as, when every one of them is advice
 * shown already on the page (a team's copy of another team's list): the practice id of the first
 * item's element, else `null`.
 */
export function shownAlready(checklist: PracticeChecklist, context: RenderContext): string | null {
  if (!context.seen || checklist.items.length === 0) return null;
  const shown = checklist.items.map((item) => context.seen!.get(seenKey(item)));
  if (shown.some((node) => node === undefined)) return null;
  const first = shown[0]!.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'practice');
  return typeof first?.value === 'string' ? first.value : null;
}

/** An item as Markdown, for "Copy as Markdown": the term in bold (escaped: it is agent text), then its advice; a plain item as written. */
function itemMarkdown(item: PracticeItem): string {
  if (item.plain) return item.adviceMarkdown || markdownInline(item.term);
  return `**${markdownInline(item.term)}**${item.adviceMarkdown ? `: ${item.adviceMarkdown}` : ''}`;
}

/** A paragraph's content as the item's named slot `written`, which the item shows as its heading. */
function termSlot(first: Paragraph): MdxJsxTextElement {
  return { type: 'mdxJsxTextElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'slot', value: 'written' }], children: first.children };
}

/** What tells advice shown already on a page: the item's term and advice, folded. */
function seenKey(item: PracticeItem): string {
  return `${normaliseWords(item.term)}|${normaliseWords(item.advice)}`;
}

/**
 * Adds a value to a list an element's attribute holds, once: the agents that give the same
 * advice (`alsoFrom`), the ids of the items shown as this one (`samePractices`), each of which
 * then has this element's anchor for its place.
 */
function appendToAttribute(node: MdxJsxFlowElement, name: string, value: string, separator: string): void {
  const existing = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name);
  if (!existing) node.attributes.push({ type: 'mdxJsxAttribute', name, value });
  else if (typeof existing.value === 'string' && !existing.value.split(separator).includes(value)) existing.value = `${existing.value}${separator}${value}`;
}

const plainFences = new Set(['text', 'txt', 'plaintext', 'plain', 'tree']);

function renderCode(code: Code, trail: HeadingTrail, context: RenderContext): FlowContent[] {
  if ((!code.lang || plainFences.has(code.lang)) && isFileTree(code.value)) return [jsx('FileTree', {}, [convertFileTree(code.value)])];
  return labelFence(code).flatMap((labelled) => {
    // The fence's own metadata was kept to what is safe when the file was read (`guardBuildInput`).
    const own = labelled.meta ?? '';
    const caption = captionCode(labelled.lang ?? 'text', trail, context.taxonomy);
    const meta = own.startsWith('title="') ? own : [own, fenceTitle(caption)].filter(Boolean).join(' ');
    // A block too long for a page goes on in blocks of its own, which the page's parts may share.
    const pieces = cutCode(labelled.value);
    return pieces.map((value, index): Code => {
      const node: Code = {
        type: 'code',
        lang: labelled.lang,
        meta: index === 0 ? meta : fenceTitle(`${own.startsWith('title="') ? 'The block above' : caption}, continued (${index + 1} of ${pieces.length})`),
        value,
      };
      return index === 0 && !own.startsWith('title="') ? markCaption(node, caption, own) : node;
    });
  });
}

/** The text of a block, shortened, for messages that point at it. */
export function excerpt(node: RootContent | { type: string }): string {
  const value = toString(node).replace(/\s+/gu, ' ').trim();
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}
