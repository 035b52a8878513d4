import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { needsAutolinksOrFootnotes, remarkGfmWithoutAutolinks } from '../../src/core/read/gfm-without-autolinks.ts';

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
const light = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmWithoutAutolinks);

const corpus = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus');
const files = ['dev', 'bulk'].flatMap((set) => readdirSync(join(corpus, set)).map((name) => join(corpus, set, name)));

describe('GFM without its literal autolinks and footnotes', () => {
  test('gives the very tree remark-gfm gives, for every real agent file with neither', { timeout: 120_000 }, () => {
    const texts = files.map((file) => readFileSync(file, 'utf8')).filter((text) => !needsAutolinksOrFootnotes(text));
    expect(texts.length).toBeGreaterThan(400);
    for (const text of texts) expect(light.parse(text)).toEqual(full.parse(text));
  });

  test.each([
    ['See https://example.com for more.'],
    ['Visit www.example.com today.'],
    ['Write to team@example.com.'],
    ['A claim.[^1]\n\n[^1]: Its source.'],
  ])('is not used for %j, which GFM links or footnotes', (text) => {
    expect(needsAutolinksOrFootnotes(text)).toBe(true);
    expect(light.parse(text)).not.toEqual(full.parse(text));
  });

  test('tables, task lists and strikethrough still parse', () => {
    const text = '| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] task\n\n~~gone~~\n';
    expect(needsAutolinksOrFootnotes(text)).toBe(false);
    expect(light.parse(text)).toEqual(full.parse(text));
  });
});
