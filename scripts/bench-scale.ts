/**
 * The handbook at an organisation's scale: five teams' copies of the 444 bulk agents (2,220
 * files in five subfolders, each agent's name suffixed with its team) and the 444 agents, built
 * in one run, each cold in its own process, then the one-agent handbook for the pages' median.
 * Prints wall time, peak memory, pages, the largest and the median page for each, the ratios and
 * the targets they are held to.
 *
 *   npm run bench:scale
 *   npm run bench:scale -- --plain    # also plain Starlight on the 2,220 agents' generated pages
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { makePlainSiteFor } from './lib/plain-site.ts';
import { writeTeamFolders } from './lib/team-folders.ts';

const { values } = parseArgs({ options: { plain: { type: 'boolean', default: false } } });

interface Figures {
  agents: number;
  seconds: number;
  maxRssMiB: number;
  pages: number;
  largest: { file: string; bytes: number };
  median: number;
  over: number;
}

const budget = 400 * 1024;
const bulk = resolve('..', 'shared', 'corpus', 'bulk');
const teams = join(tmpdir(), 'agent-handbook-five-teams');
const teamAgents = writeTeamFolders(bulk, teams);

function build(label: string, agentsDir: string | undefined, agents: number, root = '.'): Figures {
  const outDir = `dist-scale-${label}`;
  const env = { ...process.env };
  if (agentsDir) env['HANDBOOK_AGENTS_DIR'] = agentsDir;
  else delete env['HANDBOOK_AGENTS_DIR'];
  const output = execFileSync(process.execPath, ['scripts/lib/bench-build.ts', root, outDir], { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const { seconds, maxRssMiB } = JSON.parse(output.trim().split('\n').at(-1)!) as { seconds: number; maxRssMiB: number };
  const sizes = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html')).map((name) => ({ file: name, bytes: statSync(join(outDir, name)).size }));
  sizes.sort((a, b) => a.bytes - b.bytes);
  return { agents, seconds, maxRssMiB, pages: sizes.length, largest: sizes.at(-1)!, median: sizes[Math.floor(sizes.length / 2)]!.bytes, over: sizes.filter((size) => size.bytes > budget).length };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');
const line = (name: string, figures: Figures) =>
  `${name}: ${figures.pages} pages in ${figures.seconds.toFixed(1)} s, peak ${figures.maxRssMiB.toFixed(0)} MB; largest ${figures.largest.file} ${kb(figures.largest.bytes)}; median ${kb(figures.median)}; ${figures.over} over ${kb(budget)}`;

const many = build('2220', teams, teamAgents);
// Plain Starlight on the very pages the 2,220-agent build generated: what Starlight alone costs at that size.
let plain: Figures | undefined;
if (values.plain) {
  const plainDir = resolve('.bench', 'plain-scale');
  makePlainSiteFor(resolve('.'), plainDir, teams);
  plain = build('2220-plain', teams, teamAgents, plainDir);
}
const bulkFigures = build('444', bulk, readdirSync(bulk).filter((name) => name.endsWith('.md')).length);
const one = build('1', undefined, 1);
console.log(`\n${line(`${many.agents} agents (five teams)`, many)}`);
console.log(line(`${bulkFigures.agents} agents`, bulkFigures));
console.log(line('one agent', one));
if (plain) console.log(`${line(`plain Starlight on the ${many.agents} agents' pages`, plain)}; handbook ÷ plain: time ${(many.seconds / plain.seconds).toFixed(2)}×, peak ${(many.maxRssMiB / plain.maxRssMiB).toFixed(2)}×`);
const timeRatio = many.seconds / bulkFigures.seconds;
const medianRatio = many.median / one.median;
console.log(`\n${many.agents} ÷ ${bulkFigures.agents} agents, time: ${timeRatio.toFixed(2)}× (target at most 5.5×: ${mark(timeRatio <= 5.5)})`);
console.log(`${many.agents} agents, peak memory: ${(many.maxRssMiB / 1024).toFixed(2)} GB (target at most 3.5 GB: ${mark(many.maxRssMiB <= 3.5 * 1024)})`);
console.log(`${many.agents} agents, pages over 400 KB: ${many.over} (target none: ${mark(many.over === 0)})`);
console.log(`${many.agents} agents, median page ÷ one agent's: ${medianRatio.toFixed(2)}× (target at most 1.3×: ${mark(medianRatio <= 1.3)})`);
console.log(`${bulkFigures.agents} agents, pages over 400 KB: ${bulkFigures.over} (target none: ${mark(bulkFigures.over === 0)})`);
