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

/** One line for a terminal: `file:line: message (hint)`. */
export function formatProblem(problem: HandbookProblem): string {
  const hint = problem.hint ? `\n  → ${problem.hint}` : '';
  return `${problem.file}:${problem.line}: ${problem.message}${hint}`;
}
