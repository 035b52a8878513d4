import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { countTopics, evaluate, evaluateJudged, readFolder, sharedDir, type JudgedSection } from '../../scripts/lib/evaluate-labels.ts';

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

describe('the split by subject, on 150 sections of bulk agents the labels do not cover, judged by reading', () => {
  test(`at least ${targets.topic * 100}% land on an accepted topic, and ${targets.language * 100}% get an accepted language`, { timeout: 60_000 }, () => {
    const judged = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'data', 'judged-bulk-sections.json'), 'utf8')) as JudgedSection[];
    const result = evaluateJudged(judged);
    expect(result.topicAccuracy, result.wrong.join('\n')).toBeGreaterThanOrEqual(targets.topic);
    expect(result.languageAccuracy, result.wrong.join('\n')).toBeGreaterThanOrEqual(targets.language);
  });
});
