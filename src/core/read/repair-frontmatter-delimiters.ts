import type { HandbookProblem } from '../handbook-problem.ts';

/** A line that sets a field: `name: …`, `tools:`. */
const fieldLine = /^[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)/u;
/** A line that goes on with the field above it: indented, or an item of a list. */
const continuationLine = /^(?:[ \t]+\S|-[ \t])/u;
/** A line of dashes that closes a block: `---`, or the `----` some authors write. */
const dashes = /^-{3,}[ \t]*$/u;
/** The fields a frontmatter that lacks its opening line must begin with, to be read as one. */
const openingFields = /^(?:name|description)[ \t]*:/u;

export interface RepairedDelimiters {
  lines: string[];
  /** Lines added at the top (a missing opening `---`): subtract from line numbers. */
  added: number;
  problem: HandbookProblem | null;
}

/**
 * Mends the two ways authors get the frontmatter's `---` lines wrong, which otherwise turn its
 * fields into a heading or swallow the body into a field:
 * - fields at the top of the file closed by `---` but never opened: Markdown reads the fields
 *   and the `---` under them as one big heading. An opening line is added (`added`: 1).
 * - a frontmatter opened by `---` whose fields end at a blank line followed by the body (text
 *   or a heading) with no `---` between: the lenient reader took the body for a field's value,
 *   or the whole block was text. The blank line is read as the closing line, which keeps every
 *   line where it is.
 * Either way a warning names the line to fix. Any other file comes back as it was.
 */
export function repairFrontmatterDelimiters(file: string, lines: string[], lineOffset: number): RepairedDelimiters {
  const unchanged = { lines, added: 0, problem: null };
  if (lines[0]?.trim() === '---') {
    for (let index = 1; index < lines.length; index += 1) {
      const line = lines[index]!;
      if (line.trim() === '---') return unchanged;
      if (dashes.test(line)) return longClosing(file, lines, index, lineOffset);
      if (line.trim() === '' || fieldLine.test(line) || continuationLine.test(line) || /^#(?!#* )/u.test(line)) continue;
      // The first line of the body: after a blank line, what comes before is the frontmatter.
      if (index < 2 || lines[index - 1]!.trim() !== '' || !lines.slice(1, index).some((before) => fieldLine.test(before))) return unchanged;
      const closing = index - 1;
      return {
        lines: [...lines.slice(0, closing), '---', ...lines.slice(closing + 1)],
        added: 0,
        problem: {
          file,
          line: lineOffset + 1,
          severity: 'warning',
          message: `The frontmatter that opens here has no closing \`---\` line before the text on line ${lineOffset + index + 1}; its fields were read up to the blank line above that text.`,
          hint: `Put a \`---\` line on line ${lineOffset + closing + 1}, after the last field.`,
        },
      };
    }
    return unchanged;
  }
  if (!openingFields.test(lines[0] ?? '')) return unchanged;
  for (let index = 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (dashes.test(line)) {
      return {
        lines: ['---', ...lines.slice(0, index), '---', ...lines.slice(index + 1)],
        added: 1,
        problem: {
          file,
          line: lineOffset + 1,
          severity: 'warning',
          message: `The frontmatter has no opening \`---\` line; the fields above the \`---\` on line ${lineOffset + index + 1} were read as the frontmatter.`,
          hint: 'Start the file with a `---` line, above its first field.',
        },
      };
    }
    if (!fieldLine.test(line) && !continuationLine.test(line)) return unchanged;
  }
  return unchanged;
}

/** A frontmatter closed by more dashes than three, which Markdown reads as the underline of a heading made of the fields. */
function longClosing(file: string, lines: string[], index: number, lineOffset: number): RepairedDelimiters {
  return {
    lines: [...lines.slice(0, index), '---', ...lines.slice(index + 1)],
    added: 0,
    problem: {
      file,
      line: lineOffset + index + 1,
      severity: 'warning',
      message: `The frontmatter is closed by \`${lines[index]!.trim()}\`; it was read as the closing \`---\` line.`,
      hint: 'Close the frontmatter with exactly three dashes: `---`.',
    },
  };
}
