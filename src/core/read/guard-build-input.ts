import type { Code, Image, Link, Nodes, PhrasingContent, Root } from 'mdast';
import type { HandbookProblem } from '../handbook-problem.ts';
import { walkNodes } from '../walk-nodes.ts';
import { fenceFrames, fenceMetaLimits, keepSafeFenceMeta, type KeptFenceMeta } from './fence-meta.ts';

/**
 * Makes safe, in place, what of a parsed body the site's build tools read as more than text:
 * each code fence's metadata is kept to what is safe and bounded (`keepSafeFenceMeta`), and a
 * link or image whose address cannot be decoded (`%E0%A4%A`, which stops Astro's image pass with
 * "URI malformed") becomes its text. Each change is a warning naming the file and line.
 */
export function guardBuildInput(body: Root, file: string): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  walkNodes(body.children, (node) => {
    if (node.type === 'code') {
      if (node.meta) guardFence(node, file, problems);
      return 'skip';
    }
    if (!('children' in node) || !node.children.some((child) => isUndecodable(child))) return undefined;
    node.children = (node.children as PhrasingContent[]).flatMap((child) => {
      if (!isUndecodable(child)) return [child];
      problems.push({
        file,
        line: child.position?.start.line ?? 1,
        severity: 'warning',
        message: `The address of this ${child.type}, \`${shown(child.url, 80)}\`, has a \`%\` that does not start an escape that decodes, so the ${child.type} is shown as its text.`,
        hint: 'Write `%25` for a percent sign in an address, and `%` only before the two hexadecimal digits of a UTF-8 byte, as in `%C3%A9`.',
      });
      return child.type === 'link' ? child.children : [{ type: 'text', value: child.alt || child.url, ...(child.position ? { position: child.position } : {}) }];
    }) as typeof node.children;
    return undefined;
  });
  return problems;
}

function guardFence(code: Code, file: string, problems: HandbookProblem[]): void {
  const kept = keepSafeFenceMeta(code.meta!, code.value.split('\n').length);
  code.meta = kept.meta || null;
  const message = fenceMessage(kept, code.value.split('\n').length);
  if (message) {
    problems.push({
      file,
      line: code.position?.start.line ?? 1,
      severity: 'warning',
      message,
      hint: `Keep to what the handbook passes on: \`title="…"\` (up to ${fenceMetaLimits.title} characters), \`frame="…"\` (${fenceFrames.join(', ')}) and up to ${fenceMetaLimits.ranges} line ranges within the block, such as \`{2-4}\` or \`ins={5}\`.`,
    });
  }
}

/** What a warning says of a fence's metadata: what was dropped, and which ranges were cut. */
function fenceMessage({ dropped, cut }: KeptFenceMeta, lines: number): string | null {
  const sentences: string[] = [];
  if (dropped.length > 0) sentences.push(`This code fence's metadata ${listed(dropped.map((option) => shown(option, 40)))} ${dropped.length === 1 ? 'was' : 'were'} dropped: the handbook passes on to the highlighter only a title, a frame it knows and line ranges within the block.`);
  if (cut.length > 0) sentences.push(`${dropped.length > 0 ? 'Its' : "This code fence's"} line ${cut.length === 1 ? 'range' : 'ranges'} ${listed(cut.map(({ written, kept }) => `${shown(written, 40)}\` → \`${kept}`))} ${cut.length === 1 ? 'was' : 'were'} cut to the block's ${lines} ${lines === 1 ? 'line' : 'lines'}.`);
  return sentences.length > 0 ? sentences.join(' ') : null;
}

/** "`a`", "`a`, `b`", "`a`, `b`, `c` and 4 more". */
function listed(items: string[]): string {
  const first = items.slice(0, 3).map((item) => `\`${item}\``);
  return items.length > 3 ? `${first.join(', ')} and ${items.length - 3} more` : first.join(', ');
}

function isUndecodable(node: Nodes): node is Link | Image {
  if ((node.type !== 'link' && node.type !== 'image') || !node.url.includes('%')) return false;
  try {
    decodeURI(node.url);
    return false;
  } catch {
    return true;
  }
}

/** Agent text as a message quotes it, between backticks: at most `max` characters, with no backtick of its own. */
function shown(text: string, max: number): string {
  const plain = text.replaceAll('`', "'");
  return plain.length > max ? `${plain.slice(0, max - 1)}…` : plain;
}
