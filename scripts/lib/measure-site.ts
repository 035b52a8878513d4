/**
 * What a reader's browser meets on a built site, for the benchmark: what one search downloads,
 * and Lighthouse's scores for each kind of page.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../../tests/e2e/chromium.ts';
import { serveWithHeaders } from '../../tests/e2e/serve-with-headers.ts';

const port = 4399;

export interface SearchDownload {
  results: number;
  /** Bytes of the result fragments the search loaded, as stored (compressed). */
  fragmentBytes: number;
  fragments: number;
  /** Everything below pagefind/ the search loaded: the UI, the WASM, the index chunks and the fragments. */
  totalBytes: number;
}

/** Opens the site's search, as a reader does, and sums what it downloads from pagefind/. */
export async function searchDownload(dir: string, query: string): Promise<SearchDownload> {
  const server = await serveWithHeaders(dir, port);
  const executablePath = chromiumExecutable();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const loaded: Array<{ url: string; bytes: number }> = [];
    page.on('response', async (response) => {
      if (!response.url().includes('/pagefind/')) return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      loaded.push({ url: response.url(), bytes: body.length });
    });
    await page.goto(`${server.origin}/`);
    await page.getByRole('button', { name: /Search/u }).first().click();
    await page.getByRole('dialog').getByRole('textbox').fill(query);
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor();
    await page.waitForLoadState('networkidle');
    const fragments = loaded.filter((entry) => entry.url.includes('/fragment/'));
    return {
      results: await results.count(),
      fragmentBytes: fragments.reduce((sum, entry) => sum + entry.bytes, 0),
      fragments: fragments.length,
      totalBytes: loaded.reduce((sum, entry) => sum + entry.bytes, 0),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** One page of each kind, as the report lists them. */
function pagesByKind(dir: string): string[] {
  const report = JSON.parse(readFileSync(join(dir, 'handbook-report.json'), 'utf8')) as { pages: Array<{ url: string; kind: string }> };
  const seen = new Map<string, string>();
  for (const page of report.pages) if (!seen.has(page.kind) && page.kind !== 'not-found') seen.set(page.kind, page.url);
  // For a merged handbook, the heaviest topic too.
  return [...seen.values()];
}

/** Lighthouse's mobile scores for one page of each kind, run with npx (fetched on first use). */
export async function lighthouseScores(dir: string): Promise<Array<{ path: string; scores: string }>> {
  const server = await serveWithHeaders(dir, port);
  const executablePath = chromiumExecutable() ?? chromium.executablePath();
  const run = promisify(execFile);
  const scores: Array<{ path: string; scores: string }> = [];
  try {
    // One at a time: Lighthouse's performance score needs the machine to itself.
    for (const path of pagesByKind(dir)) {
      try {
        const { stdout } = await run(
          'npx',
          ['--yes', 'lighthouse@13', `${server.origin}${path}`, '--quiet', '--output=json', '--output-path=stdout', `--chrome-flags=${chromiumArgs.join(' ')}`, '--only-categories=performance,accessibility,best-practices,seo'],
          { encoding: 'utf8', env: { ...process.env, CHROME_PATH: executablePath }, maxBuffer: 256 * 1024 * 1024 },
        );
        const report = JSON.parse(stdout) as { categories: Record<string, { score: number | null }>; audits: Record<string, { displayValue?: string }> };
        const categories = Object.entries(report.categories).map(([name, category]) => `${name} ${Math.round((category.score ?? 0) * 100)}`);
        // What the performance score is made of.
        const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id.split('-').map((word) => word[0]!.toUpperCase()).join('')} ${report.audits[id]?.displayValue ?? '?'}`);
        scores.push({ path, scores: `${categories.join(', ')} (${metrics.join(', ')})` });
      } catch (error) {
        scores.push({ path, scores: `failed: ${String(error).split('\n').slice(0, 2).join(' ')}` });
      }
    }
    return scores;
  } finally {
    await server.close();
  }
}
