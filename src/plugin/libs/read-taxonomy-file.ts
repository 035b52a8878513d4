import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { HandbookProblem, Taxonomy } from '../../core/index.ts';
import { mergeTaxonomy, taxonomyFileSchema } from '../../core/classify/merge-taxonomy.ts';
import { taxonomy } from '../../core/classify/taxonomy.ts';

/** The taxonomy: the built-in one, extended or overridden by a YAML file when there is one. */
export function readTaxonomyFile(file: string, root: string): { taxonomy: Taxonomy; problems: HandbookProblem[] } {
  if (!existsSync(file)) return { taxonomy, problems: [] };
  const name = relative(root, file) || file;
  const text = readFileSync(file, 'utf8');
  const document = parseDocument(text);
  const lineAt = (offset: number | undefined) => text.slice(0, offset ?? 0).split('\n').length;
  if (document.errors.length > 0) {
    return {
      taxonomy,
      problems: document.errors.map((error) => ({
        file: name,
        line: error.linePos?.[0]?.line ?? 1,
        severity: 'error' as const,
        message: `The taxonomy file is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/u, '')}.`,
        hint: 'Check the indentation of the lists under `languages:` and `topics:`.',
      })),
    };
  }
  const parsed = taxonomyFileSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    return {
      taxonomy,
      problems: parsed.error.issues.map((issue) => {
        const node = document.getIn(issue.path as Array<string | number>, true) as { range?: [number, number, number] } | undefined;
        return {
          file: name,
          line: lineAt(node?.range?.[0]),
          severity: 'error' as const,
          message: issue.path.length > 0 ? `The taxonomy file's \`${issue.path.join('.')}\` is not valid: ${issue.message}.` : `The taxonomy file is not valid: ${issue.message}.`,
          hint: 'The file may hold `languages:`, `topics:` and `practices:`; each language and topic needs a `slug`. The README\'s "Correcting a misplaced section" has an example.',
        };
      }),
    };
  }
  return { taxonomy: mergeTaxonomy(taxonomy, parsed.data), problems: [] };
}
