import type { Node } from 'mdast';
import type { Section } from '../read/build-section-tree.ts';
import { walkSections } from '../read/build-section-tree.ts';

/** One unit of source content that must land on a page: a list item, or any other block. */
export interface SourceUnit {
  node: Node;
  line: number;
  /** The node's type, for messages. */
  type: string;
}

/** Every unit of an agent body: each item of a top-level list, and every other non-heading block. */
export function sourceUnits(sections: Section[]): SourceUnit[] {
  const units: SourceUnit[] = [];
  for (const section of walkSections(sections)) {
    for (const block of section.blocks) {
      const nodes = block.node.type === 'list' ? block.node.children : [block.node];
      for (const node of nodes) units.push({ node, line: node.position?.start.line ?? block.line, type: node.type });
    }
  }
  return units;
}

/** Records which source nodes were rendered onto some page. */
export class PlacementTracker {
  readonly #placed = new Set<Node>();

  place(node: Node): void {
    this.#placed.add(node);
  }

  has(node: Node): boolean {
    return this.#placed.has(node);
  }

  /** Every node placed so far. */
  nodes(): Node[] {
    return [...this.#placed];
  }

  placeAll(nodes: Iterable<Node>): void {
    for (const node of nodes) this.#placed.add(node);
  }
}
