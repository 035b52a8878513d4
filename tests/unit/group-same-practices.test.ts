import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import type { PracticeItem } from '../../src/core/link/collect-practices.ts';
import { groupSamePractices } from '../../src/core/link/group-same-practices.ts';

/** An item as `groupSamePractices` reads it: its topic, its agent, and whether it is plain. */
const item = (index: number, topic: string, plain: boolean) =>
  ({ id: `agent-${index}/${topic}/x`, plain, checklist: { section: { topic }, agent: { slug: `agent-${index}` } } }) as unknown as PracticeItem;

/** An agent file of one name, description and body. */
const agentFile = (name: string, description: string, body: string) => ({ file: `${name}.md`, text: `---\nname: ${name}\ndescription: ${description}\n---\n\n${body}\n` });

describe('which items of one key are one practice', () => {
  test('on one topic, links are symmetric and transitive, whatever says which plain items are alike and in whatever order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ topic: fc.constantFrom('testing', 'performance'), plain: fc.boolean() }), { minLength: 2, maxLength: 9 }),
        fc.array(fc.boolean(), { minLength: 81, maxLength: 81 }),
        (specs, matrix) => {
          const group = specs.map((spec, index) => item(index, spec.topic, spec.plain));
          const at = new Map(group.map((entry, index) => [entry, index]));
          // A symmetric "alike": pair (i, j) and (j, i) read the same cell.
          const alikePlain = (a: PracticeItem, b: PracticeItem) => matrix[Math.min(at.get(a)!, at.get(b)!) * 9 + Math.max(at.get(a)!, at.get(b)!)]!;
          const same = groupSamePractices(group, { related: () => false, alikePlain }, 100);
          const reversed = groupSamePractices([...group].reverse(), { related: () => false, alikePlain }, 100);
          const linked = (a: PracticeItem, b: PracticeItem) => same.get(a)!.includes(b);
          for (const a of group) {
            expect(new Set(reversed.get(a))).toEqual(new Set(same.get(a)));
            for (const b of group) {
              if (a === b || a.checklist.section.topic !== b.checklist.section.topic) continue;
              expect(linked(a, b)).toBe(linked(b, a));
              for (const c of group) if (c !== a && c !== b && c.checklist.section.topic === a.checklist.section.topic && linked(a, b) && linked(b, c)) expect(linked(a, c)).toBe(true);
            }
          }
        },
      ),
    );
  });
});

describe('an item with more places than it shows', () => {
  test('lists the places of the closest agents first, the rest in order', () => {
    const group = [0, 1, 2, 3, 4].map((index) => item(index, 'testing', false));
    // Agent 0 is closest to agent 3, then to agent 4.
    const closeness = (a: PracticeItem, b: PracticeItem) => (a === group[0] ? { 3: 0.9, 4: 0.5 }[group.indexOf(b)] ?? 0 : 0);
    const same = groupSamePractices(group, { related: () => false, alikePlain: () => false, closeness }, 2);
    expect(same.get(group[0]!)).toEqual([group[3], group[4]]);
    expect(same.get(group[1]!)).toEqual([group[0], group[2]]);
  });
});

describe('plain items of one phrase', () => {
  const { checklists } = buildHandbook([
    agentFile('cluster-tuner', 'Runs Kubernetes clusters', '## Cluster performance\n\n- Node pool sizing\n- Cluster autoscaler limits\n- Performance tuning\n- Resource quotas per namespace\n'),
    agentFile('widget-tuner', 'Builds Flutter apps', '## App performance\n\n- Widget rebuild counts\n- Isolates for parsing\n- Performance tuning\n- Image cache limits\n'),
    agentFile('widget-profiler', 'Profiles Flutter apps', '## App performance\n\n- Widget rebuild counts\n- Shader warm-up\n- Performance tuning\n- Image cache limits\n'),
  ]);
  const links = (agentName: string) => {
    const found = checklists.items.find((entry) => entry.id.startsWith(`${agentName}/`) && entry.term === 'Performance tuning')!;
    return found.links.map((id) => id.split('/')[0]);
  };

  test('are one practice among lists about the same things', () => {
    expect(links('widget-tuner')).toEqual(['widget-profiler']);
  });

  test('are two practices among lists about different things', () => {
    expect(links('cluster-tuner')).toEqual([]);
  });
});

describe('plain items whose phrases differ', () => {
  const agent = (name: string, body: string) => agentFile(name, 'Tests mobile apps', body);
  const { checklists } = buildHandbook([
    agent('app-tester', '## Testing strategies\n\n- Integration testing\n- Rate limiting and throttling\n- Snapshot tests for screens\n'),
    agent('device-tester', '## Testing strategies\n\n- Integration testing with Detox, Maestro, or Patrol\n- Rate limiting\n- Snapshot tests for screens\n'),
  ]);
  const linksOf = (agentName: string, term: string) => checklists.items.find((entry) => entry.id.startsWith(`${agentName}/`) && entry.term === term)!.links.map((id) => id.split('/')[0]);

  test('are one practice when one only words it more fully', () => {
    expect(linksOf('app-tester', 'Rate limiting and throttling')).toEqual(['device-tester']);
  });

  test('are two practices when one names a narrower practice of its own', () => {
    expect(linksOf('app-tester', 'Integration testing')).toEqual([]);
  });
});

describe('a plain phrase that stands on many topics', () => {
  // One template of checklist for every agent, as collections write them, with one item of the agent's own.
  const template = ['Documentation complete', 'Tests passing', 'Monitoring active', 'Alerts configured', 'Runbooks written', 'Backups verified'];
  const list = (heading: string, items: string[]) => `## ${heading}\n\n${items.map((item) => `- ${item}`).join('\n')}\n\n`;
  const about = (subject: string) => ['sizing', 'naming', 'limits', 'reviews', 'ownership', 'budgets', 'alerts', 'drills', 'audits', 'metrics'].map((word) => `${subject} ${word}`);
  const agent = (name: string, body: string) => agentFile(name, 'Keeps things safe', body);
  const { checklists } = buildHandbook([
    agent('db-guard', list('Security checklist', [...template, 'Secrets rotated']) + list('Database indexing', about('Index')) + list('Query tuning', about('Query plan'))),
    agent('db-warden', list('Security checklist', [...template, 'Roles reviewed']) + list('Database indexing', about('Index')) + list('Query tuning', about('Query plan'))),
    agent('app-guard', list('Security checklist', [...template, 'Keychain storage']) + list('Mobile offline mode', about('Offline cache')) + list('Mobile navigation', about('Deep link'))),
    ...['Testing', 'Performance', 'API design', 'Accessibility', 'Observability'].map((subject, index) => agent(`keeper-${index}`, list(`${subject} checklist`, [...template, `Own item ${index}`]))),
  ]);
  const linksOf = (agentName: string) => checklists.items.find((entry) => entry.id.startsWith(`${agentName}/`) && entry.term === 'Documentation complete')!.links.map((id) => id.split('/')[0]);

  test('is one practice for agents on alike subjects', () => {
    expect(new Set(checklists.checklists.map((checklist) => checklist.topic)).size).toBeGreaterThan(5);
    expect(linksOf('db-guard')).toEqual(['db-warden']);
  });

  test('is not one practice for agents on different subjects, however alike their lists', () => {
    expect(linksOf('app-guard')).toEqual([]);
    expect(linksOf('keeper-0')).toEqual([]);
  });
});

describe('the issue’s own example of one practice in two words', () => {
  const { checklists } = buildHandbook([
    agentFile('java-pro', 'Writes Java services', '## Database & Persistence\n\n- Connection pooling optimization with HikariCP\n- JPA query tuning\n- Flyway migrations\n'),
    agentFile('golang-pro', 'Writes Go services', '## Database patterns\n\n- Database connection pooling and optimization\n- sqlc query generation\n- golang-migrate migrations\n'),
    agentFile('sql-pro', 'Writes SQL', '## Database tuning\n\n- Database connection pooling\n- Index selection\n'),
    agentFile('rails-pro', 'Writes Rails apps', '## Database tuning\n\n- Database connection pooling\n- Counter caches\n'),
  ]);
  const linksOf = (agentName: string) => checklists.items.find((entry) => entry.id.startsWith(`${agentName}/`) && /connection pooling/iu.test(entry.term))!.links.map((id) => id.split('/')[0]);

  test('links “Connection pooling optimization with HikariCP” and “Database connection pooling and optimization”, the word naming their page aside', () => {
    expect(linksOf('java-pro')).toContain('golang-pro');
    expect(linksOf('golang-pro')).toContain('java-pro');
  });
});
