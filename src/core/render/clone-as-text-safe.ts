import type { Nodes, PhrasingContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { klona } from 'klona/json';

/** Whether a link from an agent file can work in the handbook: web and mail addresses only. */
export function isOutsideLink(url: string): boolean {
  return /^(https?:|mailto:)/iu.test(url.trim());
}

/**
 * Copies agent content for a page as data: raw HTML becomes plain text, never markup or JSX, and
 * links that cannot work here (relative paths to the agent's own files, `javascript:` URLs)
 * become their text.
 */
export function cloneAsTextSafe<T>(node: T): T {
  const copy = klona(node);
  visit(copy as Nodes, (child, index, parent) => {
    if (!parent || index === undefined) return;
    if (child.type === 'html') {
      const asText = { type: 'text', value: child.value } as const;
      (parent.children as unknown[])[index] = parent.type === 'root' ? { type: 'paragraph', children: [asText] } : asText;
      return SKIP;
    }
    if ((child.type === 'link' || child.type === 'linkReference') && !(child.type === 'link' && isOutsideLink(child.url))) {
      (parent.children as unknown[]).splice(index, 1, ...(child.children as PhrasingContent[]));
      return [SKIP, index];
    }
    if ((child.type === 'image' && !isOutsideLink(child.url)) || child.type === 'imageReference') {
      (parent.children as unknown[])[index] = { type: 'text', value: child.alt ?? '' };
      return SKIP;
    }
    return undefined;
  });
  return copy;
}
