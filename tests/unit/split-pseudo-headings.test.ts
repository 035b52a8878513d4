import { describe, expect, test } from 'vitest';
import { readSections } from '../../src/core/classify/classify-agents.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';
import { walkSections } from '../../src/core/read/build-section-tree.ts';
import { parseAgent } from '../../src/core/read/parse-agent.ts';

/** The pseudo-headings of a body: heading → the types of the blocks under it. */
function pseudoSections(body: string): Array<[string, number, string[]]> {
  const parsed = parseAgent({ file: 'agent.md', text: `---\nname: a\ndescription: b\n---\n${body}` });
  if (!parsed.ok) throw new Error('not parsed');
  return [...walkSections(readSections(parsed.agent, taxonomy))].filter((section) => section.pseudo).map((section) => [section.heading!, section.line, section.blocks.map((block) => block.node.type)]);
}

describe('pseudo-headings: a line of text that heads the list under it', () => {
  test.each([
    ['Query optimization:', 'Query optimization'],
    ['体制チェック：', '体制チェック'],
    ['Points clés :', 'Points clés'],
    ['**Key Principles:**', 'Key Principles'],
    ['**Key Principles**:', 'Key Principles'],
    ['**Key Principles**', 'Key Principles'],
  ])('“%s” over a list is the heading “%s”, at its own line', (line, heading) => {
    expect(pseudoSections(`\nIntro.\n\n${line}\n- one\n- two\n`)).toEqual([[heading, 8, ['list']]]);
  });

  test('a blank line between the line and its list is fine, and lists in a row go with it', () => {
    expect(pseudoSections('\nChecks:\n\n- one\n\n* two\n\nAfter.\n')).toEqual([['Checks', 6, ['list', 'list']]]);
  });

  test.each([
    ['a line over a code block', 'Run this:\n\n```sh\nmake\n```\n'],
    ['a line over a paragraph', 'Note:\n\nSomething.\n'],
    ['a line inside a list item', '- Steps:\n  - one\n'],
    ['a line inside a quote', '> Checks:\n> - one\n'],
    ['a table cell', '| a | b |\n| - | - |\n| Checks: | x |\n\n- one\n'],
    ['a paragraph of two lines', 'First line of text\nand its end:\n- one\n'],
    ['a line longer than 80 characters', `${'word '.repeat(17)}:\n- one\n`],
    ['a line that ends without a colon', 'Query optimization\n\n- one\n'],
  ])('%s heads nothing', (_, body) => {
    expect(pseudoSections(`\n${body}`)).toEqual([]);
  });

  test('the blocks around a pseudo-heading stay with the section they stand in, in order', () => {
    const parsed = parseAgent({ file: 'agent.md', text: '---\nname: a\ndescription: b\n---\n## Databases\n\nBefore.\n\nIndexes:\n- one\n\nAfter.\n' });
    if (!parsed.ok) throw new Error('not parsed');
    const [databases] = readSections(parsed.agent, taxonomy);
    expect(databases!.blocks.map((block) => block.line)).toEqual([7, 12]);
    expect(databases!.children.map((child) => [child.heading, child.depth])).toEqual([['Indexes', 3]]);
  });
});
