import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { readTermList } from '../../src/core/link/detect-term-list.ts';

function firstList(markdown: string): List {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const list = tree.children.find((node): node is List => node.type === 'list');
  if (!list) throw new Error('no list');
  return list;
}

const terms = (markdown: string) =>
  readTermList(firstList(markdown))?.map((item) => [item.term, item.advice.map((node) => toString(node)).join('')]) ?? null;

describe('term lists', () => {
  test('`- **Term**: advice` gives the term and the advice', () => {
    expect(terms('- **SQL Injection**: Prepared statements\n- **CORS**: Configured appropriately\n')).toEqual([
      ['SQL Injection', 'Prepared statements'],
      ['CORS', 'Configured appropriately'],
    ]);
  });

  test('a colon inside the bold works too', () => {
    expect(terms('- **Coverage:** Critical paths\n')).toEqual([['Coverage', 'Critical paths']]);
  });

  test('dashes separate term and advice', () => {
    expect(terms('- **Fixtures** — Shared setup\n- **Mocks** - Isolate\n')).toEqual([
      ['Fixtures', 'Shared setup'],
      ['Mocks', 'Isolate'],
    ]);
  });

  test('inline code in the advice is kept', () => {
    expect(terms('- **Type Safety**: Avoid `any`, use proper types\n')).toEqual([['Type Safety', 'Avoid any, use proper types']]);
  });

  test('a list with one plain item is not a term list', () => {
    expect(terms('- **Term**: advice\n- plain item\n')).toBeNull();
  });

  test('bold text without a separator is not a term', () => {
    expect(terms('- **Bold** words in a sentence\n')).toBeNull();
  });
});

describe('task lists', () => {
  test('a GFM task list is read, each task its own term, ticked or not', () => {
    expect(terms('- [ ] Run the tests before pushing\n- [x] **Secrets**: none in the diff\n- [ ] Update the changelog\n')).toEqual([
      ['Run the tests before pushing', ''],
      ['Secrets', 'none in the diff'],
      ['Update the changelog', ''],
    ]);
  });

  test('a list of plain items is no practice list', () => {
    expect(terms('- Run the tests\n- Update the changelog\n')).toBeNull();
  });
});
