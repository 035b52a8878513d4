import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countTopics, evaluate, readFolder, sharedDir } from '../../scripts/lib/evaluate-labels.ts';

/** The targets of the split by subject, measured over ../shared/labels (see `npm run eval`). */
const targets = { topic: 0.9, language: 0.97, bulkTopics: 40 };

describe('the split by subject, against the labelled sections of ../shared/labels', () => {
  const result = evaluate();

  test('every labelled section is found in the report', () => {
    expect(result.outcomes.filter((outcome) => outcome.section === undefined).map((outcome) => outcome.label.id)).toEqual([]);
  });

  test(`at least ${targets.topic * 100}% of sections land on a topic an editor accepts`, () => {
    expect(result.topicAccuracy).toBeGreaterThanOrEqual(targets.topic);
  });

  test(`at least ${targets.language * 100}% of sections get a language an editor accepts`, () => {
    expect(result.languageAccuracy).toBeGreaterThanOrEqual(targets.language);
  });
});

describe('the topics of 444 agents', () => {
  test(`at most ${targets.bulkTopics} topic pages, and no topic of its own held by one agent`, { timeout: 60_000 }, () => {
    const counts = countTopics(readFolder(join(sharedDir, 'corpus', 'bulk')));
    expect(counts.topics).toBeLessThanOrEqual(targets.bulkTopics);
    expect(counts.sharedSingleAgent).toBe(0);
  });
});
