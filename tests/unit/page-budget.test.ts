import type { Code, List, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';
import { codeBlockBudget, codeWeight } from '../../src/core/plan/code-weight.ts';
import { coverageRowWeight, estimateWeight, pageBudget } from '../../src/core/plan/split-by-weight.ts';
import { walkNodes } from '../../src/core/walk-nodes.ts';
import { listedSources } from '../../src/core/plan/add-page-meta.ts';
import type { CoverageTable } from '../../src/core/plan/plan-map-page.ts';
import { heavyAgents } from '../bad-agents-folder.ts';

/** Sixty agents that all write at length on security, in Go. */
const agents = Array.from({ length: 60 }, (_, index) => {
  const items = Array.from({ length: 12 }, (_unused, item) => `- **Practice ${index}-${item}**: ${'Validate every input at the edge of the service before it reaches the database. '.repeat(3)}`).join('\n');
  return { file: `agent-${String(index).padStart(2, '0')}.md`, text: `---\nname: agent-${index}\ndescription: Secures things.\n---\n\n## Security\n\n${items}\n\n## Go Error Handling\n\n${items.replaceAll('Practice', 'Habit')}\n` };
});

describe('pages of a topic that many agents write on', () => {
  const { pages, report } = buildHandbook(agents);

  test('are cut into several, by agent, each within the page budget, and the sidebar lists the first', () => {
    const security = pages.filter((page) => page.topic === 'security' && page.kind === 'topic');
    expect(security.length).toBeGreaterThan(1);
    expect(security.map((page) => page.id)).toEqual(security.map((_page, index) => (index === 0 ? 'topics/security' : `topics/security/${index + 1}`)));
    expect(security.map((page) => page.title).slice(0, 2)).toEqual(['Security', `Security (page 2 of ${security.length})`]);
    expect(security.slice(1).every((page) => (page.frontmatter?.['sidebar'] as { hidden?: boolean } | undefined)?.hidden === true)).toBe(true);
    for (const page of security) expect(estimateWeight(page.body)).toBeLessThan(pageBudget * 1.2);
  });

  test('so are the language’s pages, the checklists and the practices index', () => {
    for (const prefix of ['languages/go', 'checklists/security', 'practices']) {
      const parts = pages.filter((page) => page.id === prefix || page.id.startsWith(`${prefix}/`));
      expect(parts.length, prefix).toBeGreaterThan(1);
      for (const page of parts) expect(estimateWeight(page.body), page.id).toBeLessThan(pageBudget * 1.2);
    }
  });

  test('every block still lands on a page, and each page names the others', () => {
    for (const agent of report.agents) expect(agent.placedBlocks).toBe(agent.sourceBlocks);
    const second = pages.find((page) => page.id === 'topics/security/2')!;
    expect(JSON.stringify(second.body)).toContain('"url":"/topics/security/"');
  });
});

describe('a handbook of an organisation, whose teams keep copies of the same agents', () => {
  // Forty teams' copies of one agent, each with its own changes: every item is the same practice as its copies in the other teams.
  const items = (team: number) => Array.from({ length: 30 }, (_, item) => `- **Safeguard ${item}**: Validate every input at the edge of team ${team}’s service before it reaches the database.`).join('\n');
  const copies = Array.from({ length: 40 }, (_, team) => ({ file: `team-${team}/guard.md`, text: `---\nname: guard-team-${team}\ndescription: ${'Guards the services of one team against every kind of input it did not expect. '.repeat(4)}\n---\n\n## Security\n\n${items(team)}\n` }));
  const { pages } = buildHandbook(copies);

  test('cuts its pages with the links each item will carry weighed in, so no page outgrows the budget once linked', () => {
    const linked = pages.filter((page) => JSON.stringify(page.body).includes('"name":"PracticeLinks"'));
    expect(linked.length).toBeGreaterThan(0);
    expect(pages.filter((page) => page.id.startsWith('checklists/security')).length).toBeGreaterThan(1);
    for (const page of pages) expect(estimateWeight(page.body), page.id).toBeLessThan(pageBudget * 1.2);
  });
});

describe('teams’ copies of one agent without changes', () => {
  const copies = Array.from({ length: 5 }, (_, team) => ({ file: `team-${team}/guard.md`, text: `---\nname: guard-team-${team}\ndescription: Guards services.\n---\n\n## Security\n\n- **Input validation**: Validate every input at the edge.\n- **Secrets**: Keep secrets out of the code.\n` }));
  const { pages, checklists } = buildHandbook(copies);

  test('show their lists once, on the topic’s page and its checklists page, naming every team', () => {
    for (const id of ['topics/security', 'checklists/security']) {
      const body = JSON.stringify(pages.find((page) => page.id === id)!.body);
      expect(body.match(/"name":"ChecklistItem"/gu)?.length, id).toBe(2);
      expect(body, id).toContain('guard-team-1, guard-team-2, guard-team-3, guard-team-4');
    }
  });

  test('give a copied list no heading of its own on the checklists page, and lead the index’s row of each copy to the list shown', () => {
    const page = pages.find((entry) => entry.id === 'checklists/security')!;
    expect(page.body.filter((node) => node.type === 'heading').length).toBe(1);
    const index = JSON.stringify(pages.find((entry) => entry.id === 'checklists')!.body);
    const rows = JSON.parse(JSON.parse(index.match(/"name":"lists","value":("(?:[^"\\]|\\.)*")/u)![1]!)) as Array<{ agent: string; url: string }>;
    expect(rows.map((row) => row.agent)).toEqual(['guard-team-0', 'guard-team-1', 'guard-team-2', 'guard-team-3', 'guard-team-4']);
    expect(new Set(rows.map((row) => row.url))).toEqual(new Set(['/checklists/security/#security-guard-team-0']));
  });

  test('give every copy a place, where the list is shown, and link no copy to that same place', () => {
    const urls = checklists.items.filter((item) => item.term === 'Input validation').map((item) => item.url);
    expect(new Set(urls)).toEqual(new Set(['/topics/security/#input-validation']));
    expect(pages.some((page) => JSON.stringify(page.body).includes('"name":"PracticeLinks"'))).toBe(false);
  });
});

describe('the line of provenance of a page that gathers many agents', () => {
  const agents = Array.from({ length: 45 }, (_, index) => ({ file: `agent-${index}.md`, text: `---\nname: agent-${index}\ndescription: Secures things.\n---\n\n## Security\n\n- **Practice ${index}**: Validate input ${index}.\n` }));
  const { pages } = buildHandbook(agents);

  test('lists the first agent files and says how many more', () => {
    const meta = (pages.find((page) => page.id === 'checklists')!.body[0] as { attributes: Array<{ name: string; value: string }> }).attributes;
    const value = (name: string) => meta.find((attribute) => attribute.name === name)?.value;
    expect((JSON.parse(value('sources')!) as unknown[]).length).toBe(listedSources);
    expect(value('moreSources')).toBe(String(45 - listedSources));
  });
});

describe('the index of all agents', () => {
  const agents = Array.from({ length: 900 }, (_, index) => ({
    file: `agent-${String(index).padStart(3, '0')}.md`,
    text: `---\nname: agent-${String(index).padStart(3, '0')}\ndescription: ${'Knows one corner of the organisation and keeps its practices written down for everyone else. '.repeat(3)}\n---\n\nShort.\n`,
  }));
  const { pages } = buildHandbook(agents);
  const parts = pages.filter((page) => page.id === 'agents' || page.id.startsWith('agents/') && /^agents\/\d+$/u.test(page.id));

  test('is cut into pages within the budget when thousands of agents outgrow one, each naming the others, the sidebar listing the first', () => {
    expect(parts.length).toBeGreaterThan(1);
    for (const page of parts) expect(estimateWeight(page.body), page.id).toBeLessThan(pageBudget * 1.2);
    expect(parts.map((page) => page.title).slice(0, 2)).toEqual(['All agents', `All agents (page 2 of ${parts.length})`]);
    expect(parts.slice(1).every((page) => (page.frontmatter?.['sidebar'] as { hidden?: boolean } | undefined)?.hidden === true)).toBe(true);
    expect(JSON.stringify(parts[1]!.body)).toContain('"url":"/agents/"');
  });

  test('lists every agent once, in order', () => {
    const listed = parts.flatMap((page) => [...JSON.stringify(page.body).matchAll(/"url":"\/agents\/(agent-\d+)\/"/gu)].map((match) => match[1]));
    expect(listed).toEqual(agents.map((_agent, index) => `agent-${String(index).padStart(3, '0')}`));
  });
});

describe('an agent file heavy with code or text', () => {
  const { pages, report } = buildHandbook(Object.entries(heavyAgents).map(([file, text]) => ({ file: `agents/${file}`, text })));

  test('makes no page heavier than the budget: a page of a long block goes on over several', () => {
    for (const page of pages) expect(estimateWeight(page.body), page.id).toBeLessThanOrEqual(pageBudget * 1.05);
    expect(pages.filter((page) => page.id.startsWith('agents/self-flood-agent')).length).toBeGreaterThan(1);
    expect(pages.filter((page) => page.id.startsWith('topics/testing')).length).toBeGreaterThan(3);
    for (const agent of report.agents) expect(agent.placedBlocks, agent.file).toBe(agent.sourceBlocks);
  });

  test('cuts a paragraph, a list and a table heavier than a page into several, the list numbered on and each table with its header', () => {
    const body = pages.filter((page) => page.id.startsWith('topics/testing')).flatMap((page) => page.body);
    const lists = body.filter((node): node is List => node.type === 'list' && node.ordered === true);
    expect(lists.length).toBeGreaterThan(1);
    expect(lists.map((list) => list.start)).toEqual(lists.map((_list, index) => 1 + lists.slice(0, index).reduce((sum, list) => sum + list.children.length, 0)));
    expect(lists.reduce((sum, list) => sum + list.children.length, 0)).toBe(6000);
    const tables = body.filter((node): node is Table => node.type === 'table');
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(toString(table.children[0]!)).toBe('CaseExpected');
    const wall = body.filter((node) => node.type === 'paragraph' && toString(node).includes('only what you own'));
    expect(wall.length).toBeGreaterThan(1);
    expect(wall.map((node) => toString(node)).join('')).toBe('Test each unit & <mock> only what you own. '.repeat(7000).trim());
  });

  test('shows code too heavy to colour token by token as plain text, in blocks of at most the block budget', () => {
    const fences = pages
      .filter((page) => page.id.startsWith('topics/testing') || page.id.startsWith('languages/javascript'))
      .flatMap((page) => emitMdx(page, { componentsModule: '~/components' }).match(/^`{3,}\w+/gmu) ?? []);
    expect(fences.length).toBeGreaterThan(2);
    expect(fences.filter((fence) => !fence.endsWith('text'))).toEqual([]);
    const blocks: Code[] = [];
    for (const page of pages) walkNodes(page.body, (node) => void (node.type === 'code' && blocks.push(node)));
    for (const block of blocks) expect(codeWeight(block)).toBeLessThanOrEqual(codeBlockBudget);
  });

  test('offers every agent file for download with its size, and holds none of it on the page', () => {
    const seed = buildHandbook([{ file: 'a.md', text: '---\nname: small\ndescription: d\n---\n\n## Testing\n\n- **Mocks**: Mock only what you own.\n' }]);
    const mdx = emitMdx(seed.pages.find((page) => page.id === 'agents/small')!, { componentsModule: '~/components' });
    expect(mdx).toContain('<AgentSource download="/agents/small/small.md" filename="small.md" size="1 KB" />');
    expect(mdx).not.toContain('```');
    const flood = JSON.stringify(pages.filter((page) => page.id.startsWith('agents/token-flood-agent')).map((page) => page.body));
    expect(flood).toMatch(/"name":"AgentSource","attributes":\[[^\]]*"name":"size","value":"\d+ KB"\}\],"children":\[\]/u);
  });
});

describe('the map of a handbook of hundreds of agents', () => {
  const topics = ['Security', 'Testing', 'Databases', 'Observability', 'Performance', 'API Design'];
  const many = Array.from({ length: 400 }, (_, index) => ({
    file: `team-agent-${String(index).padStart(3, '0')}.md`,
    text: `---\nname: team-agent-${index}\ndescription: Builds services.\n---\n\n${topics.map((topic) => `## ${topic}\n\n- **Practice ${index}**: Keep it simple.\n`).join('\n')}`,
  }));
  const { pages } = buildHandbook(many);
  const map = pages.filter((page) => page.kind === 'map');
  const tables = (page: (typeof map)[number]) => {
    const found: CoverageTable[] = [];
    walkNodes(page.body, (node) => {
      if (node.type === 'mdxJsxFlowElement' && (node as { name?: string }).name === 'CoverageMap') {
        const table = (node as { attributes: Array<{ name: string; value: string }> }).attributes.find((attribute) => attribute.name === 'table')!.value;
        found.push(JSON.parse(table) as CoverageTable);
      }
    });
    return found;
  };

  test('goes on over several pages, the first in the sidebar, each within the page budget', () => {
    expect(map.length).toBeGreaterThan(1);
    expect(map.map((page) => page.id)).toEqual(map.map((_page, index) => (index === 0 ? 'map' : `map/${index + 1}`)));
    expect(map.slice(1).every((page) => (page.frontmatter?.['sidebar'] as { hidden?: boolean } | undefined)?.hidden === true)).toBe(true);
    for (const page of map) {
      const weight = tables(page).reduce((sum, table) => sum + table.rows.reduce((rows, row) => rows + coverageRowWeight(row), 0), 0);
      expect(weight, page.id).toBeLessThanOrEqual(pageBudget);
    }
  });

  test('shows the topics once, then every agent in one row', () => {
    const all = map.flatMap(tables);
    expect(all.filter((table) => table.corner === 'Topic')).toHaveLength(1);
    const agentRows = all.filter((table) => table.corner === 'Agent').flatMap((table) => table.rows.map((row) => row.label));
    expect(agentRows).toHaveLength(many.length);
    expect([...agentRows].sort()).toEqual(many.map((_agent, index) => `team-agent-${index}`).sort());
  });
});
