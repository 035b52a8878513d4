import { describe, expect, test } from 'vitest';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { buildHandbook } from '../../src/core/index.ts';

const agent = (name: string, body: string) => ({ file: `${name}.md`, text: `---\nname: ${name}\ndescription: The ${name} agent\n---\n\n${body}\n` });

describe('a handbook of several agents', () => {
  const { pages, exports } = buildHandbook([
    agent('api-builder', '## Security Best Practices\n- **SQL Injection**: Prepared statements\n'),
    agent('reviewer', '## Security\n- **SQL Injection**: Reject string-built queries\n\n## Testing\n- **Coverage**: Critical paths\n'),
  ]);

  test('the map has a table of agents by topic', () => {
    const map = pages.find((page) => page.kind === 'map')!;
    const tables = map.body.filter((node): node is MdxJsxFlowElement => node.type === 'mdxJsxFlowElement' && node.name === 'CoverageMap');
    expect(tables).toHaveLength(2);
    const byAgent = JSON.parse(String(tables[1]!.attributes.find((attribute) => 'name' in attribute && attribute.name === 'table')!.value)) as {
      form: string;
      rows: Array<{ label: string; counted: Array<{ label: string; count: number }> }>;
    };
    expect(byAgent.form).toBe('lists');
    expect(byAgent.rows.map((row) => [row.label, row.counted.map((cell) => [cell.label, cell.count])])).toEqual([
      ['api-builder', [['Security', 1]]],
      ['reviewer', [['Security', 1], ['Testing', 1]]],
    ]);
  });

  test('the map lists each agent’s topics in a narrow table, each count linking to the agent’s part of the topic', () => {
    const map = exports.get('map/index.md')!.content as string;
    expect(map).toMatch(/\| Agent +\| Topics +\|\n/u);
    expect(map).toMatch(/\| \[reviewer\]\(\/agents\/reviewer\/\) +\| \[Security\]\(\/topics\/security\/#reviewer\) 1, \[Testing\]\(\/topics\/testing\/#reviewer\) 1 +\|/u);
  });

  test('each agent keeps its own page', () => {
    expect(pages.filter((page) => page.kind === 'agent').map((page) => page.title)).toEqual(['api-builder', 'reviewer']);
  });
});
