import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handbookGenerator } from '../../src/plugin/libs/generate.ts';
import { generateOptions, makeSite } from './site-folder.ts';

const api = '---\nname: api-builder\ndescription: Builds APIs\n---\n\n## Security\n\n- **SQL Injection**: Prepared statements\n';
const cli = '---\nname: cli-helper\ndescription: Builds command-line tools\n---\n\n## Testing\n\n- **Golden files**: Compare the output with a file\n';
// Two agents with one name: a warning, on every run while it lasts.
const twin = '---\nname: api-builder\ndescription: Also builds APIs\n---\n\n## Databases\n\n- **Indexes**: Index the columns you filter on\n';

describe('generating again and again, as the dev server does on each save', () => {
  test('a save that changes nothing changes no page', () => {
    const root = makeSite({ 'agents/api-builder.md': api, 'agents/cli-helper.md': cli });
    const generate = handbookGenerator(generateOptions(root, ''));
    expect(generate().changes.add.length).toBeGreaterThan(5);
    expect(generate().changes).toEqual({ add: [], change: [], unlink: [] });
    // The same text saved again: still nothing.
    writeFileSync(join(root, 'agents/cli-helper.md'), cli);
    expect(generate().changes).toEqual({ add: [], change: [], unlink: [] });
  });

  test('an edit to one agent rewrites the pages that show it, and leaves the other agent’s pages alone', () => {
    const root = makeSite({ 'agents/api-builder.md': api, 'agents/cli-helper.md': cli });
    const generate = handbookGenerator(generateOptions(root, ''));
    generate();
    writeFileSync(join(root, 'agents/cli-helper.md'), cli.replace('Compare the output with a file', 'Compare the output with a checked-in file'));
    const { changes } = generate();
    const page = (id: string) => join(root, 'src/content/docs', `${id}.mdx`);
    expect(changes.change).toContain(page('topics/testing'));
    expect(changes.change).not.toContain(page('agents/api-builder'));
    expect(changes.change).not.toContain(page('topics/security'));
    expect(readFileSync(page('topics/testing'), 'utf8')).toContain('checked-in file');
  });

  test('a warning shows once while it stays, and again when it comes back', () => {
    const warnings: string[] = [];
    const root = makeSite({ 'agents/api-builder.md': api, 'agents/api-builder-2.md': twin });
    const generate = handbookGenerator(generateOptions(root, '', (message) => warnings.push(message)));
    generate();
    expect(warnings).toEqual([expect.stringMatching(/:1: Another agent, in agents\/api-builder(-2)?\.md, has the same name, "api-builder"/u)]);
    writeFileSync(join(root, 'agents/api-builder.md'), api.replace('Prepared statements', 'Prepared statements, always'));
    generate();
    expect(warnings).toHaveLength(1);
    // Fixed, then back.
    writeFileSync(join(root, 'agents/api-builder-2.md'), twin.replace('name: api-builder', 'name: api-reviewer'));
    generate();
    writeFileSync(join(root, 'agents/api-builder-2.md'), twin);
    generate();
    expect(warnings).toHaveLength(2);
  });
});
