import { readFileSync } from 'node:fs';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx, mergeTaxonomy, taxonomy } from '../../src/core/index.ts';
import { readHeading } from '../../src/core/classify/read-heading.ts';

const agent = (frontmatter: string, body = '## Testing\n- **Unit**: tests\n') => `---\n${frontmatter}\n---\n\n${body}`;

describe('content is data', () => {
  test.each([
    ['../../x', 'x'],
    ['a/b\\c', 'abc'],
    ['한국어 에이전트', '한국어-에이전트'],
    ['..', 'agent'],
    // `agents/index` would take the place of the page of all agents, and Astro leaves out `_` files.
    ['index', 'index-1'],
    ['_base-reviewer', 'base-reviewer'],
    ['__proto__', 'proto__'],
  ])('the name %j gives the safe slug %j', (name, slug) => {
    const { report, pages, exports } = buildHandbook([{ file: 'a.md', text: agent(`name: ${JSON.stringify(name)}\ndescription: d`) }]);
    expect(report.agents[0]?.slug).toBe(slug);
    for (const page of pages) expect(page.id).not.toMatch(/\.\.|\\|^\//u);
    for (const asset of exports.all()) expect(asset.path).not.toMatch(/\.\.|\\|^\//u);
  });

  test('frontmatter values reach the MDX only as text: no element or expression of their own', () => {
    const hostile = `name: "x</script><script>alert(1)</script>"\ndescription: "{alert(2)} <img src=x onerror=alert(3)> &lt;b&gt;"`;
    const { pages } = buildHandbook([{ file: 'a.md', text: agent(hostile) }]);
    // The handbook's own components and the Starlight ones it uses: no other element may appear.
    const components = readFileSync('src/components/index.ts', 'utf8');
    const ours = new Set([...[...components.matchAll(/export \{ default as (\w+) \}/gu)].map((match) => match[1]!), 'Tabs', 'TabItem', 'FileTree', 'LinkCard', 'CardGrid']);
    for (const page of pages) {
      const tree = unified().use(remarkParse).use(remarkMdx).parse(emitMdx(page, { componentsModule: '~/components' }).replace(/^---\n[\s\S]*?\n---\n/u, ''));
      visit(tree, (node) => {
        expect(['mdxFlowExpression', 'mdxTextExpression'], `${page.id}: an expression`).not.toContain(node.type);
        if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          expect(ours.has(node.name ?? ''), `${page.id}: <${node.name}>`).toBe(true);
          for (const attribute of node.attributes) {
            // MDX decodes "&lt;" in attribute values: the author's literal "&lt;b&gt;" must not become "<b>".
            if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string') expect(attribute.value).not.toContain('<b>');
          }
        }
      });
    }
  });

  test('lines that MDX would run as code, or Starlight read as directives, stay text on every page', () => {
    const lines = ["import fs from 'node:fs'", 'export const pwned = 1', 'export the build artefacts before tagging.', ':::danger[Never skip CI]', '::leaf[x]{a=b}', 'export const joined = 1', "import x from 'y'"];
    // A link or image that cannot work here becomes its text, beside the text after it.
    const joined = `[ex](./notes.md)port const joined = 1\n\n![i](local.png)mport x from 'y'`;
    const body = `${lines[0]}\n${lines[1]}\n\n## Testing\n\n${lines[2]}\n\n${lines[3]}\nMerging breaks main.\n:::\n\n${lines[4]}\n\n${joined}\n\n- **Unit**: tests\n  ${lines[0]}\n`;
    const { pages } = buildHandbook([{ file: 'a.md', text: agent('name: a\ndescription: d', body) }]);
    let shown = '';
    for (const page of pages.filter((page) => page.kind === 'topic' || page.kind === 'agent')) {
      const tree = unified().use(remarkParse).use(remarkMdx).use(remarkDirective).parse(emitMdx(page, { componentsModule: '~/components' }).replace(/^---\n[\s\S]*?\n---\n/u, ''));
      visit(tree, (node) => {
        // The only code is the page's own imports of components.
        if (node.type === 'mdxjsEsm') expect(node.value, page.id).toMatch(/^import \{ [\w, ]+ \} from '(~\/components|@astrojs\/starlight\/components)';$/u);
        expect(['containerDirective', 'leafDirective'], `${page.id}: a directive`).not.toContain(node.type);
      });
      // Starlight restores a text directive that nothing handles ("node:fs") to its text.
      visit(tree, 'textDirective', (node, index, parent) => {
        if (parent && index !== undefined && node.children.length === 0 && Object.keys(node.attributes ?? {}).length === 0) parent.children.splice(index, 1, { type: 'text', value: `:${node.name}` });
      });
      shown += toString(tree);
    }
    for (const line of lines) expect(shown, line).toContain(line);
  });

  test('a heading shared by agents makes a topic page of its own, never one the handbook keeps', () => {
    const body = (n: number) => `## Index\n\nLanterns hang along the river (${n}).\n\n## _Lantern Notes\n\nWicks are trimmed each evening (${n}).\n\n## Done\n\nThe bells ring at nine (${n}).\n`;
    const { pages } = buildHandbook([1, 2].map((n) => ({ file: `${n}.md`, text: agent(`name: keeper-${n}\ndescription: Keeps lanterns`, body(n)) })));
    const ids = pages.map((page) => page.id);
    expect(ids).toEqual(expect.arrayContaining(['topics/index-1', 'topics/lantern-notes', 'topics/done-1', 'topics']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).not.toMatch(/\/(_|index$)/u);
  });

  test('HTML nested thousands deep, past what the HTML tools can recurse, shows as its text', () => {
    const { pages, report } = buildHandbook([{ file: 'a.md', text: agent('name: a\ndescription: d', `## Testing\n\n${'<b>'.repeat(1500)}deep\n\n${'<div>\n'.repeat(3000)}\n`) }]);
    expect(report.agents[0]?.placedBlocks).toBe(report.agents[0]?.sourceBlocks);
    const topic = emitMdx(pages.find((page) => page.id === 'topics/testing')!, { componentsModule: '~/components' });
    expect(topic).toContain(`${'\\<b>'.repeat(3)}`);
    expect(topic).not.toMatch(/^<div>/mu);
  });

  test('a name or a shared heading of hundreds of characters makes a page whose file name the file system takes', () => {
    const long = 'Very long name '.repeat(30);
    const { pages } = buildHandbook([1, 2].map((n) => ({ file: `${n}.md`, text: agent(`name: ${long}${n}\ndescription: d`, `## 長い見出し${'あ'.repeat(200)}\n\nShared (${n}).\n`) })));
    const ids = pages.map((page) => page.id);
    expect(ids.filter((id) => /^(agents|topics)\/./u.test(id)).length).toBeGreaterThanOrEqual(3);
    for (const id of ids) for (const segment of id.split('/')) expect(new TextEncoder().encode(`${segment}.mdx`).length, id).toBeLessThanOrEqual(255);
    expect(ids).toEqual(expect.arrayContaining([`agents/${'very-long-name-'.repeat(8).slice(0, -1)}`, `agents/${'very-long-name-'.repeat(8).slice(0, -1)}-1`]));
  });

  test('two agents with the same name keep distinct pages, with a warning', () => {
    const { report } = buildHandbook([
      { file: 'a.md', text: agent('name: twin\ndescription: first') },
      { file: 'b.md', text: agent('name: twin\ndescription: second') },
    ]);
    expect(report.agents.map((entry) => entry.slug)).toEqual(['twin', 'twin-1']);
    expect(report.problems).toMatchObject([{ file: 'b.md', severity: 'warning', message: expect.stringContaining('a.md, has the same name, "twin"') }]);
  });
});

describe('a taxonomy file', () => {
  test('adds a language and a topic, and extends an existing language', () => {
    const merged = mergeTaxonomy(taxonomy, {
      languages: [{ slug: 'elixir', label: 'Elixir', aliases: ['elixir'], fences: ['elixir', 'ex'] }, { slug: 'go', aliases: ['gopher'] }],
      topics: [{ slug: 'ml', label: 'Machine learning', aliases: ['machine learning'] }],
    });
    expect(readHeading('Elixir Processes', merged).language).toBe('elixir');
    expect(readHeading('Gopher Idioms', merged).language).toBe('go');
    expect(readHeading('Machine Learning Models', merged).topics).toEqual(['ml']);
    expect(merged.topics.at(-1)?.slug).toBe('ml');
  });

  test('can replace an entry whole', () => {
    const merged = mergeTaxonomy(taxonomy, { languages: [{ slug: 'go', label: 'Golang', aliases: ['golang'], replace: true }] });
    expect(readHeading('Go Development', merged).language).toBeNull();
    expect(readHeading('Golang Development', merged).language).toBe('go');
  });
});
