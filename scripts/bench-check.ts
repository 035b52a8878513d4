/**
 * Times `agent-handbook check` on a folder of agents, as a user runs it (a new process each
 * time), next to the time Node takes to start and do nothing, and prints the figures.
 *
 *   npm run bench:check                      # ../shared/corpus/bulk, 444 agents
 *   npm run bench:check -- path/to/agents    # any folder
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const folder = resolve(process.argv[2] ?? '../shared/corpus/bulk');
const runs = 5;

function seconds(args: string[]): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8' });
  if (result.status !== 0 && result.status !== 1) throw new Error(`${args.join(' ')} failed:\n${result.stderr}`);
  return (performance.now() - started) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const check = median(Array.from({ length: runs }, () => seconds(['bin/agent-handbook.js', 'check', folder])));
const startup = median(Array.from({ length: runs }, () => seconds(['-e', '0'])));
const summary = spawnSync(process.execPath, ['bin/agent-handbook.js', 'check', folder], { encoding: 'utf8' }).stdout.trim().split('\n').at(-1);

console.log(summary);
console.log(`check:          ${check.toFixed(2)} s (median of ${runs} runs)`);
console.log(`Node start-up:  ${startup.toFixed(2)} s`);
console.log(`checking alone: ${(check - startup).toFixed(2)} s`);
