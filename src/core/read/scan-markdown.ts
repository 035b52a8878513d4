/** One pass over the lines of a Markdown text, before (or instead of) a parse. */

/** How deep the handbook lets Markdown nest: past these, parsing slows and its own tree walks overflow the stack. */
export const nestingLimits = {
  /** Container markers and indentation levels at the start of one line. */
  line: 100,
  /** Nodes inside one another in the parsed tree (a list level is three: list, item, paragraph). */
  tree: 256,
  /**
   * `*`, `_`, `~` and `](` in one paragraph, list item, heading or table row. micromark matches
   * emphasis markers, and tries each `](` as the start of a link's address, in time that grows
   * with the square of their number in one paragraph (8,000 `*` took 3 s, 16,000 `[ (](` 15 s);
   * real agent files have at most some twenty.
   */
  markers: 500,
};

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
   * The offsets where the text may be cut and each piece parsed alone, outside frontmatter, code
   * fences and raw HTML: the start of an ATX heading at the margin after a blank line, and of a
   * bullet list item at the margin (`- text`). Such a line starts a block whatever comes before
   * it: it ends every paragraph, block quote, table and list item. Only a list may go on past a
   * bullet item's line, which `parseMarkdown` mends by joining the two lists. Link reference
   * definitions and footnotes apply across the whole file, so a file that has any is not cut.
   */
  cuts: number[];
  /**
   * Whether the text may define link references or footnotes: a `[label]: …` line, at the
   * margin or in a list or quote. Such a file is not cut, and its references are resolved after
   * the parse.
   */
  definitions: boolean;
  /** The line that opens the most containers (`>`, list markers, two columns of indentation each), outside code. */
  deepest: { line: number; depth: number };
  /**
   * The paragraph (or list item, heading, table row) with the most `*`, `_` and `~`, and the line
   * its markers start on. A line that may start a list item or a heading starts a new count, so a
   * paragraph that runs on past such a line may be counted in parts: a count to bound time, not a
   * parse.
   */
  busiest: { line: number; markers: number };
  /**
   * What a parse would find, known without one where the lines leave no doubt; `checkAgent`
   * parses only the files where they do.
   */
  known: {
    /** The YAML frontmatter's text, when the file opens with a closed `---` block. */
    frontmatter: string | null;
    /**
     * Whether every code fence opens at the margin, outside any list, quote or HTML block, and is
     * closed: then a parse finds no fence left open.
     */
    fencesClosed: boolean;
    /**
     * Whether the parse may find what `guardBuildInput` changes and warns of: a code fence with
     * metadata after its language, or a `%` on a line that may hold a link's or image's address
     * (one with `](`, `]:`, `][` or an autolink's `<scheme:`, or the line after one).
     */
    buildInput: boolean;
    /**
     * At least the depth of the parsed tree: two levels per character of a line's leading
     * markers and indentation, and one per emphasis, strikethrough or link marker in a paragraph.
     */
    treeDepthAtMost: number;
  };
}

/** Whether a text opens with a `---` line, as YAML frontmatter does (closed or not). */
export function opensFrontmatter(text: string): boolean {
  return /^---[ \t]*(?:\n|$)/u.test(text);
}

/** Where a scanned text goes past `nestingLimits` before any parse: its deepest line, or its busiest paragraph; else null. */
export function pastLimits(scan: MarkdownScan): { line: number; depth: number } | { line: number; markers: number } | null {
  if (scan.deepest.depth > nestingLimits.line) return scan.deepest;
  if (scan.busiest.markers > nestingLimits.markers) return scan.busiest;
  return null;
}

/** One pass over the lines of a Markdown text: where it may be cut, how deep its lines nest, and what it holds. */
export function scanMarkdown(text: string): MarkdownScan {
  const cuts = [0];
  const deepest = { line: 1, depth: 0 };
  const definitions = /^[ \t>*+\-\d.)]*\[[^\]\n]+\]:/mu.test(text);
  const canCut = !definitions;
  let fence: { marker: string; length: number } | null = null;
  let html: RegExp | null = null;
  let blankBefore = false;
  let offset = 0;
  let lineNumber = 0;
  let inFrontmatter = opensFrontmatter(text);
  let frontmatter: string | null = null;
  let fencesClosed = true;
  // From a line that may open an HTML block to the next blank line: a fence there may be HTML.
  let inHtml = false;
  // Whether a bullet item at the margin may be a cut: not after a fence or raw HTML whose end in a list item the scan cannot tell.
  let itemCuts = true;
  let cutsEnded = false;
  let innerFence: { marker: string; quoted: boolean } | null = null;
  let deepestPrefix = 0;
  let inlineMarkers = 0;
  let mostInlineMarkers = 0;
  const busiest = { line: 1, markers: 0 };
  let paragraph = { line: 1, markers: 0 };
  let buildInput = false;
  let addressBefore = false;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(offset, end);
    lineNumber += 1;
    if (inFrontmatter) {
      if (lineNumber > 1 && /^---[ \t]*$/u.test(line)) {
        inFrontmatter = false;
        const start = text.indexOf('\n') + 1;
        frontmatter = text.slice(start, Math.max(start, offset - 1));
      }
    } else if (fence) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/u.exec(line)?.[1];
      if (closing && closing[0] === fence.marker && closing.length >= fence.length) fence = null;
    } else if (html) {
      if (html.test(line)) {
        html = null;
        // The line that ends it may open another HTML block, which runs to the next blank line.
        inHtml = true;
      }
    } else {
      const depth = nestingDepth(line);
      if (depth > deepest.depth) Object.assign(deepest, { line: lineNumber, depth });
      const prefix = /^[ \t>*+\-0-9.)]*/u.exec(line)![0];
      deepestPrefix = Math.max(deepestPrefix, prefix.length + 3 * (prefix.split('\t').length - 1));
      const opening = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/u.exec(line)?.[1];
      if (opening) {
        fence = { marker: opening[0]!, length: opening.length };
        if (/\S\s+\S/u.test(line.slice(line.indexOf(opening) + opening.length).trim())) buildInput = true;
        if (inHtml || line[0] !== opening[0]) {
          fencesClosed = false;
          // Right after a line of HTML this may be HTML or a fence: where either ends is unknown, so no more cuts.
          if (inHtml) cutsEnded = true;
          // An indented fence may be in a list item, and end with it: the scan no longer knows.
          itemCuts = false;
        }
      } else {
        const bulletItem = /^[-*+][ \t]+\S/u.test(line) && !/^(?:[-*_][ \t]*){3,}$/u.test(line);
        const itemCut = canCut && !cutsEnded && itemCuts && !inHtml && offset > 0 && bulletItem;
        // An item at the margin ends the items before it, and any fence in them.
        if (bulletItem) innerFence = null;
        const inner = /^([ \t>*+\-0-9.)]*)(`{3,}|~{3,})/u.exec(line);
        if (inner) {
          fencesClosed = false;
          const open = innerFence as { marker: string; quoted: boolean } | null;
          innerFence = open?.marker === inner[2]![0] ? null : (open ?? { marker: inner[2]![0]!, quoted: inner[1]!.includes('>') });
        }
        // Where a fence or raw HTML in a list item or quote ends, or a quote does, the scan cannot
        // tell for sure: no more item cuts until the next heading cut.
        if (inner || /^[ \t]*>/u.test(line) || /^[ \t>*+\-0-9.)]+</u.test(line)) itemCuts = false;
        if (canCut && !cutsEnded && !innerFence && /^#{1,6}(?:[ \t]|$)/u.test(line) && blankBefore && offset > 0) {
          cuts.push(offset);
          itemCuts = true;
          innerFence = null;
        } else if (itemCut) {
          cuts.push(offset);
        } else {
          const block = rawHtmlBlocks.find(([start]) => start.test(line));
          if (block && !block[1].test(line.replace(block[0], ''))) html = block[1];
        }
      }
      if (/^ {0,3}</u.test(line)) inHtml = true;
      const address = /\]\(|\]:|\]\[|<[a-z][a-z\d+.-]{1,31}:/iu.test(line);
      if (line.includes('%') && (address || addressBefore)) buildInput = true;
      addressBefore = address;
      const emphasis = countOf(line, '*') + countOf(line, '_') + countOf(line, '~') + countOf(line, '](');
      inlineMarkers += emphasis + countOf(line, '[');
      mostInlineMarkers = Math.max(mostInlineMarkers, inlineMarkers);
      // A table row's cells, a list item and a heading each have their own inline content.
      const row = line.includes('|');
      if (row || paragraph.markers === 0 || /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\S|^ {0,3}#{1,6}(?:[ \t]|$)/u.test(line)) paragraph = { line: lineNumber, markers: 0 };
      paragraph.markers += emphasis;
      if (paragraph.markers > busiest.markers) Object.assign(busiest, paragraph);
      if (row) paragraph = { line: lineNumber + 1, markers: 0 };
    }
    blankBefore = line.trim() === '';
    if (blankBefore) {
      inHtml = false;
      // A blank line ends a quote, and a fence in it.
      if (innerFence?.quoted) innerFence = null;
      inlineMarkers = 0;
      paragraph = { line: lineNumber + 1, markers: 0 };
    }
    offset = end + 1;
  }
  if (fence) fencesClosed = false;
  // The root; a container and its item per prefix character; a table, row and cell; the inline
  // nesting, a link found in plain text, and the text.
  const treeDepthAtMost = 1 + 2 * deepestPrefix + 3 + mostInlineMarkers + 2;
  return { cuts, definitions, deepest, busiest, known: { frontmatter, fencesClosed, buildInput, treeDepthAtMost } };
}

function countOf(line: string, character: string): number {
  let count = 0;
  for (let index = line.indexOf(character); index >= 0; index = line.indexOf(character, index + 1)) count += 1;
  return count;
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

