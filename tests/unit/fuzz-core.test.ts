import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetaOptions } from '@astrojs/starlight/expressive-code';
import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { buildHandbook, checkAgent, emitMdx, type HandbookPage } from '../../src/core/index.ts';
import { fenceFrames } from '../../src/core/read/fence-meta.ts';
import { parseAgent } from '../../src/core/read/parse-agent.ts';
import { walkNodes } from '../../src/core/walk-nodes.ts';

/**
 * Property test over the core: real agent files from `../shared/corpus/dev`, mutated the ways
 * files get broken, never make the core throw, and every agent that builds places every block.
 * `FUZZ_RUNS=5000 npx vitest run tests/unit/fuzz-core.test.ts` runs more cases than `npm test`.
 */
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');
const files = readdirSync(corpus)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(corpus, name), 'utf8') }));
const runs = Number(process.env['FUZZ_RUNS'] ?? 60);

type Mutation = (lines: string[], at: number, other: number) => void;

/** Fence metadata that ran, grew or failed in Expressive Code, and what is near it. */
const hostileMeta = [
  'frame="window"',
  '{1-2000000000}',
  Array.from({ length: 25 }, () => '{1-50000000}').join(' '),
  "'x /(a+)+$/ y'z",
  'mark=/(a+)+$/ ins=/(b+)+$/',
  'title="a\\" /(b+)+$/ "',
  'del={"label":1-9} "text" wrap',
  '{1-3',
  `title="${'t'.repeat(300)}"`,
  'title=\'it\\\'s\' frame=terminal {2-1,0-4} hangingIndent=99999999',
];

/** Addresses with a `%` that does not decode, in each way a link or image is written. */
const badEscapes = [
  'See ![d](https://example.com/%E0%A4%A.png) and [g](https://x.test/100%-done).',
  'Read <https://x.test/%ZZ> first.',
  'Use [the guide][bad-ref].\n\n[bad-ref]:\n  https://x.test/%E0%A4',
  '![](https://x.test/%C3%28)',
];

/** Ways a file gets broken, each at a line chosen by the test. */
const mutations: Record<string, Mutation> = {
  'delete a line': (lines, at) => void lines.splice(at, 1),
  'duplicate a line': (lines, at) => void lines.splice(at, 0, lines[at] ?? ''),
  'swap two lines': (lines, at, other) => void ([lines[at], lines[other]] = [lines[other] ?? '', lines[at] ?? '']),
  'open a fence that never closes': (lines, at) => void lines.splice(at, 0, '```'),
  'close a fence that was never opened': (lines, at) => void lines.splice(at, 0, '~~~~'),
  'nest lists deep': (lines, at, other) => void lines.splice(at, 0, ...Array.from({ length: 40 + (other % 200) }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`)),
  'nest block quotes deep': (lines, at, other) => void lines.splice(at, 0, `${'> '.repeat(50 + (other % 500))}deep`),
  'nest headings and emphasis': (lines, at, other) => void lines.splice(at, 0, `## ${'*_'.repeat(20 + (other % 300))}x${'_*'.repeat(20 + (other % 300))}`),
  'flood a paragraph with emphasis markers': (lines, at, other) => void lines.splice(at, 0, 'a* '.repeat(100 + (other % 1000))),
  'insert a NUL byte': (lines, at) => void (lines[at] = `${lines[at] ?? ''}\0`),
  'insert a lone surrogate': (lines, at) => void (lines[at] = `\uD800${lines[at] ?? ''}\uDFFF`),
  'insert right-to-left marks': (lines, at) => void (lines[at] = `\u202E${lines[at] ?? ''}\u200F\u2067`),
  'insert a very long line': (lines, at, other) => void lines.splice(at, 0, `${'word '.repeat(2000 + (other % 20000))}`),
  'insert a very long word': (lines, at, other) => void lines.splice(at, 0, 'x'.repeat(10000 + (other % 100000))),
  'indent a line': (lines, at, other) => void (lines[at] = `${' '.repeat(1 + (other % 5))}${lines[at] ?? ''}`),
  'open a fence inside a list item': (lines, at) => void lines.splice(at, 0, '- item', '  ```'),
  'open a fence inside a block quote': (lines, at) => void lines.splice(at, 0, '> ```js'),
  'open an HTML block': (lines, at) => void lines.splice(at, 0, '<div>'),
  'break the frontmatter': (lines) => void lines.splice(0, 1),
  'put blank lines before the frontmatter': (lines, at) => void lines.unshift(...Array.from({ length: 1 + (at % 3) }, () => '')),
  'indent the whole file': (lines, at) => void lines.splice(0, lines.length, ...lines.map((line) => `${' '.repeat(1 + (at % 4))}${line}`)),
  'leave the frontmatter open': (lines) => void (lines.indexOf('---', 1) > 0 && lines.splice(lines.indexOf('---', 1), 1)),
  'add spaces after a frontmatter fence': (lines, at) => void (lines[at % 2 === 0 ? 0 : Math.max(lines.indexOf('---', 1), 0)] += ' \t'),
  'end lines with \\r': (lines, at) => void (lines[at] = `${lines[at] ?? ''}\r`),
  'give a fence hostile metadata': (lines, at, other) => {
    const meta = hostileMeta[other % hostileMeta.length]!;
    const fence = lines.findIndex((line, index) => index >= at && /^\s*(```|~~~)\s*\w+\s*$/u.test(line));
    if (fence >= 0) lines[fence] = `${lines[fence]!.trimEnd()} ${meta}`;
    else lines.splice(at, 0, '', `\`\`\`js ${meta}`, `const s = "${'a'.repeat(30)}!";`, '```', '');
  },
  'put an address that does not decode in a link': (lines, at, other) => void lines.splice(at, 0, '', ...badEscapes[other % badEscapes.length]!.split('\n'), ''),
};

/** What of a page reaches Expressive Code and Astro's image pass: only safe fence metadata, and addresses that decode. */
function expectSafeBuildInput(page: HandbookPage): void {
  walkNodes(page.body, (node: Nodes) => {
    if (node.type === 'code') {
      const lines = node.value.split('\n').length;
      for (const option of new MetaOptions(node.meta ?? '').list()) {
        const where = `${page.id}: ${node.meta}`;
        if (option.kind === 'range') {
          expect(['', 'mark', 'ins', 'del', 'add', 'rem'], where).toContain(option.key ?? '');
          for (const number of String(option.value).split(/[,-]/u)) expect(Number(number), where).toBeLessThanOrEqual(lines);
        } else {
          expect(option.kind, where).toBe('string');
          expect(['title', 'frame'], where).toContain(option.key);
          if (option.key === 'frame') expect(fenceFrames, where).toContain(option.value);
        }
      }
    }
    if (node.type === 'link' || node.type === 'image') expect(() => decodeURI(node.url), node.url).not.toThrow();
  });
}

const mutation = fc.tuple(fc.constantFrom(...Object.keys(mutations)), fc.nat(), fc.nat());

function mutate(text: string, steps: Array<[string, number, number]>): string {
  const lines = text.split('\n');
  for (const [name, at, other] of steps) mutations[name]!(lines, at % Math.max(lines.length, 1), other % Math.max(lines.length, 1));
  return lines.join('\n');
}

describe('the core, fuzzed with real agent files', () => {
  test(`never throws, and places every block of every agent that builds (${runs} cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), (index, steps) => {
        const file = files[index]!;
        const text = mutate(file.text, steps);
        const build = buildHandbook([{ file: file.name, text }]);
        for (const page of build.pages) {
          emitMdx(page, { componentsModule: '~/components' });
          expectSafeBuildInput(page);
        }
        for (const agent of build.report.agents) expect(agent.placedBlocks, `${file.name}: ${JSON.stringify(agent.unplaced)}`).toBe(agent.sourceBlocks);
        for (const problem of build.report.problems) {
          expect(problem.file).toBe(file.name);
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message).not.toMatch(/\bat .*\.(?:ts|js):\d+|undefined|\[object/u);
        }
        expect(build.report.agents.length + build.report.skipped.length).toBe(1);
      }),
      { numRuns: runs },
    );
  }, 600_000);

  test(`a check, which parses only the files its line scan is unsure of, reports what a build reads (${runs * 5} cases)`, () => {
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 5 }), (index, steps) => {
        const file = files[index]!;
        const source = { file: file.name, text: mutate(file.text, steps) };
        const parsed = parseAgent(source);
        const checked = checkAgent(source);
        expect(checked.problems).toEqual(parsed.problems);
        expect(checked.ok && checked.agent.frontmatter).toEqual(parsed.ok && parsed.agent.frontmatter);
      }),
      { numRuns: runs * 5 },
    );
  }, 600_000);
});
