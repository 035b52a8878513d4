/**
 * Samples pairs of practices that the handbook links as "the same practice", for people to judge
 * by reading. Builds the core only, over ../shared/corpus/bulk (or a folder you name), and writes
 * the sample as JSON with `same: null` for each pair; a judge fills in `same` and `why`.
 *
 *   node scripts/sample-linked-pairs.ts [folder] [count] [--plain] > pairs.json
 *
 * With --plain, only pairs of which at least one item has no bold term. Pairs already judged in
 * tests/data/judged-plain-links.json are left out: a sample is of pairs no one has read.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildHandbook } from '../src/core/index.ts';
import { readFolder, sharedDir } from './lib/evaluate-labels.ts';
import { linkedPairs, pairKey, type JudgedPair } from './lib/linked-pairs.ts';

const args = process.argv.slice(2).filter((arg) => arg !== '--plain');
const folder = resolve(args[0] || join(sharedDir, 'corpus', 'bulk'));
const count = Number(args[1] || 120);
const plainOnly = process.argv.includes('--plain');
const judged = new Set((JSON.parse(readFileSync(join(import.meta.dirname, '..', 'tests', 'data', 'judged-plain-links.json'), 'utf8')) as JudgedPair[]).map(pairKey));
const pairs = linkedPairs(buildHandbook(readFolder(folder)).checklists).filter((pair) => (!plainOnly || pair.a.plain || pair.b.plain) && !judged.has(pairKey(pair)));
// A fixed seed: the same corpus gives the same sample.
let seed = 20261124;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const picked = new Set<number>();
while (picked.size < Math.min(count, pairs.length)) picked.add(Math.floor(random() * pairs.length));
console.log(JSON.stringify([...picked].sort((a, b) => a - b).map((index) => ({ ...pairs[index]!, same: null, why: '' })), null, 2));
