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

/**
 * Pairs of plain items (no bold term: "Session management", "Query optimization with bullet")
 * that the 444-agent handbook linked, judged the same way (`node scripts/sample-linked-pairs.ts
 * --plain`).
 */
const judgedPlain = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'judged-plain-links.json'), 'utf8')) as JudgedPair[];

const linked = new Set(linkedPairs(buildHandbook(readFolder(join(sharedDir, 'corpus', 'bulk'))).checklists).map(pairKey));

describe('cross-links stay precise at 444 agents', () => {
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

describe('plain items link only to the same practice', () => {
  const stillLinked = judgedPlain.filter((pair) => linked.has(pairKey(pair)));

  test('the sample is judged, and the handbook still links most of what was judged the same practice', () => {
    expect(judgedPlain.every((pair) => typeof pair.same === 'boolean' && pair.why !== '')).toBe(true);
    expect(stillLinked.filter((pair) => pair.same).length).toBeGreaterThanOrEqual(80);
  });

  // The target is 90%; `npm run eval:practices` prints where it stands, per round of judging.
  // This guards what was reached (82.9% of all rounds): the pairs judged after the last change of
  // rule (round 4) were 72.5% right, those the rules were shaped on (rounds 1 to 3) 94%, 90% and 87%.
  test('no fewer of the judged pairs it links are the same practice than when last measured', () => {
    const wrong = stillLinked.filter((pair) => !pair.same);
    expect((stillLinked.length - wrong.length) / stillLinked.length, wrong.map((pair) => `${pair.a.term} ~ ${pair.b.term}: ${pair.why}`).join('\n')).toBeGreaterThanOrEqual(0.82);
  });

  test('one phrase in two agents about different subjects is two practices', () => {
    // A CLI's state and Terraform's state.
    const state = judgedPlain.find((pair) => pair.a.id.startsWith('cli-developer/') && pair.b.id.startsWith('devops-engineer/') && pair.a.term === 'State management')!;
    expect([state.same, state.b.term]).toEqual([false, 'State management']);
    expect(linked.has(pairKey(state))).toBe(false);
  });

  test('a phrase narrowed by the word before it is another practice', () => {
    const registry = judgedPlain.find((pair) => pair.b.term === 'Registry security hardening')!;
    expect(linked.has(pairKey(registry))).toBe(false);
  });
});
