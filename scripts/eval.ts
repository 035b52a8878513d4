/**
 * Measures the split by subject. Builds nothing: it runs the core over each file of labels in
 * ../shared/labels with the agents it labels, and over ../shared/corpus/bulk.
 *
 *   npm run eval              # accuracy per label file, per source and per rule; topic counts
 *   npm run eval -- --wrong   # and every section placed where no editor would put it
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTopics, evaluate, evaluateJudged, labelSets, readFolder, sharedDir, sourceOf, tally, type JudgedSection, type Outcome, type TopicCounts } from './lib/evaluate-labels.ts';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const share = (right: number, count: number) => `${percent(right / Math.max(count, 1))} (${right}/${count})`;
const targets = { topic: 0.92, language: 0.98, bulkTopics: 40 };
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

const started = performance.now();
const all: Outcome[] = [];
const figures: string[] = [];
for (const set of labelSets) {
  const result = evaluate(set.labels(), set.sources());
  all.push(...result.outcomes);
  if (process.argv.includes('--wrong')) {
    console.log(`${set.name}: sections placed where no editor would put them (file:line heading — got topic/language, accepted; rule: reason):`);
    for (const outcome of result.outcomes.filter((entry) => !entry.topicRight || !entry.languageRight)) {
      const { label } = outcome;
      console.log(`  ${label.file}:${label.line} ${label.heading} — ${outcome.topic}${outcome.topicRight ? '' : ' ✗'} / ${outcome.language}${outcome.languageRight ? '' : ' ✗'}; accepted ${label.topics.join('|')} / ${label.languages.join('|')}; ${outcome.section ? `${outcome.section.rule}: ${outcome.section.reason}` : 'no such section'}`);
    }
    console.log('');
  }
  console.log(`${set.name}: ${result.outcomes.length} sections`);
  for (const row of tally(result.outcomes, (outcome) => sourceOf(outcome.label.file))) {
    console.log(`  ${row.key.padEnd(24)} ${String(row.count).padStart(4)}  topic ${share(row.topic, row.count).padEnd(16)} language ${share(row.language, row.count)}`);
  }
  figures.push(`${set.name.padEnd(20)} topic ${percent(result.topicAccuracy)} (target ${percent(targets.topic)}: ${mark(result.topicAccuracy >= targets.topic)}), language ${percent(result.languageAccuracy)} (target ${percent(targets.language)}: ${mark(result.languageAccuracy >= targets.language)})`);
}

console.log('\nWhat each rule placed, over all labels, and how often an editor accepts it:');
for (const row of tally(all, (outcome) => outcome.section?.rule ?? 'no such section')) {
  console.log(`  ${row.key.padEnd(24)} ${String(row.count).padStart(4)}  topic ${share(row.topic, row.count).padEnd(16)} language ${share(row.language, row.count)}`);
}
const confusions = new Map<string, number>();
for (const outcome of all.filter((entry) => !entry.topicRight)) {
  const key = `${outcome.topic} → ${outcome.label.topics[0]}`;
  confusions.set(key, (confusions.get(key) ?? 0) + 1);
}
console.log('\n15 most frequent confusions (got → accepted first):');
for (const [confusion, count] of [...confusions].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 15)) console.log(`  ${String(count).padStart(3)}  ${confusion}`);

const describe = (name: string, counts: TopicCounts) =>
  `${name}: ${counts.agents} agents, ${counts.topics} topics (${counts.builtIn} built-in, ${counts.shared} from shared headings); ${counts.singleAgent} held by one agent (${counts.sharedSingleAgent} of them from shared headings); ${counts.onTopics} sections on topic pages, ${counts.onAgentPages} on agents' pages`;
const dev = countTopics(readFolder(join(sharedDir, 'corpus', 'dev')));
const bulk = countTopics(readFolder(join(sharedDir, 'corpus', 'bulk')));
console.log('');
console.log(describe('dev corpus', dev));
console.log(describe('bulk corpus', bulk));
console.log(`(core time for all of it: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log('');
for (const line of figures) console.log(line);
const judged = evaluateJudged(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'tests', 'data', 'judged-bulk-sections.json'), 'utf8')) as JudgedSection[]);
console.log(`Bulk sections judged by reading (150): topic ${percent(judged.topicAccuracy)}, language ${percent(judged.languageAccuracy)}`);
console.log(`Bulk topic pages:  ${bulk.topics} (target at most ${targets.bulkTopics}: ${mark(bulk.topics <= targets.bulkTopics)}); shared-heading topics held by one agent: ${bulk.sharedSingleAgent} (target 0: ${mark(bulk.sharedSingleAgent === 0)})`);
