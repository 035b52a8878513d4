/**
 * Measures the practices a handbook offers, without a browser: over ../shared/corpus/bulk (and
 * dev and dev2), how many agents feed a topic or language page, how many of the list items those
 * pages show can be ticked, how many agents on topic pages have a checklist, and how many of the
 * lists a file calls a checklist are one; over the judged pairs of tests/data, how precise the
 * cross-links of plain items are; on the seed agent, whether its pairs of one practice link.
 *
 *   npm run eval:practices
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFolder, sharedDir } from './lib/evaluate-labels.ts';
import { measurePractices } from './lib/evaluate-practices.ts';
import { freshRound, linkedPairs, pairKey, type JudgedPair } from './lib/linked-pairs.ts';
import { seedPairs, seedLinks } from './lib/seed-practice-pairs.ts';

const targets = { feeding: 0.9, tickable: 0.85, withChecklist: 0.85, calledChecklists: 0.9, plainPrecision: 0.9 };
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
const figure = (name: string, right: number, count: number, target: number) =>
  `  ${name.padEnd(52)} ${percent(right / Math.max(count, 1)).padStart(6)} (${right}/${count}; target ${percent(target)}: ${mark(right / Math.max(count, 1) >= target)})`;

let bulkBuild;
for (const corpus of ['bulk', 'dev', 'dev2']) {
  const started = performance.now();
  const figures = measurePractices(readFolder(join(sharedDir, 'corpus', corpus)));
  if (corpus === 'bulk') bulkBuild = figures.build;
  console.log(`${corpus} (${figures.agents} agents, ${figures.build.checklists.items.length} practices, built in ${((performance.now() - started) / 1000).toFixed(1)} s):`);
  console.log(figure('agents that feed a topic or language page', figures.feeding, figures.agents, targets.feeding));
  console.log(figure('list items on topic and language pages, tickable', figures.tickableItems, figures.shownItems, targets.tickable));
  console.log(figure('agents on topic pages with a checklist there', figures.withChecklist, figures.onTopics, targets.withChecklist));
  console.log(figure('lists a file calls a checklist that are checklists', figures.checklists, figures.calledChecklists, targets.calledChecklists));
}

const judged = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'tests', 'data', 'judged-plain-links.json'), 'utf8')) as JudgedPair[];
const linked = new Set(linkedPairs(bulkBuild!.checklists).map(pairKey));
const still = judged.filter((pair) => linked.has(pairKey(pair)));
console.log(`\nPlain-item cross-links judged by reading (tests/data/judged-plain-links.json, ${judged.length} pairs, ${still.length} still linked):`);
console.log(figure('judged the same practice', still.filter((pair) => pair.same).length, still.length, targets.plainPrecision));
for (const round of [...new Set(judged.map((pair) => pair.round ?? 1))].sort()) {
  const inRound = still.filter((pair) => (pair.round ?? 1) === round);
  const label = round < freshRound ? `round ${round} (the rules were shaped on these)` : `round ${round} (sampled after the last change of rule)`;
  console.log(figure(`  ${label}`, inRound.filter((pair) => pair.same).length, inRound.length, targets.plainPrecision));
}

const seed = seedLinks();
console.log('\nThe seed agent:');
for (const pair of seedPairs) {
  const linkedNow = seed.linked(pair.a, pair.b);
  console.log(`  ${pair.same ? 'same practice' : 'look-alikes  '}  ${pair.a} ~ ${pair.b}: ${linkedNow ? 'linked' : 'not linked'} (${linkedNow === pair.same ? 'right' : 'WRONG'})`);
}
