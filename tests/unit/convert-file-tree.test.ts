import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { convertFileTree, isFileTree } from '../../src/core/render/convert-file-tree.ts';

/** The list as indented lines, one per entry, for readable expectations. */
function outline(list: List, depth = 0): string[] {
  return list.children.flatMap((item) => {
    const [first, nested] = item.children;
    return [`${'  '.repeat(depth)}${toString(first)}`, ...(nested?.type === 'list' ? outline(nested, depth + 1) : [])];
  });
}

describe('drawn directory trees', () => {
  const goLayout = ['project/', '├── cmd/           # Main applications', '├── internal/      # Private application code', '└── docs/          # Documentation'].join('\n');

  test('a tree drawn with box characters is recognised', () => {
    expect(isFileTree(goLayout)).toBe(true);
  });

  test('code that is not a tree is left alone', () => {
    expect(isFileTree('if err != nil {\n    return err\n}')).toBe(false);
  });

  test('entries keep their nesting and their # comments', () => {
    expect(outline(convertFileTree(goLayout))).toEqual([
      'project/',
      '  cmd/ Main applications',
      '  internal/ Private application code',
      '  docs/ Documentation',
    ]);
  });

  test('nested folders become nested lists', () => {
    const tree = ['project/', '├── src/', '│   ├── controllers/', '│   └── services/', '├── tests/', '└── prisma/'].join('\n');
    expect(outline(convertFileTree(tree))).toEqual(['project/', '  src/', '    controllers/', '    services/', '  tests/', '  prisma/']);
  });

  test('ASCII trees drawn with |-- and `-- work too', () => {
    const tree = ['app/', '|-- main.py  # entry point', '`-- utils/'].join('\n');
    expect(outline(convertFileTree(tree))).toEqual(['app/', '  main.py entry point', '  utils/']);
  });
});
