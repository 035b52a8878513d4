/**
 * How long an edit to one agent file takes to show in the browser in `astro dev`, with the 444
 * agents of ../shared/corpus/bulk: a dev server on a copy of the folder, a browser on the
 * edited agent's page, and the time from writing the file to the page showing the new text.
 * Prints figures; it is not a test.
 *
 *   npm run bench:dev
 *   npm run bench:dev -- --rounds 5 --agents ../shared/corpus/dev
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tests/e2e/chromium.ts';
import { buildHandbook } from '../src/core/index.ts';
import { readFolder, sharedDir } from './lib/evaluate-labels.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    agents: { type: 'string', default: join(sharedDir, 'corpus', 'bulk') },
    port: { type: 'string', default: '4390' },
  },
});
const repo = resolve(import.meta.dirname, '..');
const agents = mkdtempSync(join(tmpdir(), 'handbook-bench-dev-'));
cpSync(resolve(values.agents), agents, { recursive: true });
const sources = readFolder(agents);
// The agent to edit: the one in the middle of the folder, and its page.
const edited = sources[Math.floor(sources.length / 2)]!;
const report = buildHandbook(sources).report;
const slug = report.agents.find((agent) => agent.file === edited.file)?.slug;
const page = report.pages.find((entry) => entry.kind === 'agent' && entry.agent === slug);
if (!page) throw new Error(`No page for ${edited.file}.`);
const origin = `http://127.0.0.1:${values.port}`;

const server = spawn('npx', ['astro', 'dev', '--root', repo, '--port', values.port, '--host', '127.0.0.1', '--force'], {
  cwd: repo,
  env: { ...process.env, HANDBOOK_AGENTS_DIR: agents, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
});
// The server's own account of each regeneration, printed with the figures: when it ended, after the save.
let saved = 0;
server.stdout.on('data', (chunk: Buffer) => {
  for (const line of chunk.toString().split('\n')) {
    if (process.env['BENCH_VERBOSE'] && line.trim()) console.log(`    [${((performance.now() - saved) / 1000).toFixed(2)}] ${line.trim()}`);
    else if (/ERROR|cannot be built/u.test(line)) console.log(`  dev server, ${((performance.now() - saved) / 1000).toFixed(2)} s after the save: ${line.trim()}`);
    else if (line.includes('Regenerated')) console.log(`  dev server, ${((performance.now() - saved) / 1000).toFixed(2)} s after the save: ${line.replace(/^.*?Regenerated/u, 'regenerated')}`);
  }
});
server.stderr.resume();
const executablePath = chromiumExecutable();
const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
try {
  const tab = await browser.newPage();
  const started = performance.now();
  /** Loads the agent's page until it answers and holds `text`; the time that took. */
  const waitFor = async (text: string, timeout: number): Promise<number> => {
    const from = performance.now();
    for (;;) {
      const response = await tab.goto(`${origin}${page.url}`).catch(() => null);
      if (response?.ok() && (await tab.locator('.sl-markdown-content').textContent())?.includes(text)) return (performance.now() - from) / 1000;
      if (performance.now() - from > timeout) throw new Error(`“${text}” did not show on ${page.url} within ${timeout / 1000} s.`);
      await new Promise((done) => setTimeout(done, 50));
    }
  };
  await waitFor('', 180_000);
  console.log(`${sources.length} agents: the dev server served ${page.url} after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const loadStarted = performance.now();
  // The dev server may reload the page just after it first serves it: load it again then.
  await tab.goto(`${origin}${page.url}`).catch(() => tab.goto(`${origin}${page.url}`));
  console.log(`  loading that page again, unchanged: ${((performance.now() - loadStarted) / 1000).toFixed(2)} s`);
  const file = join(agents, edited.file);
  const original = readFileSync(file, 'utf8');
  const times: number[] = [];
  /** Waits until the open page shows `text`, for at most `ms`; whether it did. */
  const shows = async (text: string, ms: number): Promise<boolean> => {
    // A reload in the middle of a check ends that check: check again until the deadline.
    for (const deadline = performance.now() + ms; performance.now() < deadline; ) {
      try {
        await tab.waitForFunction((marker) => document.querySelector('.sl-markdown-content')?.textContent?.includes(marker), text, { timeout: Math.max(1, deadline - performance.now()), polling: 20 });
        return true;
      } catch {
        // Reloaded, or out of time: the loop decides.
      }
    }
    return false;
  };
  let missed = 0;
  for (let round = 1; round <= Number(values.rounds); round += 1) {
    const marker = `Edited in round ${round} of the benchmark`;
    // A second between saves, as a person's are.
    await new Promise((done) => setTimeout(done, 1_000));
    saved = performance.now();
    writeFileSync(file, `${original}\n\n## Notes\n\n${marker}.\n`);
    // The page stays open, as a reader's would: the dev server reloads it.
    if (await shows(marker, 10_000)) {
      times.push((performance.now() - saved) / 1000);
      console.log(`  edit ${round}: shows in the browser after ${times.at(-1)!.toFixed(2)} s`);
      continue;
    }
    // Not reloaded by itself: does the server have the edit?
    missed += 1;
    await tab.reload();
    console.log(`  edit ${round}: the open page did not reload by itself within 10 s; reloaded by hand, it ${(await shows(marker, 5_000)) ? 'shows' : 'still does not show'} the edit`);
  }
  if (missed > 0) console.log(`${missed} of ${values.rounds} edits did not reload the open page by themselves.`);
  const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? Number.NaN;
  console.log(`Median time from saving ${edited.file} to its page showing the edit: ${median.toFixed(2)} s (${times.length} edits)`);
} finally {
  await browser.close();
  if (server.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(agents, { recursive: true, force: true });
}
