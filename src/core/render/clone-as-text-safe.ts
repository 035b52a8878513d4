import type { Nodes, Parents } from 'mdast';

/** Whether a link from an agent file can work in the handbook: web and mail addresses only. */
export function isOutsideLink(url: string): boolean {
  return /^(https?:|mailto:)/iu.test(url.trim());
}

/**
 * Copies agent content for a page as data: raw HTML becomes plain text, never markup or JSX, and
 * links that cannot work here (relative paths to the agent's own files, `javascript:` URLs)
 * become their text. Every node is copied, in one pass; what no stage changes (positions) is
 * shared with the source.
 */
export function cloneAsTextSafe<T>(node: T): T {
  return copyNode(node as Nodes) as T;
}

function copyNode(node: Nodes): Nodes {
  if (!('children' in node)) return { ...node };
  const parent = node as Parents;
  return { ...parent, children: parent.children.flatMap((child) => safeCopies(child as Nodes, parent.type === 'root')) } as Nodes;
}

/** What a child becomes in the copy: itself copied, its text, or (a link that cannot work) its own children. */
function safeCopies(child: Nodes, inRoot: boolean): Nodes[] {
  if (child.type === 'html') {
    const asText = { type: 'text', value: child.value } as const;
    return [inRoot ? { type: 'paragraph', children: [asText] } : asText];
  }
  if ((child.type === 'link' && !isOutsideLink(child.url)) || child.type === 'linkReference') {
    return child.children.flatMap((grandchild) => safeCopies(grandchild, inRoot));
  }
  if ((child.type === 'image' && !isOutsideLink(child.url)) || child.type === 'imageReference') return [{ type: 'text', value: child.alt ?? '' }];
  return [copyNode(child)];
}
