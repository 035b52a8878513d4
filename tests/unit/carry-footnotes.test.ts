import { expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';

const agent = (name: string, body: string) => ({ file: `${name}.md`, text: `---\nname: ${name}\ndescription: Footnotes\n---\n\n${body}` });

test('a footnote shows its note on the page that refers to it, and two files’ notes of the same label stay apart', () => {
  const { pages, report } = buildHandbook([
    agent('first', 'You are a testing expert.\n\n[^tdd]: Kent Beck, Test-Driven Development by Example.\n\n## Testing\n\nWrite tests first[^tdd], see[^1].\n\n[^1]: The first file’s note.\n'),
    agent('second', '## Testing\n\nTest the edges[^1].\n\n[^1]: The second file’s note.\n'),
  ]);
  const topic = emitMdx(pages.find((page) => page.id === 'topics/testing')!, { componentsModule: '~/components' });
  expect(topic).toContain('Write tests first[^first-tdd], see[^first-1].');
  expect(topic).toContain('Test the edges[^second-1].');
  expect(topic).toContain('[^first-tdd]: Kent Beck, Test-Driven Development by Example.');
  expect(topic).toContain('[^first-1]: The first file’s note.');
  expect(topic).toContain('[^second-1]: The second file’s note.');
  for (const entry of report.agents) expect(entry.placedBlocks).toBe(entry.sourceBlocks);
});
