import { describe, expect, test } from 'vitest';
import { nestAmbiguousFences } from '../../src/core/read/nest-ambiguous-fences.ts';

const read = (text: string) => nestAmbiguousFences('docs.md', text.split('\n'), 0);

describe('a code block that holds code blocks fenced the same way', () => {
  const template = ['```markdown', '# Title', '', '```bash', 'npm install', '```', '', 'More of the template.', '```', '', 'After it.'].join('\n');

  test('keeps the inner blocks inside it, to its last closing line, with a warning naming both readings', () => {
    const { lines, problems } = read(template);
    expect(lines).toEqual(['````markdown', '# Title', '', '```bash', 'npm install', '```', '', 'More of the template.', '````', '', 'After it.']);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'docs.md', line: 1, severity: 'warning', message: expect.stringContaining('ending on line 9, with the blocks inside it. GitHub and most editors end it on line 6') }),
    ]);
    expect(problems[0]!.hint).toContain('open and close it with ````');
  });

  test('reports lines as the file numbers them', () => {
    expect(nestAmbiguousFences('docs.md', template.split('\n'), 4).problems[0]!.line).toBe(5);
  });

  test('is read as CommonMark reads it where the nested reading never closes', () => {
    const text = ['```python', 'x = 1', '```bash', 'ls', '```', 'Prose.', '```go', 'fmt.Println()', '```'].join('\n');
    expect(read(text)).toEqual({ lines: text.split('\n'), problems: [] });
  });

  test('leaves blocks alone whose inner fences are already shorter, or use the other mark', () => {
    for (const text of [
      ['````markdown', '```bash', 'ls', '```', '````'].join('\n'),
      ['~~~markdown', '```bash', 'ls', '```', '~~~'].join('\n'),
      ['```go', 'fmt.Println()', '```', '', '```bash', 'ls', '```'].join('\n'),
    ]) {
      expect(read(text)).toEqual({ lines: text.split('\n'), problems: [] });
    }
  });

  test('reads nothing in the frontmatter as a fence', () => {
    const text = ['---', 'name: docs', 'description: |', '  ```markdown', '  ```bash', '  ```', '  ```', '---', '', 'Body.'].join('\n');
    expect(read(text)).toEqual({ lines: text.split('\n'), problems: [] });
  });
});
