import type { Code, Root } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { MetaOptions } from '@astrojs/starlight/expressive-code';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx, formatProblem } from '../../src/core/index.ts';
import { keepSafeFenceMeta } from '../../src/core/read/fence-meta.ts';

describe('a code fence’s metadata, which Expressive Code reads while the site is built', () => {
  test.each([
    ['mark=/(a+)+$/ ins=/(b+)+$/', 2, ''],
    ['title="a/b/c" {1-3} /x+/ "text" frame="terminal"', 3, 'title="a/b/c" frame="terminal" {1-3}'],
    ["title='it\\'s /x/' del={2} /a\\/b/gi wrap", 3, 'title="it\'s /x/" del={2}'],
    ["'x /(a+)+$/ y'z", 3, ''],
    ['frame="window" title=plain', 3, 'title="plain"'],
    ['{1-2000000000}', 2, '{1-2}'],
    ['ins={9-12,2} {0} {"label":1-3} {7}', 10, 'ins={9-10,2} {1} {7}'],
    ['{40-50}', 3, ''],
    [`title="${'long '.repeat(50)}"`, 3, ''],
    ['showLineNumbers collapse={1-2}', 3, ''],
  ])('%j on a block of %i lines keeps only a title, a known frame and line ranges within the block: %j', (meta, lines, kept) => {
    expect(keepSafeFenceMeta(meta, lines).meta).toBe(kept);
  });

  test('keeps at most 20 line ranges, however many it is given', () => {
    const kept = keepSafeFenceMeta(Array.from({ length: 25 }, () => '{1-50000000}').join(' '), 5);
    expect(kept.meta).toBe(Array.from({ length: 20 }, () => '{1-5}').join(' '));
    expect(kept.dropped).toHaveLength(5);
  });

  test('reaches the page as what Expressive Code reads one way only, with a warning naming the file and line of each fence it changed', () => {
    const fences = [
      '```js frame="window"\nconst a = 1;\n```',
      '```js {1-2000000000}\nconst a = 1;\nconst b = 2;\n```',
      `\`\`\`js ${Array.from({ length: 25 }, () => '{1-50000000}').join(' ')}\nconst a = 1;\n\`\`\``,
      "```js 'x /(a+)+$/ y'z\naaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n```",
      '```js title="a \\\\" /x/" {2}\nconst a = 1;\nconst b = 2;\n```',
      '```js mark=/(a+)+$/ {2} "keep"\nconst s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac";\n```',
    ];
    const text = `---\nname: a\ndescription: d\n---\n\n## Testing\n\n${fences.join('\n\n')}\n`;
    const build = buildHandbook([{ file: 'agents/a.md', text }]);
    const mdx = emitMdx(build.pages.find((page) => page.id === 'topics/testing')!, { componentsModule: '~/components' });
    const codes: Code[] = [];
    visit(unified().use(remarkParse).use(remarkMdx).parse(mdx) as Root, 'code', (node: Code) => void codes.push(node));
    const read = codes.map((code) => new MetaOptions(code.meta ?? '').list().map((option) => [option.key ?? '', option.kind, String(option.value)]));
    expect(read).toEqual([
      // The captions the handbook gives are numbered where they repeat in a section; the author's own title stays.
      [['title', 'string', 'JavaScript — testing (1 of 5)']],
      [['', 'range', '1-2'], ['title', 'string', 'JavaScript — testing (2 of 5)']],
      [...Array.from({ length: 20 }, () => ['', 'range', '1']), ['title', 'string', 'JavaScript — testing (3 of 5)']],
      [['title', 'string', 'JavaScript — testing (4 of 5)']],
      [['title', 'string', 'a " /x/'], ['', 'range', '2']],
      [['title', 'string', 'JavaScript — testing (5 of 5)']],
    ]);
    const lines = [8, 12, 17, 21, 30];
    const warnings = build.report.problems.map(formatProblem);
    expect(warnings.map((warning) => warning.split(':').slice(0, 2).join(':'))).toEqual(lines.map((line) => `agents/a.md:${line}`));
    expect(warnings[0]).toContain('`frame="window"` was dropped');
    expect(warnings[1]).toContain("line range `{1-2000000000}` → `{1-2}` was cut to the block's 2 lines");
    expect(warnings[2]).toContain('`{1-50000000}`, `{1-50000000}`, `{1-50000000}` and 2 more were dropped');
    expect(warnings[3]).toContain("`'x /(a+)+$/ y'z` was dropped");
    expect(warnings[4]).toContain('`mark=/(a+)+$/`, `{2}`, `"keep"` were dropped');
    expect(build.report.problems.every((problem) => problem.severity === 'warning' && problem.hint)).toBe(true);
  });
});
