import { pageIds, pageUrl } from '../handbook-page.ts';
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
  const weighed = cutEntries ? entries.flatMap((entry) => cutNodes(entry.nodes).map((nodes) => (nodes === entry.nodes ? entry : { ...entry, nodes }))) : entries;
  const pages = splitByWeight(weighed, (entry) => estimateWeight(entry.nodes));
  const parts = pages.map((onPage, index) => {
    const [first, last] = [onPage[0], onPage.at(-1)];
    return { id: pageIds.part(pageId, index + 1), first: first ? nameOf(first) : '', last: last ? nameOf(last) : '' };
  });
  return { pages, parts };
}

/** Nodes cut between one another into runs that each fit a page, unless one node alone does not; the nodes themselves when they fit. */
export function cutNodes(nodes: FlowContent[]): FlowContent[][] {
  if (estimateWeight(nodes) <= pageBudget) return [nodes];
  return splitByWeight(nodes, (node) => estimateWeight([node]));
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
