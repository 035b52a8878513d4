import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';

/** An agent with one security checklist of the given `[term, advice]` items. */
function agent(items: Array<[string, string]>, extra = ''): string {
  return [
    '---',
    'name: backend-engineer',
    'description: Builds backends',
    '---',
    '',
    '## Security Best Practices',
    '',
    '### Input Validation',
    ...items.map(([term, advice]) => `- **${term}**: ${advice}`),
    extra,
  ].join('\n');
}

/** Item ids by term, as checklists.json gives them. */
function idsByTerm(text: string): Map<string, string> {
  const { checklists } = buildHandbook([{ file: 'agent.md', text }]);
  return new Map(checklists.items.map((item) => [`${item.term}|${item.advice}`.split('|')[0]!, item.id]));
}

const base: Array<[string, string]> = [
  ['Schema Validation', 'Validate all inputs'],
  ['SQL Injection', 'Prepared statements'],
  ['Command Injection', 'Avoid shell commands with user input'],
  ['Path Traversal', 'Validate file paths'],
];

describe('stable checklist item ids', () => {
  test('an id is built from agent, topic and term', () => {
    expect(idsByTerm(agent(base)).get('SQL Injection')).toBe('backend-engineer/security/sql-injection');
  });

  test('ids do not change when items are reordered', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(base, { minLength: base.length, maxLength: base.length }), (shuffled) => {
        expect(idsByTerm(agent(shuffled))).toEqual(idsByTerm(agent(base)));
      }),
      { numRuns: 20 },
    );
  });

  test('ids do not change when an item is inserted anywhere', () => {
    const before = idsByTerm(agent(base));
    for (let at = 0; at <= base.length; at += 1) {
      const inserted = [...base.slice(0, at), ['CSRF Tokens', 'For state-changing operations'] as [string, string], ...base.slice(at)];
      const after = idsByTerm(agent(inserted));
      for (const [term, id] of before) expect(after.get(term), `inserted at ${at}`).toBe(id);
    }
  });

  test('ids do not change when advice is edited', () => {
    const edited = base.map(([term, advice]): [string, string] => [term, `${advice}, always`]);
    expect(idsByTerm(agent(edited))).toEqual(idsByTerm(agent(base)));
  });

  test('ids do not change when another checklist is added before this one', () => {
    const withOther = agent(base).replace('### Input Validation', '### Data Protection\n- **Encryption at Rest**: Sensitive data\n\n### Input Validation');
    const after = idsByTerm(withOther);
    for (const [term, id] of idsByTerm(agent(base))) expect(after.get(term)).toBe(id);
  });

  test('terms that slug alike get distinct ids, the same on every build', () => {
    const items: Array<[string, string]> = [
      ['Node.js', 'first'],
      ['NodeJS', 'second'],
    ];
    const { checklists } = buildHandbook([{ file: 'agent.md', text: agent(items) }]);
    const ids = checklists.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(2);
    expect(buildHandbook([{ file: 'agent.md', text: agent(items) }]).checklists.items.map((item) => item.id)).toEqual(ids);
  });

  test('the same term in two checklists of one topic is told apart by the checklist', () => {
    const text = agent(base, '\n### API Security\n- **SQL Injection**: Use an ORM\n');
    const { checklists } = buildHandbook([{ file: 'agent.md', text }]);
    expect(checklists.items.filter((item) => item.term === 'SQL Injection').map((item) => item.id)).toEqual([
      'backend-engineer/security/sql-injection--input-validation',
      'backend-engineer/security/sql-injection--api-security',
    ]);
  });
});

/** An agent that writes its practices as plain lines under a pseudo-heading, as most real files do. */
function plainAgent(items: string[], before = '', after = ''): string {
  return ['---', 'name: postgres-pro', 'description: Tunes PostgreSQL databases', '---', '', 'You are a PostgreSQL expert.', '', before, 'Query optimization:', ...items.map((item) => `- ${item}`), '', after].join('\n');
}

/** Plain item ids by the item as written. */
function idsByAdvice(text: string): Map<string, string> {
  const { checklists } = buildHandbook([{ file: 'agent.md', text }]);
  return new Map(checklists.items.filter((item) => item.plain).map((item) => [item.advice, item.id]));
}

const plainBase = ['EXPLAIN analysis before and after every change', 'Index selection: prefer covering indexes for hot joins', 'Statistics kept fresh with ANALYZE', 'Vacuum strategy — autovacuum tuned per table'];

describe('stable ids of plain items', () => {
  test('a plain item is named by its leading phrase, cut at a colon or dash', () => {
    const ids = idsByAdvice(plainAgent(plainBase));
    expect(ids.get('Index selection: prefer covering indexes for hot joins')).toBe('postgres-pro/databases/index-selection');
    expect(ids.get('Vacuum strategy — autovacuum tuned per table')).toBe('postgres-pro/databases/vacuum-strategy');
  });

  test('ids do not change when other lines of the file change', () => {
    const before = idsByAdvice(plainAgent(plainBase));
    const edits = [
      plainAgent(plainBase, 'Connection pooling:\n- Size the pool to the cores\n'),
      plainAgent(plainBase, '', '## Backups\n\nTake nightly base backups.\n'),
      plainAgent(['Partitioning of the largest tables', ...plainBase.slice(0, 2), 'Plan caching for prepared statements', ...plainBase.slice(2)]),
      plainAgent([...plainBase].reverse()),
      plainAgent(plainBase).replace('You are a PostgreSQL expert.', 'You are a senior PostgreSQL expert who has run large clusters.'),
    ];
    for (const text of edits) {
      const after = idsByAdvice(text);
      for (const [advice, id] of before) expect(after.get(advice), advice).toBe(id);
    }
  });

  test('an item keeps its id when the text after its leading phrase is edited', () => {
    const edited = plainBase.map((item) => item.replace('prefer covering indexes for hot joins', 'covering indexes first'));
    expect(idsByAdvice(plainAgent(edited)).get('Index selection: covering indexes first')).toBe('postgres-pro/databases/index-selection');
  });
});
