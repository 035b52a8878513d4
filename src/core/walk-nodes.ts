import type { Nodes } from 'mdast';

/** What a walk's callback returns: nothing to go on, `'skip'` to leave the node's children out, `'stop'` to end the walk. */
export type WalkStep = void | 'skip' | 'stop';

/**
 * Calls `enter` on every node below `nodes` and on `nodes` themselves, in document order, each
 * node before its children. A plain depth-first loop: unist-util-visit builds an ancestor list
 * and a closure for every node it passes, which on pages of hundreds of agents was most of the
 * time a walk took. Returns false when `enter` stopped the walk.
 */
export function walkNodes(nodes: readonly unknown[], enter: (node: Nodes) => WalkStep): boolean {
  for (const node of nodes as Nodes[]) {
    const step = enter(node);
    if (step === 'stop') return false;
    if (step !== 'skip' && 'children' in node && !walkNodes(node.children, enter)) return false;
  }
  return true;
}
