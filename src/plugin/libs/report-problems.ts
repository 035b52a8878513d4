import { AstroError } from 'astro/errors';
import { formatProblem, type HandbookProblem } from '../../core/index.ts';

/** Fails the build with every error at once, each naming its file and line. */
export function throwOnErrors(problems: HandbookProblem[]): void {
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length === 0) return;
  const error = new AstroError(
    `The handbook cannot be built: ${errors.length} problem${errors.length === 1 ? '' : 's'} in the agent files.\n\n${errors.map(formatProblem).join('\n')}`,
    'Fix each file at the line shown, then build again.',
  );
  // The mistake is in the user's files, not in this code: a stack trace would only distract.
  error.stack = '';
  throw error;
}
