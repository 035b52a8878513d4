import type { HandbookProblem } from '../handbook-problem.ts';

/** A fence line: its indentation, its run of backticks or tildes, and what follows the run. */
const fenceLine = /^([ \t]*)(`{3,}|~{3,})(.*)$/u;

interface OpenFence {
  /** Index of the opening line. */
  line: number;
  marker: string;
  /** The longest fence opened inside it. */
  longest: number;
}

export interface NestedFences {
  lines: string[];
  problems: HandbookProblem[];
}

/**
 * Keeps a fenced template inside its fence. An author who shows a Markdown template in a
 * ```` ```markdown ```` block often writes its own code samples with the same three backticks:
 * CommonMark ends the outer block at the first inner closing line, which turns the rest inside
 * out (the template's headings become the page's, the prose after it code). Where every fence
 * opened inside such a block (a line of at least as many of the same marks, with a language) is
 * closed before a last closing line, that last line is the block's end: the outer fence's marks
 * are lengthened past the inner ones, so that the parser reads it so, and the file gets a warning.
 * Where the nested reading does not close, the file is read as CommonMark reads it. Lines keep
 * their numbers; `lineOffset` is added to those reported.
 */
export function nestAmbiguousFences(file: string, lines: string[], lineOffset: number): NestedFences {
  const problems: HandbookProblem[] = [];
  let out: string[] | null = null;
  // The frontmatter is YAML: a line of backticks in it is text.
  let index = lines[0]?.trim() === '---' ? lines.findIndex((line, at) => at > 0 && /^(?:---|\.\.\.)\s*$/u.test(line)) + 1 : 0;
  while (index < lines.length) {
    const opening = fenceLine.exec(lines[index]!);
    if (!opening || (opening[2]![0] === '`' && opening[3]!.includes('`'))) {
      index += 1;
      continue;
    }
    const fence: OpenFence = { line: index, marker: opening[2]!, longest: 0 };
    const commonMarkEnd = closingLine(lines, fence);
    const nestedEnd = fence.longest > 0 ? nestedClosingLine(lines, fence) : -1;
    if (nestedEnd > commonMarkEnd && commonMarkEnd !== -1) {
      out ??= [...lines];
      const marks = fence.marker[0]!.repeat(fence.longest + 1);
      out[fence.line] = lines[fence.line]!.replace(fence.marker, marks);
      out[nestedEnd] = lines[nestedEnd]!.replace(/[`~]+/u, marks);
      problems.push({
        file,
        line: fence.line + 1 + lineOffset,
        severity: 'warning',
        message: `This code block holds code blocks fenced with the same ${fence.marker}, so where it ends is ambiguous: it was read as ending on line ${nestedEnd + 1 + lineOffset}, with the blocks inside it. GitHub and most editors end it on line ${commonMarkEnd + 1 + lineOffset}.`,
        hint: `Fence the outer block with more marks than the inner ones: open and close it with ${marks}.`,
      });
      index = nestedEnd + 1;
    } else {
      index = commonMarkEnd === -1 ? lines.length : commonMarkEnd + 1;
    }
  }
  return { lines: out ?? lines, problems };
}

/** Where CommonMark closes `fence`, or -1; notes the longest fence of the same mark opened inside it. */
function closingLine(lines: string[], fence: OpenFence): number {
  for (let index = fence.line + 1; index < lines.length; index += 1) {
    const line = fenceLine.exec(lines[index]!);
    if (!line || line[2]![0] !== fence.marker[0]) continue;
    if (line[3]!.trim() === '' && line[2]!.length >= fence.marker.length) return index;
    if (line[3]!.trim() !== '' && line[2]!.length >= fence.marker.length) fence.longest = Math.max(fence.longest, line[2]!.length);
  }
  return -1;
}

/** Where `fence` closes when each fence opened inside it is closed first, or -1 if it never does. */
function nestedClosingLine(lines: string[], fence: OpenFence): number {
  const inner: number[] = [];
  for (let index = fence.line + 1; index < lines.length; index += 1) {
    const line = fenceLine.exec(lines[index]!);
    if (!line || line[2]![0] !== fence.marker[0]) continue;
    const length = line[2]!.length;
    const info = line[3]!.trim();
    if (info !== '') {
      if (length >= fence.marker.length && !(line[2]![0] === '`' && info.includes('`'))) inner.push(length);
    } else if (inner.length > 0 && length >= inner.at(-1)!) {
      inner.pop();
    } else if (inner.length === 0 && length >= fence.marker.length) {
      return index;
    }
  }
  return -1;
}
