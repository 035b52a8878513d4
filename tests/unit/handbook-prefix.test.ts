import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import { parseOptions } from '../../src/plugin/libs/config.ts';
import { handbookGenerator, type Generate } from '../../src/plugin/libs/generate.ts';
import { handbookSidebar } from '../../src/plugin/libs/sidebar.ts';
import { siteSidebar } from '../../src/plugin/libs/site-sidebar.ts';
import { generateOptions, makeSite } from './site-folder.ts';

const agentText = '---\nname: api-builder\ndescription: Builds APIs\n---\n\n## Security\n- **SQL Injection**: Prepared statements\n';

function generateIn(root: string, prefix: string): ReturnType<Generate> {
  return handbookGenerator(generateOptions(root, prefix))();
}

const docsFiles = (root: string) =>
  (readdirSync(join(root, 'src/content/docs'), { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.mdx') || name.endsWith('.md')).sort();

describe('the prefix option', () => {
  test('defaults to handbook, and takes paths with or without slashes', () => {
    expect(parseOptions(undefined).prefix).toBe('handbook');
    expect(parseOptions({}).prefix).toBe('handbook');
    expect(parseOptions({ prefix: '/team/handbook/' }).prefix).toBe('team/handbook');
    expect(parseOptions({ prefix: '/' }).prefix).toBe('');
  });

  test('refuses a prefix that is no path, naming the option', () => {
    expect(() => parseOptions({ prefix: 'Team Handbook' })).toThrow(/prefix: use lowercase path segments/u);
    expect(() => parseOptions({ prefix: '../up' })).toThrow(/prefix/u);
  });
});

describe('a handbook under a prefix, in a site with pages of its own', () => {
  let root: string;
  beforeEach(() => {
    root = makeSite({
      'agents/api-builder.md': agentText,
      'src/content/docs/index.mdx': '---\ntitle: Acme docs\n---\n\nWelcome.\n',
      'src/content/docs/guides/setup.md': '---\ntitle: Setup\n---\n\nInstall it.\n',
      'src/content/docs/404.md': '---\ntitle: Lost\n---\n\nNothing here.\n',
    });
  });

  test('writes its pages below the prefix, links within it, and leaves the 404 page to the site', () => {
    const { build } = generateIn(root, 'handbook');
    expect(docsFiles(root)).toEqual(expect.arrayContaining(['404.md', 'guides/setup.md', 'index.mdx', 'handbook/index.mdx', 'handbook/topics/security.mdx']));
    expect(docsFiles(root).filter((name) => name.startsWith('handbook/404'))).toEqual([]);
    expect(build.report.pages.every((page) => page.url.startsWith('/handbook/'))).toBe(true);
    expect(readFileSync(join(root, 'src/content/docs/handbook/index.mdx'), 'utf8')).toContain('title: Team Handbook');
  });

  test('removes the pages it no longer needs, and never a page of the site, and says what changed', () => {
    generateIn(root, 'handbook');
    writeFileSync(join(root, 'src/content/docs/handbook/notes.mdx'), '---\ntitle: Our notes\n---\n\nKept.\n');
    writeFileSync(join(root, 'agents/api-builder.md'), agentText.replace('## Security', '## Testing'));
    const { changes } = generateIn(root, 'handbook');
    expect(changes.add).toContain(join(root, 'src/content/docs/handbook/topics/testing.mdx'));
    expect(changes.unlink).toContain(join(root, 'src/content/docs/handbook/topics/security.mdx'));
    expect(changes.unlink.every((file) => file.includes('/security'))).toBe(true);
    expect(docsFiles(root)).toContain('handbook/notes.mdx');
    expect(docsFiles(root)).toContain('handbook/topics/testing.mdx');
    expect(docsFiles(root)).not.toContain('handbook/topics/security.mdx');
  });

  test('refuses to take the address of a page of the site, and says which and what to do', () => {
    writeFileSync(join(root, 'src/content/docs/index.mdx'), '---\ntitle: Acme docs\n---\n');
    expect(() => generateIn(root, '')).toThrow(/src\/content\/docs\/index\.mdx has the address of the handbook's “Team Handbook” page\.\n- src\/content\/docs\/404\.md has the address of the handbook's “Page not found” page/u);
    mkdirSync(join(root, 'src/pages/handbook'), { recursive: true });
    writeFileSync(join(root, 'src/pages/handbook/index.astro'), '<p>Ours</p>\n');
    expect(() => generateIn(root, 'handbook')).toThrow(/src\/pages\/handbook\/index\.astro has the address of the handbook's “Team Handbook” page/u);
    expect(readFileSync(join(root, 'src/content/docs/index.mdx'), 'utf8')).toBe('---\ntitle: Acme docs\n---\n');
  });
});

describe('the sidebar', () => {
  const build = buildHandbook([{ file: 'api-builder.md', text: agentText }], { base: '/handbook/' });
  const slugs = (items: unknown): string[] => JSON.stringify(items).match(/"(?:slug|directory)":"[^"]*"/gu) ?? [];

  test('under a prefix, follows the site’s own groups and starts with the handbook’s home page', () => {
    const sidebar = handbookSidebar([{ label: 'Guides', items: [{ slug: 'guides/setup' }] }], build, { prefix: 'handbook', title: 'Team Handbook' });
    expect(sidebar[0]).toEqual({ label: 'Guides', items: [{ slug: 'guides/setup' }] });
    expect(sidebar[1]).toEqual({ label: 'Team Handbook', slug: 'handbook' });
    expect(slugs(sidebar.slice(1)).every((entry) => entry.includes(':"handbook'))).toBe(true);
  });

  test('for a site without a sidebar, lists the site’s own pages and folders as Starlight would', () => {
    const root = makeSite({
      'src/content/docs/index.mdx': '',
      'src/content/docs/Getting Started.md': '',
      'src/content/docs/guides/setup.md': '',
      'src/content/docs/404.md': '',
      'src/content/docs/handbook/index.mdx': '',
      'src/content/docs/logo.png': '',
    });
    expect(siteSidebar(join(root, 'src/content/docs'), 'handbook')).toEqual([
      { slug: 'getting-started' },
      { label: 'guides', items: [{ autogenerate: { directory: 'guides' } }] },
      { slug: 'index' },
    ]);
  });
});

