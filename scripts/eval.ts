/**
 * Measures the split by subject. Builds nothing: it runs the core over the labelled sections of
 * ../shared/labels (the dev corpus and the seed agent), and over ../shared/corpus/bulk.
 *
 *   npm run eval              # accuracy, confusions, topic counts
 *   npm run eval -- --wrong   # and every section placed where no editor would put it
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countTopics, evaluate, evaluateJudged, readFolder, sharedDir, type JudgedSection, type TopicCounts } from './lib/evaluate-labels.ts';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const targets = { topic: 0.9, language: 0.97, bulkTopics: 40 };

const started = performance.now();
const result = evaluate();
if (process.argv.includes('--wrong')) {
  console.log('Sections placed where no editor would put them (file:line heading — got topic/language, accepted):');
  for (const outcome of result.outcomes.filter((entry) => !entry.topicRight || !entry.languageRight)) {
    const { label } = outcome;
    console.log(`  ${label.file}:${label.line} ${label.heading} — ${outcome.topic}${outcome.topicRight ? '' : ' ✗'} / ${outcome.language}${outcome.languageRight ? '' : ' ✗'}; accepted ${label.topics.join('|')} / ${label.languages.join('|')}; ${outcome.section?.reason ?? 'no such section'}`);
  }
  console.log('');
}
console.log('15 most frequent confusions (got → accepted first):');
for (const [confusion, count] of result.confusions.slice(0, 15)) console.log(`  ${String(count).padStart(3)}  ${confusion}`);
const describe = (name: string, counts: TopicCounts) =>
  `${name}: ${counts.agents} agents, ${counts.topics} topics (${counts.builtIn} built-in, ${counts.shared} from shared headings); ${counts.singleAgent} held by one agent (${counts.sharedSingleAgent} of them from shared headings); ${counts.onTopics} sections on topic pages, ${counts.onAgentPages} on agents' pages`;
const dev = countTopics(readFolder(join(sharedDir, 'corpus', 'dev')));
const bulk = countTopics(readFolder(join(sharedDir, 'corpus', 'bulk')));
console.log('');
console.log(describe('dev corpus', dev));
console.log(describe('bulk corpus', bulk));
console.log(`(core time for all of it: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
console.log('');
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
console.log(`Labelled sections: ${result.outcomes.length}`);
console.log(`Topic accuracy:    ${percent(result.topicAccuracy)} (target ${percent(targets.topic)}: ${mark(result.topicAccuracy >= targets.topic)})`);
console.log(`Language accuracy: ${percent(result.languageAccuracy)} (target ${percent(targets.language)}: ${mark(result.languageAccuracy >= targets.language)})`);
const judged = evaluateJudged(JSON.parse(readFileSync(join(import.meta.dirname, '..', 'tests', 'data', 'judged-bulk-sections.json'), 'utf8')) as JudgedSection[]);
console.log(`Bulk sections judged by reading (150): topic ${percent(judged.topicAccuracy)}, language ${percent(judged.languageAccuracy)}`);
console.log(`Bulk topic pages:  ${bulk.topics} (target at most ${targets.bulkTopics}: ${mark(bulk.topics <= targets.bulkTopics)}); shared-heading topics held by one agent: ${bulk.sharedSingleAgent} (target 0: ${mark(bulk.sharedSingleAgent === 0)})`);
