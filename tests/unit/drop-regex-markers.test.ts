import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';
import { dropRegexMarkers } from '../../src/core/render/drop-regex-markers.ts';

describe('a code fence’s regular-expression markers, which Expressive Code would run at build time', () => {
  test.each([
    ['mark=/(a+)+$/ ins=/(b+)+$/', ''],
    ['title="a/b/c" {1-3} /x+/ "text" frame="terminal"', 'title="a/b/c" {1-3} "text" frame="terminal"'],
    ["title='it\\'s /x/' del={2} /a\\/b/gi wrap", "title='it\\'s /x/' del={2} wrap"],
    ['showLineNumbers', 'showLineNumbers'],
  ])('are dropped from %j, and the rest kept: %j', (meta, kept) => {
    expect(dropRegexMarkers(meta)).toBe(kept);
  });

  test('never reach a page, whose fence keeps its line and text markers', () => {
    const text = '---\nname: a\ndescription: d\n---\n\n## Testing\n\n```js mark=/(a+)+$/ {2} "keep"\nconst s = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaac";\n```\n';
    const { pages } = buildHandbook([{ file: 'a.md', text }]);
    const mdx = emitMdx(pages.find((page) => page.id === 'topics/testing')!, { componentsModule: '~/components' });
    expect(mdx).toMatch(/^```js \{2\} "keep" title="[^"]*"$/mu);
    expect(mdx).not.toContain('(a+)+');
  });
});
