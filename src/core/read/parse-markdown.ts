import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);

/**
 * Parses Markdown (with GFM and YAML frontmatter) into mdast, in linear time.
 *
 * micromark rewrites its whole list of events each time a list or a block quote closes
 * (`EditMap.consume` in its document tokenizer), so a long file full of lists takes time that
 * grows with the square of its length: 1 MB took 10 s. Parsing the file in pieces between
 * headings that no construct can span, and joining the pieces, gives the same tree.
 * `minPieceLength` is for tests, which cut small files too.
 */
export function parseMarkdown(text: string, minPieceLength = pieceLength): Root {
  const starts = pieceStarts(sectionStarts(text), minPieceLength);
  if (starts.length === 1) return markdown.parse(text);
  const root: Root = { type: 'root', children: [] };
  let line = 1;
  for (const [index, start] of starts.entries()) {
    const end = starts[index + 1] ?? text.length;
    const piece = markdown.parse(text.slice(start, end));
    if (start > 0) shiftPositions(piece, line - 1, start);
    root.children.push(...piece.children);
    line += countLines(text, start, end);
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: endPoint(text) };
  return root;
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

/**
 * The offsets where the text may be cut and each piece parsed alone: the start of an ATX heading
 * at the margin, after a blank line, outside frontmatter, code fences and the HTML blocks that
 * only an end marker closes. Such a line is a heading whatever comes before it: it ends every
 * paragraph, list, block quote and table. Link reference definitions and footnotes apply across
 * the whole file, so a file that has any is parsed whole.
 */
export function sectionStarts(text: string): number[] {
  const starts = [0];
  if (/^ {0,3}\[[^\]\n]+\]:/mu.test(text)) return starts;
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
      const opening = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/u.exec(line)?.[1];
      if (opening) {
        fence = { marker: opening[0]!, length: opening.length };
      } else if (/^#{1,6}(?:[ \t]|$)/u.test(line) && blankBefore && offset > 0) {
        starts.push(offset);
      } else {
        const block = rawHtmlBlocks.find(([start]) => start.test(line));
        if (block && !block[1].test(line.replace(block[0], ''))) html = block[1];
      }
    }
    blankBefore = line.trim() === '';
    offset = end + 1;
  }
  return starts;
}

function shiftPositions(tree: Nodes, lines: number, offset: number): void {
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line += lines;
    node.position.end.line += lines;
    if (node.position.start.offset !== undefined) node.position.start.offset += offset;
    if (node.position.end.offset !== undefined) node.position.end.offset += offset;
  });
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
