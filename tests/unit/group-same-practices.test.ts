import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import type { PracticeItem } from '../../src/core/link/collect-practices.ts';
import { groupSamePractices } from '../../src/core/link/group-same-practices.ts';

/** An item as `groupSamePractices` reads it: its topic, its agent, and whether it is plain. */
const item = (index: number, topic: string, plain: boolean) =>
  ({ id: `agent-${index}/${topic}/x`, plain, checklist: { section: { topic }, agent: { slug: `agent-${index}` } } }) as unknown as PracticeItem;

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

describe('plain items of one phrase', () => {
  const agent = (name: string, description: string, body: string) => ({ file: `${name}.md`, text: `---\nname: ${name}\ndescription: ${description}\n---\n\n${body}\n` });
  const { checklists } = buildHandbook([
    agent('cluster-tuner', 'Runs Kubernetes clusters', '## Cluster performance\n\n- Node pool sizing\n- Cluster autoscaler limits\n- Performance tuning\n- Resource quotas per namespace\n'),
    agent('widget-tuner', 'Builds Flutter apps', '## App performance\n\n- Widget rebuild counts\n- Isolates for parsing\n- Performance tuning\n- Image cache limits\n'),
    agent('widget-profiler', 'Profiles Flutter apps', '## App performance\n\n- Widget rebuild counts\n- Shader warm-up\n- Performance tuning\n- Image cache limits\n'),
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
