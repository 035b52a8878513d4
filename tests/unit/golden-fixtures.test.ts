import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';

/**
 * Golden fixtures: `tests/fixtures/<case>/input.md` → `expected/<page id>.mdx` for every page,
 * `expected/report.json` and `expected/checklists.json`. Run with `UPDATE=1` to write what the code now produces.
 */
const fixturesDir = join(import.meta.dirname, '..', 'fixtures');
const update = process.env['UPDATE'] === '1';
const cases = readdirSync(fixturesDir).filter((name) => existsSync(join(fixturesDir, name, 'input.md')));

describe('golden fixtures', () => {
  test.each(cases)('%s produces its expected pages and report', (name) => {
    const caseDir = join(fixturesDir, name);
    const expectedDir = join(caseDir, 'expected');
    const text = readFileSync(join(caseDir, 'input.md'), 'utf8');
    const { pages, report, checklists } = buildHandbook([{ file: `${name}/input.md`, text }]);
    const actual = new Map<string, string>(pages.map((page) => [`${page.id}.mdx`, emitMdx(page, { componentsModule: '~/components' })]));
    actual.set('report.json', `${JSON.stringify(report, null, 2)}\n`);
    actual.set('checklists.json', `${JSON.stringify(checklists, null, 2)}\n`);

    if (update) {
      rmSync(expectedDir, { recursive: true, force: true });
      for (const [file, content] of actual) {
        mkdirSync(join(expectedDir, file, '..'), { recursive: true });
        writeFileSync(join(expectedDir, file), content);
      }
    }
    const expectedFiles = (readdirSync(expectedDir, { recursive: true, encoding: 'utf8' }) as string[])
      .filter((file) => file.endsWith('.mdx') || file.endsWith('.json'))
      .sort();
    expect([...actual.keys()].sort()).toEqual(expectedFiles);
    for (const file of expectedFiles) {
      expect(actual.get(file), `${name}/expected/${file}`).toBe(readFileSync(join(expectedDir, file), 'utf8'));
    }
  });
});
