import AxeBuilder from '@axe-core/playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { test as base, expect, type APIRequestContext, type APIResponse, type Locator, type Page } from '@playwright/test';
import type { HandbookReport } from '../../src/core/index.ts';

/** The report the build wrote next to the site. */
export function readReport(dir = 'dist'): HandbookReport {
  return JSON.parse(readFileSync(`${dir}/handbook-report.json`, 'utf8')) as HandbookReport;
}

/** A page of the built handbook, as a reader uses it. */
export class HandbookPage {
  readonly consoleErrors: string[] = [];

  constructor(readonly page: Page) {
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => this.consoleErrors.push(`${page.url()}: ${error.message}`));
  }

  async goto(path: string): Promise<void> {
    const response = await this.page.goto(path);
    expect(response?.status(), `status of ${path}`).toBe(200);
  }

  get title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get content(): Locator {
    return this.page.locator('.sl-markdown-content');
  }

  sidebarGroup(label: string): Locator {
    return this.page.locator('nav.sidebar details').filter({ has: this.page.locator('summary', { hasText: label }) });
  }

  /** Opens Starlight's search, types the query and returns the result links. */
  async search(query: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Search' }).click();
    const dialog = this.page.getByRole('dialog');
    const box = dialog.getByRole('textbox', { name: 'Search' });
    // The box has the focus when the dialog opens, unless Pagefind's UI (loaded once the page is
    // idle) came later: the reader clicks into it then. Pagefind loads when the box takes focus,
    // its filters last. A query typed before they have all loaded lists only the filters loaded
    // by then, until the next keystroke (Pagefind UI 1.5.2, measured with a slow network): the
    // reader here waits for them, as one who pauses.
    await box.click();
    await this.page.waitForFunction(async () => {
      const script = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/pagefind/pagefind.js'));
      if (!script) return false;
      const pagefind = (await import(script.name)) as { filters(): Promise<unknown> };
      await pagefind.filters();
      return true;
    });
    await box.fill(query);
    const results = dialog.locator('.pagefind-ui__result-link');
    await expect(results.first()).toBeVisible();
    return results;
  }

  /** The pages the build reports, as paths. */
  static allPaths(): string[] {
    return readReport().pages.map((page) => page.url);
  }
}

/**
 * Fetches a page, trying again when the connection is reset: a server closes an idle kept-alive
 * connection after a few seconds, and a request sent on it at that moment fails although the page is
 * there. Any other failure, and a reset that repeats, still fails the test.
 */
async function getWithRetry(request: APIRequestContext, path: string): Promise<APIResponse> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await request.get(path);
    } catch (error) {
      if (attempt >= 3 || !/ECONNRESET|socket hang up/u.test(String(error))) throw error;
    }
  }
}

/**
 * Reads every page as served and checks every same-site link on it: the target page exists and,
 * for a link with a hash, has an element with that id. Returns what is broken. The links are read
 * from the HTML the server sends (every link of the handbook is in it), not from a rendered page.
 */
export async function findBrokenLinks(request: APIRequestContext, paths: string[]): Promise<string[]> {
  const htmlByPath = new Map<string, string | null>();
  const fetchHtml = async (path: string): Promise<string | null> => {
    if (!htmlByPath.has(path)) {
      const response = await getWithRetry(request, path);
      htmlByPath.set(path, response.ok() ? await response.text() : null);
    }
    return htmlByPath.get(path) ?? null;
  };
  const broken: string[] = [];
  for (const path of paths) {
    const html = await fetchHtml(path);
    if (html === null) {
      broken.push(`${path} (no page)`);
      continue;
    }
    // A path without an origin is fetched from the test's base URL, and so are its links.
    const relative = !/^https?:/u.test(path);
    const base = new URL(path, 'http://handbook.test/');
    const hrefs = [...html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gu)].map((match) => decodeEntities(match[1]!));
    for (const href of new Set(hrefs)) {
      const url = new URL(href, base);
      if (url.origin !== base.origin) continue;
      const target = await fetchHtml(relative ? url.pathname : `${url.origin}${url.pathname}`);
      if (target === null) {
        broken.push(`${path} → ${url.pathname} (no page)`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !target.includes(`id="${anchor}"`)) broken.push(`${path} → ${url.pathname}#${anchor} (no anchor)`);
    }
  }
  return broken;
}

/** An attribute value as a browser reads it: the few entities Astro writes in an href. */
function decodeEntities(value: string): string {
  return value.replace(/&(amp|quot|#39|#x27|lt|gt);/gu, (_, name: string) => ({ amp: '&', quot: '"', '#39': "'", '#x27': "'", lt: '<', gt: '>' })[name] ?? _);
}

export interface ServerCommand {
  command: string;
  args: string[];
  cwd?: string;
  /** Variables added to this process's environment. */
  env?: Record<string, string>;
  /** A page that answers 200 once the server is up. */
  url: string;
}

/** Starts a server, waits until its page answers, runs `use` with its origin, then stops it and its children. */
export async function withServer(request: APIRequestContext, server: ServerCommand, use: (origin: string) => Promise<void>): Promise<void> {
  const child = spawn(server.command, server.args, { cwd: server.cwd, env: { ...process.env, ...server.env, FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    await expect(async () => expect((await request.get(server.url)).status(), output).toBe(200)).toPass({ timeout: 60_000 });
    await use(new URL(server.url).origin);
  } finally {
    await stopGroup(child);
  }
}

/** Stops a process and its children, and waits until it has gone: SIGTERM, then SIGKILL after 5 s. */
async function stopGroup(child: ChildProcess): Promise<void> {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(-child.pid, 'SIGTERM');
  const killLater = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // It has gone between the two signals.
    }
  }, 5_000);
  await exited;
  clearTimeout(killLater);
}

/**
 * Edits a file a dev server watches and waits until `url` serves the new text, then opens it.
 * The page is left first: the dev client of an open page reloads it when the file changes,
 * which would abort a navigation made at that moment.
 */
export async function editAndReload(page: Page, request: APIRequestContext, edit: { file: string; from: string; to: string; url: string }): Promise<void> {
  await page.goto('about:blank');
  writeFileSync(edit.file, readFileSync(edit.file, 'utf8').replace(edit.from, edit.to));
  await expect(async () => expect(await (await request.get(edit.url)).text()).toContain(edit.to)).toPass({ timeout: 60_000 });
  await page.goto(edit.url);
  await expect(page.locator('.sl-markdown-content')).toContainText(edit.to);
}

/** axe's serious and critical violations on the whole page, nothing excluded, each with up to three of its elements. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Expressive Code makes a code block that scrolls focusable once its resize observer has
  // settled (250 ms, then an idle callback): the page is checked as a reader finds it then.
  await expect
    .poll(() => page.evaluate(() => [...document.querySelectorAll('.expressive-code pre')].filter((pre) => pre.scrollWidth > pre.clientWidth && !pre.hasAttribute('tabindex')).length))
    .toBe(0);
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')})`);
}

export const test = base.extend<{ handbook: HandbookPage }>({
  handbook: async ({ page }, use) => {
    await use(new HandbookPage(page));
  },
});

export { expect };
