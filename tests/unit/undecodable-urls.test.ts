import type { Nodes } from 'mdast';
import { describe, expect, test } from 'vitest';
import { buildHandbook, checkAgent, formatProblem } from '../../src/core/index.ts';
import { walkNodes } from '../../src/core/walk-nodes.ts';

const text = `---
name: links
description: Links and images with percent escapes.
---

## Testing

See ![diagram](https://example.com/%E0%A4%A.png) and [the guide](https://example.com/100%-covered), not [café](https://example.com/caf%C3%A9).

- **Coverage**: Read <https://example.com/%ZZ> and [the report][report] first.

[report]:
  https://example.com/%E0%A4
`;

describe('links and images whose address cannot be decoded', () => {
  const build = buildHandbook([{ file: 'agents/links.md', text }]);
  const testing = build.pages.find((page) => page.id === 'topics/testing')!;

  test('are shown as their text, and every address left on a page decodes', () => {
    const urls: string[] = [];
    walkNodes(testing.body, (node: Nodes) => void ((node.type === 'link' || node.type === 'image') && urls.push(node.url)));
    expect(urls).toContain('https://example.com/caf%C3%A9');
    for (const url of urls) expect(() => decodeURI(url), url).not.toThrow();
    const page = JSON.stringify(testing.body);
    for (const shown of ['diagram', 'the guide', 'https://example.com/%ZZ', 'the report']) expect(page).toContain(`"value":"${shown}"`);
    const markdown = build.exports.get('topics/testing/index.md')!.content;
    expect(markdown).toContain('See diagram and the guide, not [café](https://example.com/caf%C3%A9).');
  });

  test('each with a warning naming the file and its line', () => {
    expect(build.report.problems.map((problem) => formatProblem(problem).split('\n')[0])).toEqual([
      'agents/links.md:8: The address of this image, `https://example.com/%E0%A4%A.png`, has a `%` that does not start an escape that decodes, so the image is shown as its text.',
      'agents/links.md:8: The address of this link, `https://example.com/100%-covered`, has a `%` that does not start an escape that decodes, so the link is shown as its text.',
      'agents/links.md:10: The address of this link, `https://example.com/%ZZ`, has a `%` that does not start an escape that decodes, so the link is shown as its text.',
      'agents/links.md:10: The address of this link, `https://example.com/%E0%A4`, has a `%` that does not start an escape that decodes, so the link is shown as its text.',
    ]);
    expect(checkAgent({ file: 'agents/links.md', text }).problems).toEqual(build.report.problems);
  });
});
