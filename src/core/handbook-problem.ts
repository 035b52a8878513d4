/** Something wrong with an agent file, said so that its author can fix it. */
export interface HandbookProblem {
  /** The agent file, as given to the handbook. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  message: string;
  /** What to do about it. */
  hint?: string;
  severity: 'error' | 'warning';
}

/**
 * One line for a terminal: `file:line: message`, and the hint on a line of its own. Control
 * characters that a file name or an agent's name may carry are written as escapes: a name with
 * a line break in it would otherwise start a log line of its own, which CI reads as a command
 * (`::error file=…::` on GitHub Actions), and terminal escapes would recolour or rewrite the screen.
 */
export function formatProblem(problem: HandbookProblem): string {
  const hint = problem.hint ? `\n  → ${escapeControls(problem.hint)}` : '';
  return `${escapeControls(problem.file)}:${problem.line}: ${escapeControls(problem.message)}${hint}`;
}

const namedEscapes: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** C0 and C1 control characters and the Unicode line and paragraph separators, as `\n`, `\r`, `\t` or `\u001b`. */
function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/gu, (character) => namedEscapes[character] ?? `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
