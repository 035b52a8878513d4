import type { Code } from 'mdast';
import { fenceTitle } from '../read/fence-meta.ts';
import type { FlowContent } from './mdx-nodes.ts';

/** The caption the handbook gave a block (not one its author wrote), and the block's own metadata beside it. */
const given = new WeakMap<Code, { caption: string; own: string }>();

/** Notes that `code` carries a caption the handbook made, after the fence's own metadata `own`. */
export function markCaption(code: Code, caption: string, own: string): Code {
  given.set(code, { caption, own });
  return code;
}

/**
 * Numbers the captions the handbook gave that repeat among a section's own blocks: three
 * "Text — collecting the pane's output" become "… (1 of 3)", "… (2 of 3)", "… (3 of 3)", so
 * that each block says which it is. Captions an author wrote are left as written.
 */
export function numberRepeatedCaptions(nodes: FlowContent[]): void {
  const blocks = nodes.filter((node): node is Code => node.type === 'code' && given.has(node as Code));
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(given.get(block)!.caption, (counts.get(given.get(block)!.caption) ?? 0) + 1);
  const seen = new Map<string, number>();
  for (const block of blocks) {
    const { caption, own } = given.get(block)!;
    const count = counts.get(caption)!;
    if (count < 2) continue;
    const position = (seen.get(caption) ?? 0) + 1;
    seen.set(caption, position);
    block.meta = [own, fenceTitle(`${caption} (${position} of ${count})`)].filter(Boolean).join(' ');
  }
}
