import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import { readFolder, sharedDir } from '../../scripts/lib/evaluate-labels.ts';
import { linkedPairs, pairKey, type JudgedPair } from '../../scripts/lib/linked-pairs.ts';

/**
 * Pairs of practices the 444-agent handbook links, each judged by reading: the same practice,
 * or one word with two meanings, a template's label, a pointer to another agent. Sampled with
 * `node scripts/sample-linked-pairs.ts`.
 */
const judged = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'judged-cross-links.json'), 'utf8')) as JudgedPair[];

describe('cross-links stay precise at 444 agents', () => {
  const linked = new Set(linkedPairs(buildHandbook(readFolder(join(sharedDir, 'corpus', 'bulk'))).checklists).map(pairKey));
  const stillLinked = judged.filter((pair) => linked.has(pairKey(pair)));

  test('the sample holds at least 100 judged pairs that the handbook still links', () => {
    expect(judged.every((pair) => typeof pair.same === 'boolean' && pair.why !== '')).toBe(true);
    expect(stillLinked.length).toBeGreaterThanOrEqual(100);
  });

  test('at least 95% of the judged pairs it links are the same practice', () => {
    const wrong = stillLinked.filter((pair) => !pair.same);
    expect((stillLinked.length - wrong.length) / stillLinked.length, wrong.map((pair) => `${pair.a.term}: ${pair.why}`).join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('a pointer to another agent links to nothing', () => {
    const pointer = judged.find((pair) => pair.a.term.startsWith('Use security-auditor'))!;
    expect(linked.has(pairKey(pointer))).toBe(false);
  });
});
