import { pageIds, pageUrl } from '../handbook-page.ts';
import type { Blockquote, List, Paragraph, PhrasingContent, Table, Text } from 'mdast';
import { link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { estimateWeight, pageBudget, splitByWeight } from './split-by-weight.ts';

/** One page of a subject cut into several: its id, and the first and last names it holds. */
export interface PagePart {
  id: string;
  first: string;
  last: string;
}

/**
 * Entries cut into pages at entry boundaries by the weight of their nodes, and each page's part:
 * its id (`pageId`, then `pageId/2`…) and the names of its first and last entries. With
 * `cutEntries`, an entry that alone outweighs a page (one agent's long section) is first cut
 * between its nodes into entries of its own, which then go on the pages that follow.
 */
export function cutIntoParts<T extends { nodes: FlowContent[] }>(entries: T[], pageId: string, nameOf: (entry: T) => string, cutEntries = false): { pages: T[][]; parts: PagePart[] } {
  // Each entry is weighed once: a page's worth of agents' sections is a lot of nodes to walk.
  const weighed = entries.flatMap((entry) => {
    const weight = estimateWeight(entry.nodes);
    if (!cutEntries || weight <= pageBudget) return [{ entry, weight }];
    return cutNodes(entry.nodes).map((nodes) => ({ entry: { ...entry, nodes }, weight: estimateWeight(nodes) }));
  });
  const pages = splitByWeight(weighed, (entry) => entry.weight).map((onPage) => onPage.map(({ entry }) => entry));
  const parts = pages.map((onPage, index) => {
    const [first, last] = [onPage[0], onPage.at(-1)];
    return { id: pageIds.part(pageId, index + 1), first: first ? nameOf(first) : '', last: last ? nameOf(last) : '' };
  });
  return { pages, parts };
}

/**
 * Nodes cut between one another into runs that each fit a page (a node too heavy for one is
 * first cut itself, where its kind allows: `cutHeavyNode`); the nodes themselves when they fit.
 */
export function cutNodes(nodes: FlowContent[]): FlowContent[][] {
  if (estimateWeight(nodes) <= pageBudget) return [nodes];
  return splitByWeight(nodes.flatMap(cutHeavyNode), (node) => estimateWeight([node]));
}

const weighOne = (node: FlowContent) => estimateWeight([node]);

/**
 * A node heavier than a page as several of its kind that each fit one: a paragraph between its
 * children (a long text between words), a list between its items (an ordered one numbered on),
 * a table between its rows (each part with the header row), a quote between its blocks. Any
 * other node (a checklist, tabs, a run of HTML) comes back whole.
 */
export function cutHeavyNode(node: FlowContent): FlowContent[] {
  if (weighOne(node) <= pageBudget) return [node];
  switch (node.type) {
    case 'paragraph': {
      const children = node.children.flatMap((child): PhrasingContent[] => (child.type === 'text' ? cutText(child) : [child]));
      return splitByWeight(children, weighOne).map((run): Paragraph => ({ ...node, children: run }));
    }
    case 'list': {
      let start = node.start ?? 1;
      return splitByWeight(node.children, weighOne).map((items): List => {
        const part: List = { ...node, children: items, ...(node.ordered ? { start } : {}) };
        start += items.length;
        return part;
      });
    }
    case 'table': {
      const [head, ...rows] = node.children;
      if (!head) return [node];
      return splitByWeight(rows, weighOne).map((run): Table => ({ ...node, children: [head, ...run] }));
    }
    case 'blockquote':
      return splitByWeight(node.children.flatMap(cutHeavyNode), weighOne).map((run): Blockquote => ({ ...node, children: run as Blockquote['children'] }));
    case 'mdxJsxFlowElement': {
      // A checklist between its items: each part a checklist of its own, its id numbered on.
      if (node.name !== 'Checklist') return [node];
      return splitByWeight(node.children, (child) => weighOne(child as FlowContent), pageBudget * 0.9).map((items, index) => ({
        ...node,
        children: items,
        attributes: node.attributes.map((attribute) => (index > 0 && attribute.type === 'mdxJsxAttribute' && attribute.name === 'id' ? { ...attribute, value: `${String(attribute.value)}-part-${index + 1}` } : attribute)),
      }));
    }
    default:
      return [node];
  }
}

/** A text too heavy for a page in texts that each fit one, cut after a space where there is one. */
function cutText(node: Text): Text[] {
  if (weighOne(node) <= pageBudget) return [node];
  // A text weighs at most 7 bytes a character (`&` written `&amp;`, with a tenth more): a piece of this many characters fits.
  const size = Math.floor(pageBudget / 7);
  const pieces: Text[] = [];
  let start = 0;
  while (start < node.value.length) {
    let end = Math.min(node.value.length, start + size);
    if (end < node.value.length) {
      const space = node.value.lastIndexOf(' ', end);
      if (space > start) end = space + 1;
      else if (/[\uDC00-\uDFFF]/u.test(node.value[end]!)) end -= 1;
    }
    pieces.push({ ...node, value: node.value.slice(start, end) });
    start = end;
  }
  return pieces;
}

/** "Security", then "Security (page 2 of 3)". */
export function partTitle(title: string, index: number, count: number): string {
  return count > 1 && index > 0 ? `${title} (page ${index + 1} of ${count})` : title;
}

/** "On 3 pages: 1 (api-builder – golang-pro) · 2 (java-pro – rust-pro) · 3 (…)", this one unlinked. */
export function partsNavigation(parts: PagePart[], current: number, base: string): FlowContent {
  const children = [text(`On ${parts.length} pages: `)];
  parts.forEach((part, index) => {
    if (index > 0) children.push(text(' · '));
    const label = `${index + 1} (${part.first === part.last ? part.first : `${part.first} – ${part.last}`})`;
    children.push(index === current ? text(`${label}, this page`) : link(pageUrl(part.id, base), text(label)));
  });
  return paragraph(...children);
}

/**
 * The frontmatter of a part of a page that gathers what other pages hold (checklists, A–Z): left
 * out of search, which finds each practice where it lives, and only the first in the sidebar.
 */
export function gatheringPartFrontmatter(index: number): Record<string, unknown> {
  return { pagefind: false, ...(index > 0 ? { sidebar: { hidden: true } } : {}) };
}
