import { pageIds, pageUrl } from '../handbook-page.ts';
import { link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';
import { estimateWeight, splitByWeight } from './split-by-weight.ts';

/** One page of a subject cut into several: its id, and the first and last names it holds. */
export interface PagePart {
  id: string;
  first: string;
  last: string;
}

/**
 * Entries cut into pages at entry boundaries by the weight of their nodes, and each page's part:
 * its id (`pageId`, then `pageId/2`…) and the names of its first and last entries.
 */
export function cutIntoParts<T extends { nodes: FlowContent[] }>(entries: T[], pageId: string, nameOf: (entry: T) => string): { pages: T[][]; parts: PagePart[] } {
  const pages = splitByWeight(entries, (entry) => estimateWeight(entry.nodes));
  const parts = pages.map((onPage, index) => {
    const [first, last] = [onPage[0], onPage.at(-1)];
    return { id: pageIds.part(pageId, index + 1), first: first ? nameOf(first) : '', last: last ? nameOf(last) : '' };
  });
  return { pages, parts };
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
