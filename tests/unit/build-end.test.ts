import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import { forBuildEnd } from '../../src/plugin/libs/generate.ts';

const seed = { file: 'backend-engineer.md', text: readFileSync(join(import.meta.dirname, '..', '..', 'content', 'agents', 'backend-engineer.md'), 'utf8') };

describe('what a build keeps for its end', () => {
  test('the same report, checklists.json and exported files, without the pages', () => {
    const whole = buildHandbook([seed]);
    const kept = forBuildEnd(buildHandbook([seed]));
    expect(kept.pages).toEqual([]);
    expect(kept.report).toEqual(whole.report);
    expect(kept.checklists).toEqual(whole.checklists);
    expect(kept.exports.all()).toEqual(whole.exports.all());
    expect(kept.exports.paths()).toEqual(whole.exports.paths());
    expect(kept.exports.get('llms.txt')?.content).toContain('backend-engineer');
    expect(kept.exports.get('no/such/file.md')).toBeUndefined();
  });
});
