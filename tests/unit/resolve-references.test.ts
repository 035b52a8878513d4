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
