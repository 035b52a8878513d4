import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { HandbookProblem } from '../handbook-problem.ts';
import { walkNodes } from '../walk-nodes.ts';
import { nestAmbiguousFences } from './nest-ambiguous-fences.ts';
import { repairFrontmatterDelimiters } from './repair-frontmatter-delimiters.ts';

export interface PreparedText {
  /** The text to parse. */
  text: string;
  /** The file as written, with every line ending made `\n`. */
  asWritten: string;
  /** How many lines were taken off the top: add it to parsed line numbers. */
  lineOffset: number;
  problems: HandbookProblem[];
}

/**
 * Undoes what keeps a file from being read as an agent file although its author meant one:
 * line endings other than `\n`, blank lines before the frontmatter, and the whole file indented
 * (as when it was pasted into a list or a code block), a frontmatter's missing `---` line
 * (`repairFrontmatterDelimiters`), and a template's code blocks that end its own
 * (`nestAmbiguousFences`). Line numbers stay those of the file.
 */
export function prepareAgentText(file: string, text: string): PreparedText {
  const problems: HandbookProblem[] = [];
  const endings = lineEndingProblem(file, text);
  if (endings) problems.push(endings);
  const asWritten = text.replace(/\r\n?/gu, '\n');
  let lines = asWritten.replace(/^\uFEFF/u, '').split('\n');
  // A loop, not Math.min(...lines): a spread of a million lines overflows the stack.
  let indent = Infinity;
  for (const line of lines) if (line.trim() !== '') indent = Math.min(indent, /^[ \t]*/u.exec(line)![0].length);
  if (indent !== Infinity && indent > 0) {
    lines = lines.map((line) => line.slice(Math.min(indent, /^[ \t]*/u.exec(line)![0].length)));
    problems.push({
      file,
      line: lines.findIndex((line) => line.trim() !== '') + 1,
      severity: 'warning',
      message: `The whole file is indented by ${indent === 1 ? 'one space or tab' : `${indent} spaces or tabs`}; it was read as if it were not.`,
      hint: 'Remove the indentation, so that the frontmatter starts at the beginning of the line.',
    });
  }
  let lineOffset = 0;
  const firstFilled = lines.findIndex((line) => line.trim() !== '');
  if (firstFilled > 0 && lines[firstFilled]!.trim() === '---') {
    lineOffset = firstFilled;
    lines = lines.slice(firstFilled);
  }
  const repaired = repairFrontmatterDelimiters(file, lines, lineOffset);
  if (repaired.problem) problems.push(repaired.problem);
  const nested = nestAmbiguousFences(file, repaired.lines, lineOffset - repaired.added);
  problems.push(...nested.problems);
  return { text: nested.lines.join('\n'), asWritten, lineOffset: lineOffset - repaired.added, problems };
}

const endingNames: Record<string, string> = { '\n': '\\n (Unix)', '\r\n': '\\r\\n (Windows)', '\r': '\\r (classic Mac OS)' };

/**
 * Line endings that are `\r` alone, or a mix: read as line breaks all the same, with a warning
 * that names the first line whose ending differs from the first line's.
 */
function lineEndingProblem(file: string, text: string): HandbookProblem | null {
  if (!text.includes('\r')) return null;
  const hint = 'Save the file with Unix (\\n) line endings; most editors offer it in their status bar.';
  let first: string | undefined;
  let line = 1;
  for (const [ending] of text.matchAll(/\r\n|\r|\n/gu)) {
    first ??= ending;
    if (ending !== first) {
      return { file, line, severity: 'warning', message: `The file mixes line endings: ${endingNames[first]} up to line ${line - 1}, then ${endingNames[ending]}. All were read as line breaks.`, hint };
    }
    line += 1;
  }
  if (first !== '\r') return null;
  return { file, line: 1, severity: 'warning', message: `The file ends its lines with ${endingNames['\r']}; they were read as line breaks.`, hint };
}

/** Moves every position in a tree down by `offset` lines. */
export function shiftLines(tree: Nodes, offset: number): void {
  if (offset === 0) return;
  visit(tree, (node) => {
    if (!node.position) return;
    node.position.start.line += offset;
    node.position.end.line += offset;
  });
}

/** Warns about code fences that are never closed, which swallow the rest of the file. */
export function findUnclosedFences(file: string, tree: Nodes, text: string): HandbookProblem[] {
  const problems: HandbookProblem[] = [];
  walkNodes([tree], (node) => {
    if (node.type !== 'code') return;
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) return;
    const raw = text.slice(start.offset, end.offset);
    const opening = /^\s*(`{3,}|~{3,})/u.exec(raw)?.[1];
    if (!opening) return;
    const last = raw.split('\n').at(-1)!.trim();
    const closed = raw.includes('\n') && last.startsWith(opening[0]!.repeat(opening.length)) && /^(`+|~+)$/u.test(last);
    if (!closed) {
      problems.push({
        file,
        line: start.line,
        severity: 'warning',
        message: 'This code fence is never closed, so what follows it shows as code, to the end of the file or of the list item or quote it is in.',
        hint: `Close it with a line of ${opening}.`,
      });
    }
  });
  return problems;
}
