import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/core/index.ts';
import { readTaxonomyFile } from '../../src/plugin/libs/read-taxonomy-file.ts';

const root = mkdtempSync(join(tmpdir(), 'handbook-taxonomy-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function problemsOf(yaml: string): string[] {
  const file = join(root, 'taxonomy.yml');
  writeFileSync(file, yaml);
  return readTaxonomyFile(file, root).problems.map(formatProblem);
}

describe('a taxonomy file that is wrong', () => {
  test('names the field that is wrong, or the file when no field is, and never an empty one', () => {
    const problems = problemsOf('topics: 3\nfoo: bar\n');
    expect(problems.join('\n')).toContain("taxonomy.yml:1: The taxonomy file's `topics` is not valid");
    expect(problems.join('\n')).toContain('taxonomy.yml:1: The taxonomy file is not valid: Unrecognized key: "foo".');
    expect(problems.join('\n')).not.toContain('``');
    expect(problems.join('\n')).not.toContain('src/core');
  });

  test('may not give a topic or language a slug the handbook keeps for its own pages', () => {
    const problems = problemsOf('topics:\n  - slug: index\n    label: Index\nlanguages:\n  - slug: done\n').join('\n');
    expect(problems).toContain('the handbook keeps "index" and "done" for its own pages');
    expect(problems.match(/keeps "index"/gu)).toHaveLength(2);
  });

  test('that is not YAML is named at its line, without a dangling position', () => {
    const [problem] = problemsOf('topics:\n  - slug: a\n   label: b\n');
    expect(problem).toMatch(/^taxonomy\.yml:\d+: The taxonomy file is not valid YAML: .*\.$/mu);
    expect(problem).not.toMatch(/at line \d+, column \d+:?\.?$/mu);
  });
});
