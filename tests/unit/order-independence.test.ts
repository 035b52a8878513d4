import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';

/** A dozen real agent files, two of them sharing a name. */
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const sources = readdirSync(corpus)
  .filter((name) => /go|postgres|review|python/u.test(name))
  .sort()
  .map((name) => ({ file: name, text: readFileSync(join(corpus, name), 'utf8') }));

function shuffled<T>(list: T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let index = out.length - 1; index > 0; index -= 1) {
    state = (state * 16807) % 2147483647;
    const other = state % (index + 1);
    [out[index], out[other]] = [out[other]!, out[index]!];
  }
  return out;
}

function render(build: ReturnType<typeof buildHandbook>) {
  return {
    pages: build.pages.map((page) => [page.id, emitMdx(page, { componentsModule: '~/components' })]),
    checklists: build.checklists,
    report: build.report,
  };
}

describe('the same handbook whatever the order of the files', () => {
  test('shuffled files give the same pages, checklists.json and report', () => {
    expect(sources.length).toBeGreaterThanOrEqual(8);
    const first = render(buildHandbook(sources));
    for (const seed of [7, 42, 2026]) expect(render(buildHandbook(shuffled(sources, seed)))).toEqual(first);
  });
});
