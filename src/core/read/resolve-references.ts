import type { Definition, Image, Link, Root } from 'mdast';
import { walkNodes } from '../walk-nodes.ts';

/**
 * Turns reference links and images (`[text][ref]`, `[ref][]`, `![alt][ref]`) into plain links
 * and images to their definitions' addresses, in place. A section that lands on another page
 * than the file's `[ref]: https://…` lines keeps its links; a reference with no definition stays
 * as it is (its text). The first definition of a label wins, as in CommonMark.
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  walkNodes(tree.children, (node) => {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  if (definitions.size === 0) return;
  walkNodes(tree.children, (node) => {
    if (!('children' in node)) return;
    node.children.forEach((child, index) => {
      if (child.type !== 'linkReference' && child.type !== 'imageReference') return;
      const definition = definitions.get(child.identifier);
      if (!definition) return;
      const { url, title } = definition;
      const resolved: Link | Image =
        child.type === 'linkReference'
          ? { type: 'link', url, title, children: child.children, ...(child.position ? { position: child.position } : {}) }
          : { type: 'image', url, title, alt: child.alt, ...(child.position ? { position: child.position } : {}) };
      (node.children as Array<Link | Image>)[index] = resolved;
    });
  });
}
