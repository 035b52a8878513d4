import GithubSlugger from 'github-slugger';
import type { Nodes } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { FlowContent } from './mdx-nodes.ts';

/** JSX elements that stand for one practice and get an anchor from their `term`. */
const anchored = new Set(['ChecklistItem', 'ToolRow']);

/**
 * Gives every checklist item and tool row on a page an `id` derived from its term, unique on
 * the page. Heading slugs are taken first, in the order the page's headings get them, so that
 * no item id can collide with a heading's.
 */
export function assignAnchorIds(body: FlowContent[]): void {
  const slugger = new GithubSlugger();
  const root = { type: 'root', children: body } as Nodes;
  visit(root, 'heading', (node) => {
    slugger.slug(toString(node));
  });
  visit(root, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (!node.name || !anchored.has(node.name)) return;
    const term = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'term');
    const id = slugger.slug(typeof term?.value === 'string' ? term.value : 'item') || 'item';
    node.attributes.unshift({ type: 'mdxJsxAttribute', name: 'id', value: id });
  });
}
