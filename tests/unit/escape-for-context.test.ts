import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { buildHandbook } from '../../src/core/index.ts';
import { escapeHtml, markdownInline, unescapeHtml } from '../../src/core/emit/escape-for-context.ts';
import { checklistMarkdown } from '../../src/components/checklist-state.ts';
import { escapeTitle } from '../../src/plugin/libs/route-middleware.ts';

/** Strings built from the characters that break out of HTML, Markdown and URLs, mixed with words. */
const hostileText = fc.stringMatching(/^[a-z <>&"'`*_[\]()\\!#|~:;/=\n\t.-]{0,40}$/u);
const breakouts = ['</title><script>alert(1)</script>', '</script><script>alert(2)</script>', '</style><img src=x onerror=alert(3)>', '--> <!-- x', '"><img src=x onerror=alert(4)>', '<svg onload=alert(5)>', '[x](javascript:alert(6))', '<vbscript:msgbox(7)>', '&lt;b&gt; &amp;'];

describe('HTML text and attribute values', () => {
  test.each(breakouts)('%j becomes text that contains no tag, quote or character reference', (value) => {
    const escaped = escapeHtml(value);
    expect(escaped).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/u);
    expect(unescapeHtml(escaped)).toBe(value);
  });

  test('any text comes back unchanged from escapeHtml then unescapeHtml', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (value) => unescapeHtml(escapeHtml(value)) === value));
  });

  test('a page title is escaped in the <title> Starlight writes with set:html, and the site\'s own head code is not', () => {
    const head = [
      { tag: 'title' as const, attrs: {}, content: 'Use <T> generics | Handbook' },
      { tag: 'script' as const, attrs: {}, content: 'console.log("<ok>")' },
      { tag: 'meta' as const, attrs: { property: 'og:title', content: '</title>' } },
    ];
    escapeTitle(head);
    expect(head.map((entry) => entry.content)).toEqual(['Use &lt;T&gt; generics | Handbook', 'console.log("<ok>")', undefined]);
    expect(head[2]!.attrs).toEqual({ property: 'og:title', content: '</title>' });
  });
});

describe('Markdown the handbook writes', () => {
  /** What a Markdown reader makes of `[text](url): text`: the nodes of kinds other than text, and the link texts. */
  function read(line: string): { kinds: Set<string>; text: string } {
    const tree = fromMarkdown(line) as Nodes;
    const kinds = new Set<string>();
    visit(tree, (node) => {
      kinds.add(node.type);
    });
    return { kinds, text: toString(tree) };
  }

  test.each(breakouts)('%j reads as the same text, with no link, HTML, code or emphasis of its own', (value) => {
    const line = `- [${markdownInline(value)}](https://handbook.example/page/): ${markdownInline(value)}`;
    const { kinds, text } = read(line);
    expect([...kinds].filter((kind) => !['root', 'list', 'listItem', 'paragraph', 'link', 'text'].includes(kind))).toEqual([]);
    const links: string[] = [];
    visit(fromMarkdown(line), 'link', (node) => {
      links.push(node.url);
    });
    expect(links).toEqual(['https://handbook.example/page/']);
    expect(text).toBe(`${value.replace(/\s+/gu, ' ').trim()}: ${value.replace(/\s+/gu, ' ').trim()}`);
  });

  test('any text stays one line of the same text, and never adds a link or markup', () => {
    fc.assert(
      fc.property(hostileText, (value) => {
        const shown = value.replace(/\s+/gu, ' ').trim();
        const { kinds, text } = read(`# ${markdownInline(value)}`);
        const extra = [...kinds].filter((kind) => !['root', 'heading', 'text'].includes(kind));
        return extra.length === 0 && (shown === '' || text === shown.replace(/\s*#+$/u, '').trim() || text === shown);
      }),
    );
  });

  test('snake_case and "Errors & logging" read as written, without backslashes', () => {
    expect(markdownInline('snake_case and Errors & logging')).toBe('snake_case and Errors & logging');
  });

  test('a checklist copied as Markdown keeps a hostile term as text', () => {
    const term = '](javascript:alert(1)) <img src=x onerror=alert(2)>';
    const { pages } = buildHandbook([{ file: 'a.md', text: `---\nname: a\ndescription: d\n---\n\n## Testing\n\n- **${term}**: Advice with \`code\`\n- **Unit**: Tests\n` }]);
    const items: MdxJsxFlowElement[] = [];
    visit({ type: 'root', children: pages.find((page) => page.id === 'topics/testing')!.body } as Nodes, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      if (node.name === 'ChecklistItem') items.push(node);
    });
    const markdown = (node: MdxJsxFlowElement) => node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'markdown')!.value as string;
    const copied = checklistMarkdown(items.map((node) => ({ markdown: markdown(node), done: false, url: 'https://handbook.example/#x' })));
    const links: string[] = [];
    const kinds = new Set<string>();
    visit(fromMarkdown(copied), (node) => {
      kinds.add(node.type);
      if (node.type === 'link') links.push(node.url);
    });
    expect(links).toEqual(['https://handbook.example/#x', 'https://handbook.example/#x']);
    expect(kinds.has('html')).toBe(false);
    expect(toString(fromMarkdown(copied.split('\n')[0]!))).toBe(`[ ] ${term}: Advice with code (link)`);
  });
});
