import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isScalar, isSeq, parseDocument, isMap } from 'yaml';
import type { HandbookProblem, OnboardingOrder } from '../../core/index.ts';

/**
 * Reads the onboarding order from a YAML file, if there is one:
 *
 * ```yaml
 * steps:
 *   - topics/overview
 *   - language        # the reader's language page
 *   - topics/security
 *   - checklists
 * ```
 */
export function readOnboardingOrder(file: string, root: string): { order?: OnboardingOrder; problems: HandbookProblem[] } {
  if (!existsSync(file)) return { problems: [] };
  const name = relative(root, file) || file;
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text);
  const lineOf = (offset: number | undefined) => text.slice(0, offset ?? 0).split('\n').length;
  const problem = (line: number, message: string): { problems: HandbookProblem[] } => ({
    problems: [{ file: name, line, severity: 'error', message, hint: 'Write `steps:` followed by a list of page ids, such as `- topics/overview` and `- language`.' }],
  });
  if (document.errors.length > 0) return problem(document.errors[0]!.linePos?.[0]?.line ?? 1, `The onboarding order is not valid YAML: ${document.errors[0]!.message.split('\n')[0]}`);
  const steps = isMap(document.contents) ? document.contents.get('steps', true) : undefined;
  if (!isSeq(steps)) return problem(1, 'The onboarding order has no `steps:` list.');
  return {
    order: {
      file: name,
      steps: steps.items.map((item) => ({ id: isScalar(item) ? String(item.value) : String(item), line: lineOf(isScalar(item) ? item.range?.[0] : undefined) })),
    },
    problems: [],
  };
}
