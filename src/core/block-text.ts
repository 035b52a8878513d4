import type { Nodes } from 'mdast';

/** The nodes whose children run on in one line of text: what mdast calls phrasing content, and the parents of it. */
const phrasingParents = new Set(['paragraph', 'heading', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'tableCell']);

/**
 * The text of a node, with a line break wherever one block ends and the next begins: the list
 * items "Kubernetes inventory" and "Least privilege" read as two phrases, where
 * mdast-util-to-string runs them together into "inventoryLeast". Images give their alt text;
 * raw HTML is left out unless `includeHtml`.
 *
 * @example blockText(fromMarkdown('- a b\n- c')) // 'a b\nc'
 */
export function blockText(node: Nodes, options: { includeHtml?: boolean } = {}): string {
  if (node.type === 'html') return options.includeHtml ? node.value : '';
  if ('value' in node) return node.value;
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if (!('children' in node)) return '';
  const separator = phrasingParents.has(node.type) ? '' : '\n';
  let text = '';
  for (const child of node.children as Nodes[]) {
    const part = blockText(child, options);
    if (part === '') continue;
    text += text === '' ? part : separator + part;
  }
  return text;
}
