import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { needsAutolinksOrFootnotes, remarkGfmWithoutAutolinks } from './gfm-without-autolinks.ts';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
/** The same parser for a text with no literal autolinks or footnotes: the same tree, sooner. */
const markdownWithoutAutolinks = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutAutolinks);

/** How deep the handbook lets Markdown nest: past these, parsing slows and its own tree walks overflow the stack. */
export const nestingLimits = {
  /** Container markers and indentation levels at the start of one line. */
  line: 100,
  /** Nodes inside one another in the parsed tree (a list level is three: list, item, paragraph). */
  tree: 256,
};

export type MarkdownResult = { ok: true; tree: Root } | { ok: false; line: number; depth: number };

/**
 * Parses Markdown (with GFM and YAML frontmatter) into mdast, in linear time; or says where it
 * nests deeper than `nestingLimits`.
 *
 * micromark rewrites its whole list of events each time a list or a block quote closes
 * (`EditMap.consume` in its document tokenizer), so a long file full of lists takes time that
 * grows with the square of its length: 1 MB took 10 s. Parsing the file in pieces between
 * headings that no construct can span, and joining the pieces, gives the same tree.
 * `minPieceLength` is for tests, which cut small files too.
 */
export function parseMarkdown(text: string, minPieceLength = pieceLength): MarkdownResult {
  const scan = scanMarkdown(text);
  if (scan.deepest.depth > nestingLimits.line) return { ok: false, ...scan.deepest };
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
      for (const child of piece.children) tree.children.push(child);
      line += countLines(text, start, end);
    }
    tree.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) };
  }
  const deepest = deepestNode(tree);
  return deepest.depth > nestingLimits.tree ? { ok: false, ...deepest } : { ok: true, tree };
}

/**
 * About how long a piece is. Each parse has a fixed cost, and within a piece the time still
 * grows with the square of its length: pieces of some kilobytes keep both small.
 */
const pieceLength = 16 * 1024;

/** Of the places where the text may be cut, those that make pieces of at least `length`. */
function pieceStarts(starts: number[], length: number): number[] {
  const kept = [starts[0]!];
  for (const start of starts) if (start - kept[kept.length - 1]! >= length) kept.push(start);
  return kept;
}

/** Lines that open an HTML block which a blank line does not close, and what closes it (CommonMark kinds 1–5). */
const rawHtmlBlocks: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/iu, /<\/(?:script|pre|style|textarea)>/iu],
  [/^ {0,3}<!--/u, /-->/u],
  [/^ {0,3}<\?/u, /\?>/u],
  [/^ {0,3}<![A-Za-z]/u, />/u],
  [/^ {0,3}<!\[CDATA\[/u, /\]\]>/u],
];

export interface MarkdownScan {
  /**
   * The offsets where the text may be cut and each piece parsed alone: the start of an ATX
   * heading at the margin, after a blank line, outside frontmatter, code fences and the HTML
   * blocks that only an end marker closes. Such a line is a heading whatever comes before it: it
   * ends every paragraph, list, block quote and table. Link reference definitions and footnotes
   * apply across the whole file, so a file that has any is not cut.
   */
  cuts: number[];
  /** The line that opens the most containers (`>`, list markers, two columns of indentation each), outside code. */
  deepest: { line: number; depth: number };
}

/** One pass over the lines of a Markdown text: where it may be cut, and how deep its lines nest. */
export function scanMarkdown(text: string): MarkdownScan {
  const cuts = [0];
  const deepest = { line: 1, depth: 0 };
  const canCut = !/^ {0,3}\[[^\]\n]+\]:/mu.test(text);
  let fence: { marker: string; length: number } | null = null;
  let html: RegExp | null = null;
  let blankBefore = false;
  let offset = 0;
  let lineNumber = 0;
  let inFrontmatter = /^---[ \t]*(?:\n|$)/u.test(text);
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(offset, end);
    lineNumber += 1;
    if (inFrontmatter) {
      if (lineNumber > 1 && /^---[ \t]*$/u.test(line)) inFrontmatter = false;
    } else if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line)?.[1];
      if (closing && closing[0] === fence.marker && closing.length >= fence.length) fence = null;
    } else if (html) {
      if (html.test(line)) html = null;
    } else {
      const depth = nestingDepth(line);
      if (depth > deepest.depth) Object.assign(deepest, { line: lineNumber, depth });
      const opening = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/u.exec(line)?.[1];
      if (opening) {
        fence = { marker: opening[0]!, length: opening.length };
      } else if (canCut && /^#{1,6}(?:[ \t]|$)/u.test(line) && blankBefore && offset > 0) {
        cuts.push(offset);
      } else {
        const block = rawHtmlBlocks.find(([start]) => start.test(line));
        if (block && !block[1].test(line.replace(block[0], ''))) html = block[1];
      }
    }
    blankBefore = line.trim() === '';
    offset = end + 1;
  }
  return { cuts, deepest };
}

/**
 * How many containers a line could open or continue at most: its `>` and list markers (each with
 * the space after it), and a level per two further columns of indentation.
 */
function nestingDepth(line: string): number {
  let markers = 0;
  let columns = 0;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index]!;
    const marker = character === '>' || ('-*+'.includes(character) && /[ \t]/u.test(line[index + 1] ?? ''));
    if (marker) {
      markers += 1;
      if (line[index + 1] === ' ') index += 1;
    } else if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4;
    else break;
  }
  return markers + Math.floor(columns / 2);
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
