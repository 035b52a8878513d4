/**
 * The benchmark: the handbook against plain Starlight building the same generated pages, cold,
 * interleaved, for the seed agent and for ../shared/corpus/bulk; the core's time at 111, 222 and
 * 444 agents; the largest pages; and what one search downloads. Prints figures; it is not a test.
 *
 *   npm run bench                     # 3 rounds of each build
 *   npm run bench -- --rounds 5
 *   npm run bench -- --lighthouse     # also Lighthouse (mobile) on each kind of page, via npx
 *   npm run bench -- --only seed      # the seed's builds alone (or `--only bulk`)
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildHandbook } from '../src/core/index.ts';
import { readFolder, sharedDir } from './lib/evaluate-labels.ts';
import { makePlainSiteFor } from './lib/plain-site.ts';
import { lighthouseScores, searchDownload } from './lib/measure-site.ts';

const { values } = parseArgs({
  options: { rounds: { type: 'string', default: '3' }, lighthouse: { type: 'boolean', default: false }, only: { type: 'string' } },
});
if (values.only !== undefined && values.only !== 'seed' && values.only !== 'bulk') throw new Error(`--only takes seed or bulk, not ${values.only}.`);
const rounds = Number(values.rounds);
const repo = resolve(import.meta.dirname, '..');

interface BuildFigures {
  seconds: number;
  maxRssMiB: number;
}

function timedBuild(root: string, outDir: string, agentsDir: string): BuildFigures {
  const result = spawnSync(process.execPath, [join(repo, 'scripts', 'lib', 'bench-build.ts'), root, outDir], {
    cwd: repo,
    env: { ...process.env, HANDBOOK_AGENTS_DIR: agentsDir, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = result.stdout.trim().split('\n').at(-1) ?? '';
  if (result.status !== 0 || !line.startsWith('{')) throw new Error(`The build of ${root} failed:\n${result.stderr.slice(-3000)}`);
  return JSON.parse(line) as BuildFigures;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const fixed = (value: number, digits = 2) => value.toFixed(digits);

function htmlSizes(dir: string): Array<[string, number]> {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((name) => name.endsWith('.html'))
    .map((name): [string, number] => [name, statSync(join(dir, name)).size])
    .sort((a, b) => b[1] - a[1]);
}

const corpora = [
  { key: 'seed', name: 'seed (1 agent)', agentsDir: join(repo, 'content', 'agents'), out: 'dist-bench-seed' },
  { key: 'bulk', name: `bulk (${readFolder(join(sharedDir, 'corpus', 'bulk')).length} agents)`, agentsDir: join(sharedDir, 'corpus', 'bulk'), out: 'dist-bench-bulk' },
].filter((corpus) => values.only === undefined || corpus.key === values.only);

for (const corpus of corpora) {
  const handbook: BuildFigures[] = [];
  const plain: BuildFigures[] = [];
  const plainDir = join(repo, '.bench', 'plain');
  for (let round = 0; round < rounds; round += 1) {
    handbook.push(timedBuild(repo, corpus.out, corpus.agentsDir));
    // The plain site builds exactly the pages the handbook build just generated.
    makePlainSiteFor(repo, plainDir, corpus.agentsDir);
    plain.push(timedBuild(plainDir, `${corpus.out}-plain`, corpus.agentsDir));
  }
  const [hs, ps] = [median(handbook.map((entry) => entry.seconds)), median(plain.map((entry) => entry.seconds))];
  const [hm, pm] = [median(handbook.map((entry) => entry.maxRssMiB)), median(plain.map((entry) => entry.maxRssMiB))];
  console.log(`\n${corpus.name}, medians of ${rounds} cold builds, interleaved:`);
  console.log(`  build time:  handbook ${fixed(hs)} s, plain Starlight ${fixed(ps)} s, ratio ${fixed(hs / ps)}×`);
  console.log(`  peak memory: handbook ${fixed(hm, 0)} MiB, plain Starlight ${fixed(pm, 0)} MiB, ratio ${fixed(hm / pm)}×`);
  // A shared machine's speed drifts: each round's two builds ran back to back, so their ratio drifts less.
  const rows = handbook.map((entry, round) => `${fixed(entry.seconds)}/${fixed(plain[round]!.seconds)} s = ${fixed(entry.seconds / plain[round]!.seconds)}×`);
  console.log(`  each round, handbook/plain: ${rows.join('; ')}`);
  const sizes = htmlSizes(join(repo, corpus.out));
  console.log(`  ${sizes.length} HTML pages; the largest: ${sizes.slice(0, 5).map(([name, size]) => `${name} ${fixed(size / 1024, 0)} KB`).join(', ')}`);
  const pagefind = (readdirSync(join(repo, corpus.out, 'pagefind'), { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.pf_meta'));
  console.log(`  search index: ${pagefind.length} pf_meta file(s) in ${corpus.out}/pagefind`);
  const search = await searchDownload(join(repo, corpus.out), 'connection pooling');
  console.log(`  one search for "connection pooling": ${search.results} results, ${fixed(search.fragmentBytes / 1024, 1)} KB of fragments (${search.fragments} fragment files), ${fixed(search.totalBytes / 1024, 1)} KB from pagefind/ in all`);
  if (values.lighthouse) {
    for (const entry of await lighthouseScores(join(repo, corpus.out))) console.log(`  Lighthouse (mobile) ${entry.path}: ${entry.scores}`);
  }
}

// The core alone, in this process: reading, classifying, planning, rendering, linking, emitting.
if (values.only === 'seed') process.exit(0);
const bulk = readFolder(join(sharedDir, 'corpus', 'bulk'));
const coreTimes = new Map<number, number>();
const coreBytes = new Map<number, number>();
buildHandbook(bulk.slice(0, 20));
for (const size of [111, 222, 444]) {
  const sources = bulk.slice(0, size);
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    buildHandbook(sources);
    return (performance.now() - started) / 1000;
  });
  coreTimes.set(size, median(times));
  coreBytes.set(size, sources.reduce((sum, source) => sum + Buffer.byteLength(source.text), 0));
}
console.log(`\nCore time (median of 3): ${[...coreTimes].map(([size, seconds]) => `${size} agents ${fixed(seconds)} s`).join(', ')}; 444 ÷ 111: ${fixed(coreTimes.get(444)! / coreTimes.get(111)!)}×`);
// The first 111 files (in name order) are far smaller than a quarter of the 444: time per MB says whether the core is linear in its input.
console.log(`Core time per MB of agent files: ${[...coreTimes].map(([size, seconds]) => `${size} agents (${fixed(coreBytes.get(size)! / 1024 / 1024)} MB) ${fixed(seconds / (coreBytes.get(size)! / 1024 / 1024))} s/MB`).join(', ')}`);
console.log(`Largest report of the bulk build: ${fixed(statSync(join(repo, 'dist-bench-bulk', 'handbook-report.json')).size / 1024, 0)} KB; checklists.json ${fixed(readFileSync(join(repo, 'dist-bench-bulk', 'checklists.json')).length / 1024, 0)} KB`);
