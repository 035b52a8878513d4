import type { List, Nodes, Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { needsAutolinksOrFootnotes, remarkGfmWithoutAutolinks } from './gfm-without-autolinks.ts';
import { nestingLimits, pastLimits, scanMarkdown } from './scan-markdown.ts';

/**
 * CommonMark, GFM and YAML frontmatter, with emphasis as Chinese, Japanese and Korean text needs
 * it: `**承認待ち。**次` is bold, although CommonMark's flanking rules read its asterisks as text.
 */
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);
/** The same parser for a text with no literal autolinks or footnotes: the same tree, sooner. */
const markdownWithoutAutolinks = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutAutolinks).use(remarkCjkFriendly);

/** A tree; or where the text nests too deep, or holds too many emphasis or link markers in one paragraph, to parse. */
export type MarkdownResult = { ok: true; tree: Root } | { ok: false; line: number; depth: number } | { ok: false; line: number; markers: number };

/**
 * Parses Markdown (with GFM and YAML frontmatter) into mdast, in linear time; or says where it
 * goes past `nestingLimits`.
 *
 * micromark rewrites its whole list of events each time a list or a block quote closes
 * (`EditMap.consume` in its document tokenizer), so a long file full of lists takes time that
 * grows with the square of its length: 1 MB took 10 s. Parsing the file in pieces between
 * headings and bullet items that no construct but a list can span, and joining the pieces (and
 * a list cut in two), gives the same tree.
 * `minPieceLength` is for tests, which cut small files too; `scan` is the text's, when the caller has it.
 */
export function parseMarkdown(text: string, minPieceLength = pieceLength, scan = scanMarkdown(text)): MarkdownResult {
  const past = pastLimits(scan);
  if (past) return { ok: false, ...past };
  const starts = pieceStarts(scan.cuts, minPieceLength);
  const parser = needsAutolinksOrFootnotes(text) ? markdown : markdownWithoutAutolinks;
  let tree: Root;
  if (starts.length === 1) {
    tree = parser.parse(text);
  } else {
    tree = { type: 'root', children: [] };
    let line = 1;
    for (const [index, start] of starts.entries()) {
      const end = starts[index + 1] ?? text.length;
      const piece = parser.parse(text.slice(start, end));
      if (start > 0) shiftPositions(piece, line - 1, start);
      const [first, ...rest] = piece.children;
      const last = tree.children.at(-1);
      if (first?.type === 'list' && last?.type === 'list' && sameBulletList(last, first, text)) joinLists(last, first, text);
      else if (first) tree.children.push(first);
      for (const child of rest) tree.children.push(child);
      line += countLines(text, start, end);
    }
    tree.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) };
  }
  const deepest = deepestNode(tree);
  return deepest.depth > nestingLimits.tree ? { ok: false, ...deepest } : { ok: true, tree };
}

/** Whether two lists, one ending a piece and the other starting the next, are one list in the whole text: bullet lists with the same marker. */
function sameBulletList(before: List, after: List, text: string): boolean {
  if (before.ordered || after.ordered) return false;
  const marker = (list: List) => /^[ \t]*([-*+])/u.exec(text.slice(list.position?.start.offset ?? 0, (list.position?.start.offset ?? 0) + 8))?.[1];
  return marker(before) !== undefined && marker(before) === marker(after);
}

/** Joins a list cut in two, as a parse of the whole text makes it: loose when a blank line stands between any two items. */
function joinLists(before: List, after: List, text: string): void {
  const between = text.slice(before.position!.end.offset, after.position!.start.offset);
  before.spread = Boolean(before.spread || after.spread || /\n[ \t]*\n/u.test(between));
  for (const item of after.children) before.children.push(item);
  before.position!.end = after.position!.end;
}

/**
 * About how long a piece is. Each parse has a fixed cost, and within a piece the time still
 * grows with the square of its length, most steeply in nested lists: measured here, 196 KB of
 * nested list took 6.8 s in 16 KB pieces and 1.4 s in 2 KB ones, while the 444 bulk agents took
 * the same time (1.4 s) with either.
 */
const pieceLength = 2 * 1024;

/** Of the places where the text may be cut, those that make pieces of at least `length`. */
function pieceStarts(starts: number[], length: number): number[] {
  const kept = [starts[0]!];
  for (const start of starts) if (start - kept[kept.length - 1]! >= length) kept.push(start);
  return kept;
}

/** The deepest node of a tree, and its line: walked with a stack, since the tree may be deep. */
function deepestNode(tree: Root): { line: number; depth: number } {
  const deepest = { line: 1, depth: 0 };
  const stack: Array<[Nodes, number]> = [[tree, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [node, depth] = entry;
    if (depth > deepest.depth) Object.assign(deepest, { line: node.position?.start.line ?? deepest.line, depth });
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Moves every position of a piece to where the piece stands in the file. A plain loop: this runs over every node. */
function shiftPositions(tree: Nodes, lines: number, offset: number): void {
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const { position } = node;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) stack.push(child);
  }
}

function countLines(text: string, start: number, end: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', start); index >= 0 && index < end; index = text.indexOf('\n', index + 1)) count += 1;
  return count;
}

function endPoint(text: string): { line: number; column: number; offset: number } {
  const lastNewline = text.lastIndexOf('\n');
  return { line: countLines(text, 0, text.length) + 1, column: text.length - lastNewline, offset: text.length };
}
