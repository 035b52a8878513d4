import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { FlowContent } from '../render/mdx-nodes.ts';
import { walkNodes } from '../walk-nodes.ts';

/**
 * Gives every checklist item the heading level one below the heading it stands under, so that
 * its term is a heading in the page outline: screen readers can jump between practices, and
 * search offers a practice as a result of its own, linked to its anchor.
 */
export function assignItemLevels(body: FlowContent[]): void {
  let depth = 1;
  walkNodes(body, (node) => {
    if (node.type === 'heading') depth = node.depth;
    if (node.type === 'mdxJsxFlowElement' && (node as MdxJsxFlowElement).name === 'ChecklistItem') {
      (node as MdxJsxFlowElement).attributes.push({ type: 'mdxJsxAttribute', name: 'level', value: String(Math.min(depth + 1, 6)) });
    }
  });
}
