import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';
import { describeUnknownFenceLanguages, highlighterLanguage } from '../../src/core/render/highlighter-languages.ts';

describe('fence languages and the highlighter', () => {
  test('a language Shiki knows keeps its name, an alias too, and one written in capitals is found in lower case', () => {
    expect(['go', 'ts', 'sh', 'Python', 'YAML', 'text'].map(highlighterLanguage)).toEqual(['go', 'ts', 'sh', 'python', 'yaml', 'text']);
  });

  test('a language Shiki does not know is shown as text', () => {
    expect(['cedar', 'yara', 'no-such-language'].map(highlighterLanguage)).toEqual(['text', 'text', 'text']);
  });

  test('the report names each unknown language once, with its blocks, and the build says so in one line', () => {
    const text = '---\nname: policy\ndescription: Writes policies\n---\n\n## Security\n\n```cedar\npermit(a, b, c);\n```\n\n- Deny by default:\n\n  ```cedar\n  forbid(a, b, c);\n  ```\n\n```yara\nrule x { condition: true }\n```\n\n```Python\nx = 1\n```\n';
    const { report, pages } = buildHandbook([{ file: 'policy.md', text }]);
    const security = emitMdx(pages.find((page) => page.id === 'topics/security')!, { componentsModule: '~/components' });
    // The blocks are written as text, captioned by their language; "Python" is highlighted as `python`.
    expect(security.match(/^\s*```\w+.*$/gmu)!.map((line) => line.trim())).toEqual(['```text title="Cedar — security"', '```text', '```text title="Yara — security"', '```python title="Python — security"']);
    expect(report.unknownFenceLanguages).toEqual([
      { language: 'cedar', blocks: 2 },
      { language: 'yara', blocks: 1 },
    ]);
    expect(describeUnknownFenceLanguages(report.unknownFenceLanguages)).toBe('Code blocks in languages the highlighter does not know are shown as plain text: "cedar" (2 blocks), "yara" (one block).');
    expect(describeUnknownFenceLanguages([])).toBeNull();
  });
});
