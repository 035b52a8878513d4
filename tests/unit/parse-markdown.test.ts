import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkCjkFriendly from 'remark-cjk-friendly/parseOnly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/core/read/parse-markdown.ts';
import { scanMarkdown } from '../../src/core/read/scan-markdown.ts';

/** The same parser, run over the whole text at once. */
const whole = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkCjkFriendly);
const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'dev');

/** Lines that open, close or break Markdown constructs, to build documents from. */
const lines = [
  '', '', '', '## Heading', '# Top', '###### Deep', '#', '---', '***', 'Text of a paragraph.', 'Lazy continuation',
  '- item', '  - nested item', '1. ordered', '> quoted', '> ```', '```', '```go', '````', '~~~', '  ```', '    indented code',
  '<div>', '</div>', '<script>', '</script>', '<!-- comment', '-->', '<?php', '?>', '<!DOCTYPE html>', '<![CDATA[', ']]>',
  '| a | b |', '| - | - |', 'Setext', '===', '[ref]: https://example.com', '- [ref]: https://example.com', '> [^2]: quoted note', 'A [ref] link', '[^1]: a footnote', 'Note[^1]',
  '\t## tabbed', ' ## one space', '#hashtag', 'name: value', '<pre>', '</pre>',
  '- item', '- item', '* star item', '+ plus item', ' - indented item', '- [ ] task', '- - -', '* * *', '-', '- ', '  continued',
  '    - deep item', '2. two', '1) paren', '- ```', '- <div>', '- > quoted item', 'a *b', '- c*', '> - quoted item', '  > ```', '- ~~~',
];

describe('parsing in pieces', () => {
  test('gives the same tree as parsing whole, for every real agent file cut at every place it can be', () => {
    for (const name of readdirSync(corpus)) {
      const text = readFileSync(join(corpus, name), 'utf8');
      expect(parseMarkdown(text, 0), name).toEqual({ ok: true, tree: whole.parse(text) });
    }
  }, 60_000);

  test('gives the same tree as parsing whole, for documents of tricky lines in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 60 }), (picked) => {
        const text = picked.join('\n');
        expect(parseMarkdown(text, 0)).toEqual({ ok: true, tree: whole.parse(text) });
      }),
      { numRuns: Number(process.env['FUZZ_RUNS'] ?? 300) },
    );
  }, 600_000);

  test('cuts only before headings at the margin that follow a blank line, outside fences, frontmatter and raw HTML', () => {
    const text = ['---', 'name: x', '', '## not here: frontmatter', '---', '', '## here', '', '```', '', '## not here: code', '```', '', '<!--', '', '## not here: comment', '-->', '', '## here too'].join('\n');
    expect(scanMarkdown(text).cuts.map((offset) => text.slice(offset).split('\n')[0])).toEqual(['---', '## here', '## here too']);
  });
  test('cuts a long list before its bullet items at the margin, until a fence or quote in it leaves the scan unsure where they end', () => {
    const text = ['## List', '', '- one', '  - nested', '- two', '* other list', '- three', '  ```', '  code', '- four', '', '## Next', '', '- five'].join('\n');
    expect(scanMarkdown(text).cuts.map((offset) => text.slice(offset).split('\n')[0])).toEqual(['## List', '- one', '- two', '* other list', '- three']);
    // Two lists cut apart are joined again where they were one.
    expect(parseMarkdown(text, 0)).toEqual({ ok: true, tree: whole.parse(text) });
  });

  test('stops at a line that nests deeper than it can follow, before parsing it', () => {
    const text = `Intro\n\n${Array.from({ length: 120 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth}`).join('\n')}\n`;
    expect(parseMarkdown(text)).toEqual({ ok: false, line: 122, depth: 120 });
    expect(parseMarkdown(`\`\`\`\n${' '.repeat(400)}code\n\`\`\`\n`).ok).toBe(true);
  });

  test('stops at emphasis nested deeper than its tree walks can follow', () => {
    expect(parseMarkdown(`# Title\n\n${'*'.repeat(1000)}x${'*'.repeat(1000)}\n`)).toMatchObject({ ok: false, line: 3 });
  });
});
