import { expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';

const text = `---
name: linker
description: Links with references
---

## Testing

See [OWASP][owasp], ![logo][img], [Docs][], [bad][js] and [missing][nope].

## References

[owasp]: https://owasp.org "OWASP"
[docs]: https://docs.example.com
[img]: https://example.com/logo.png
[js]: javascript:alert(1)
`;

test('a reference link keeps its address on a page without the file’s definitions; one that cannot work, or has none, is its text', () => {
  const { pages } = buildHandbook([{ file: 'linker.md', text }]);
  const topic = emitMdx(pages.find((page) => page.id === 'topics/testing')!, { componentsModule: '~/components' });
  expect(topic).toContain('See [OWASP](https://owasp.org "OWASP"), ![logo](https://example.com/logo.png), [Docs](https://docs.example.com), bad and \\[missing]\\[nope].');
  expect(topic).not.toContain('javascript:');
});

test('the first definition of a label wins, and one in a list item serves a file long enough to be parsed in pieces', () => {
  const long = `---\nname: defs\ndescription: Definitions\n---\n\n## Testing\n\nSee [x].\n\n- [y]: https://in-list.example\n\n[x]: https://first.example\n[x]: https://second.example\n\n${'A long paragraph. '.repeat(200)}\n\n## Security\n\nSee [y].\n`;
  const { pages } = buildHandbook([{ file: 'defs.md', text: long }]);
  const mdx = (id: string) => emitMdx(pages.find((page) => page.id === id)!, { componentsModule: '~/components' });
  expect(mdx('topics/testing')).toContain('See [x](https://first.example).');
  expect(mdx('topics/security')).toContain('See [y](https://in-list.example).');
});
