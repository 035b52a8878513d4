import { buildHandbook } from '../src/core/index.ts';
import { emitMdx } from '../src/core/emit/emit-mdx.ts';
const body = "import fs from 'node:fs'\nexport const pwned = 1\n\n## Testing\n\nx\n";
const { pages } = buildHandbook([{ file: 'a.md', text: `---\nname: a\ndescription: d\n---\n\n${body}` }]);
for (const p of pages) if (p.kind === 'agent' || p.kind === 'topic') console.log(p.id, '\n', emitMdx(p, { componentsModule: '~/components' }).slice(0, 3000));
