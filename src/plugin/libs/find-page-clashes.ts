import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AstroError } from 'astro/errors';
import type { HandbookPage } from '../../core/index.ts';
import { docsExtensions, isHandbookPageFile } from './own-page-files.ts';

/** The file extensions Astro makes pages of in `src/pages/`. */
const pageExtensions = ['astro', 'md', 'mdx', 'html', 'js', 'ts'];

export interface PageClashOptions {
  /** The site's docs folder, `src/content/docs/`. */
  docsDir: string;
  /** The site's `src/pages/` folder. */
  pagesDir: string;
  /** The path the handbook's pages live under, without slashes; empty for the site's root. */
  prefix: string;
  /** What file names in the message are relative to. */
  root: string;
}

/**
 * Fails when one of the site's own pages has the address of a handbook page, before anything is
 * written: the handbook never replaces a page it did not write.
 */
export function throwOnPageClashes(pages: HandbookPage[], options: PageClashOptions): void {
  const clashes: string[] = [];
  for (const page of pages) {
    const slug = [options.prefix, page.id === 'index' ? '' : page.id].filter(Boolean).join('/');
    const names = (extension: string) => (slug ? [`${slug}.${extension}`, `${slug}/index.${extension}`] : [`index.${extension}`]);
    const candidates = [
      ...docsExtensions.flatMap((extension) => names(extension).map((name) => join(options.docsDir, name))),
      ...pageExtensions.flatMap((extension) => names(extension).map((name) => join(options.pagesDir, name))),
    ];
    for (const file of candidates) {
      if (existsSync(file) && !isHandbookPageFile(file)) clashes.push(`- ${relative(options.root, file)} has the address of the handbook's “${page.title}” page.`);
    }
  }
  if (clashes.length === 0) return;
  const error = new AstroError(
    `The handbook's pages would take the place of ${clashes.length === 1 ? 'a page' : `${clashes.length} pages`} of the site:\n${clashes.join('\n')}`,
    'Put the handbook under a path of its own, e.g. `agentHandbook({ prefix: "handbook" })`, or move those pages.',
  );
  error.stack = '';
  throw error;
}
