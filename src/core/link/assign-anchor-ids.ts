import GithubSlugger from 'github-slugger';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { FlowContent } from '../render/mdx-nodes.ts';
import { walkNodes } from '../walk-nodes.ts';

/** JSX elements that get an anchor: from which attribute, and with what added to it. */
const anchored: Record<string, { from: string; suffix: string }> = {
  ChecklistItem: { from: 'term', suffix: '' },
  ToolRow: { from: 'term', suffix: '' },
  Checklist: { from: 'title', suffix: ' checklist' },
  ToolTable: { from: 'title', suffix: ' tools' },
};

/**
 * Gives every checklist, tool table, checklist item and tool row on a page an `id` derived from
 * its title or term, unique on the page. Heading slugs are taken first, in the order the page's headings get them, so that
 * no item id can collide with a heading's.
 */
export function assignAnchorIds(body: FlowContent[]): void {
  const slugger = new GithubSlugger();
  const elements: MdxJsxFlowElement[] = [];
  walkNodes(body, (node) => {
    if (node.type === 'heading') slugger.slug(toString(node));
    else if (node.type === 'mdxJsxFlowElement') elements.push(node);
  });
  for (const node of elements) {
    const rule = node.name ? anchored[node.name] : undefined;
    if (!rule) continue;
    const source = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === rule.from);
    const id = slugger.slug(`${typeof source?.value === 'string' ? source.value : 'item'}${rule.suffix}`) || 'item';
    node.attributes.unshift({ type: 'mdxJsxAttribute', name: 'id', value: id });
  }
}
