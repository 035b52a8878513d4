import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Copies agent content for a page, turning raw HTML into plain text: HTML in an agent file is
 * shown as written, never parsed as markup or JSX, and never run.
 */
export function cloneAsTextSafe<T>(node: T): T {
  const copy = structuredClone(node);
  visit(copy as Nodes, 'html', (html, index, parent) => {
    if (!parent || index === undefined) return;
    const asText = { type: 'text', value: html.value } as const;
    const replacement = parent.type === 'root' ? { type: 'paragraph', children: [asText] } : asText;
    (parent.children as unknown[])[index] = replacement;
  });
  return copy;
}
