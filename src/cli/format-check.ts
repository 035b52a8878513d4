import { formatProblem, type HandbookProblem } from '../core/handbook-problem.ts';
import type { CheckResult } from './check-agents.ts';
import { describeError } from './usage-error.ts';

export type CheckFormat = 'text' | 'github' | 'json';

/** A check's result as the user asked for it: for a terminal, as GitHub Actions annotations, or as JSON. */
export function formatCheck(result: CheckResult, format: CheckFormat): string {
  if (format === 'json') return `${JSON.stringify({ agentsDir: result.agentsDir, files: result.files, ...counts(result), problems: result.problems }, null, 2)}\n`;
  if (format === 'github') return `${result.problems.map(annotation).join('')}${summary(result)}\n`;
  const sections = (['error', 'warning'] as const)
    .map((severity) => {
      const problems = result.problems.filter((problem) => problem.severity === severity);
      return problems.length === 0 ? '' : `${severity === 'error' ? 'Errors' : 'Warnings'}\n\n${problems.map(formatProblem).join('\n')}\n\n`;
    })
    .join('');
  return `${sections}${summary(result)}\n`;
}

function counts(result: CheckResult): { errors: number; warnings: number } {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  return { errors, warnings: result.problems.length - errors };
}

/** `Checked 3 agent files in .claude/agents: 1 error and 2 warnings.` */
function summary(result: CheckResult): string {
  const { errors, warnings } = counts(result);
  const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const found = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(' and ');
  return `Checked ${plural(result.files, 'agent file')} in ${result.agentsDir}: ${found || 'no problems'}.`;
}

/**
 * A check that could not run (no agents folder, say) as the user asked for its output: a GitHub
 * annotation or JSON on standard output, where CI reads them; else `null`, and the terminal gets
 * the message on standard error.
 */
export function formatCheckError(error: unknown, format: CheckFormat): string | null {
  if (format === 'text') return null;
  const message = describeError(error);
  if (format === 'json') return `${JSON.stringify({ error: message }, null, 2)}\n`;
  return `::error title=${escapeProperty('agent-handbook check')}::${escapeData(message)}\n`;
}

/**
 * A GitHub Actions workflow command that annotates the file at the line:
 * `::error file=…,line=…,title=…::message`, escaped as the runner reads it.
 */
function annotation(problem: HandbookProblem): string {
  const message = problem.hint ? `${problem.message}\n→ ${problem.hint}` : problem.message;
  const file = problem.file.replaceAll('\\', '/');
  return `::${problem.severity} file=${escapeProperty(file)},line=${problem.line},title=${escapeProperty('agent-handbook check')}::${escapeData(message)}\n`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
