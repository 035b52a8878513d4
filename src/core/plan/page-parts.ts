import { pageUrl } from '../handbook-page.ts';
import { link, paragraph, text, type FlowContent } from '../render/mdx-nodes.ts';

/** One page of a subject cut into several: its id, and the first and last names it holds. */
export interface PagePart {
  id: string;
  first: string;
  last: string;
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
