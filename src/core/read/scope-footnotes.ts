import type { Root } from 'mdast';
import { slug } from 'github-slugger';
import { walkNodes } from '../walk-nodes.ts';

/**
 * Gives a file's footnotes (`[^1]`, `[^1]: …`) labels of their own, in place: `[^reviewer-1]`.
 * Pages gather sections of many agents, and two files' `[^1]` on one page would otherwise be
 * read as the same note.
 */
export function scopeFootnotes(tree: Root, file: string): void {
  const scope = slug(file.replace(/\.md$/iu, '')) || 'agent';
  walkNodes(tree.children, (node) => {
    if (node.type !== 'footnoteReference' && node.type !== 'footnoteDefinition') return;
    node.label = `${scope}-${node.label ?? node.identifier}`;
    node.identifier = `${scope}-${node.identifier}`;
  });
}

/** Whether a text may hold a footnote: a quick test that spares a walk over files with none. */
export function mayHoldFootnotes(text: string): boolean {
  return text.includes('[^');
}
