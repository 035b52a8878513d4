/**
 * Builds the handbook from a folder of many agents and prints its figures: pages, time, peak
 * memory and HTML per page, next to the same figures for the default one-agent handbook.
 *
 *   npm run build:bulk                       # ../shared/corpus/bulk, 444 agents
 *   npm run build:bulk -- path/to/agents     # any folder
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';

interface Figures {
  pages: number;
  seconds: number;
  htmlBytes: number[];
}

async function measure(agentsDir: string | undefined, outDir: string): Promise<Figures> {
  if (agentsDir) process.env['HANDBOOK_AGENTS_DIR'] = agentsDir;
  else delete process.env['HANDBOOK_AGENTS_DIR'];
  const started = performance.now();
  await build({ root: process.cwd(), outDir, logLevel: 'error' });
  const seconds = (performance.now() - started) / 1000;
  const htmlBytes = htmlFiles(outDir).map((file) => statSync(file).size);
  return { pages: htmlBytes.length, seconds, htmlBytes };
}

function htmlFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html')).map((name) => join(dir, name));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(values.length, 1);

const folder = resolve(process.argv[2] ?? '../shared/corpus/bulk');
const agents = (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.md')).length;

const one = await measure(undefined, 'dist-bench-one');
const many = await measure(folder, 'dist-bench-many');
const report = JSON.parse(readFileSync('dist-bench-many/handbook-report.json', 'utf8')) as { problems: Array<{ severity: string }> };

console.log(`\nOne agent (content/agents): ${one.pages} pages in ${one.seconds.toFixed(1)} s; HTML per page: mean ${kb(mean(one.htmlBytes))}, median ${kb(median(one.htmlBytes))}`);
console.log(`${agents} agents (${folder}): ${many.pages} pages in ${many.seconds.toFixed(1)} s; HTML per page: mean ${kb(mean(many.htmlBytes))}, median ${kb(median(many.htmlBytes))}, largest ${kb(Math.max(...many.htmlBytes))}`);
console.log(`Median HTML per page, ${agents} agents ÷ one agent: ${(median(many.htmlBytes) / median(one.htmlBytes)).toFixed(2)}×`);
console.log(`Problems reported: ${report.problems.filter((problem) => problem.severity === 'error').length} errors, ${report.problems.filter((problem) => problem.severity === 'warning').length} warnings`);
// Issue 10's budget: no page of the 444-agent handbook over 400 KB of HTML.
const budget = 400 * 1024;
const over = htmlFiles('dist-bench-many').filter((file) => statSync(file).size > budget);
console.log(over.length === 0 ? `No page over ${kb(budget)}.` : `Pages over ${kb(budget)}: ${over.map((file) => `${file} ${kb(statSync(file).size)}`).join(', ')}`);
if (over.length > 0) process.exitCode = 1;
console.log(`Peak memory (RSS) of both builds: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
