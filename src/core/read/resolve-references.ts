import type { Definition, Image, Link, Nodes, Root } from 'mdast';

/**
 * Turns reference links and images (`[text][ref]`, `[ref][]`, `![alt][ref]`) into plain links
 * and images to their definitions' addresses, in place. A section that lands on another page
 * than the file's `[ref]: https://…` lines keeps its links; a reference with no definition stays
 * as it is (its text). The first definition of a label wins, as in CommonMark.
 */
export function resolveReferences(tree: Root): void {
  const definitions = new Map<string, Definition>();
  const stack: Nodes[] = [tree];
  const parents: Array<Extract<Nodes, { children: unknown[] }>> = [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) {
      parents.push(node);
      for (const child of node.children as Nodes[]) stack.push(child);
    }
  }
  if (definitions.size === 0) return;
  for (const parent of parents) {
    (parent.children as Nodes[]).forEach((child, index) => {
      if (child.type !== 'linkReference' && child.type !== 'imageReference') return;
      const definition = definitions.get(child.identifier);
      if (!definition) return;
      const { url, title } = definition;
      const resolved: Link | Image =
        child.type === 'linkReference'
          ? { type: 'link', url, title, children: child.children, ...(child.position ? { position: child.position } : {}) }
          : { type: 'image', url, title, alt: child.alt, ...(child.position ? { position: child.position } : {}) };
      (parent.children as Nodes[])[index] = resolved;
    });
  }
}

/** Whether a text may hold a link definition (`[label]: …` at the start of a line, maybe in a quote or list): a quick test that spares a walk over files with none. */
export function mayDefineReferences(text: string): boolean {
  return /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/mu.test(text);
}
