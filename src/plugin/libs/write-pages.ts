import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { emitMdx, type HandbookPage } from '../../core/index.ts';
import { isHandbookPageFile } from './own-page-files.ts';

/** The page files a write changed, as a file watcher names the events. */
export interface PageFileChanges {
  add: string[];
  change: string[];
  unlink: string[];
}

/** What this process last wrote to each page file, by the page's signature. */
const written = new Map<string, { signature: string; components: string }>();

/** For a page the builder gave no signature: a digest of everything its MDX is written from. */
function contentSignature(page: HandbookPage): string {
  const { title, description, order, frontmatter, kind, language, topic, agent, body } = page;
  return createHash('sha1')
    .update(JSON.stringify([title, description, order, frontmatter, kind, language, topic, agent, body]))
    .digest('base64');
}

/**
 * Writes the pages as MDX below `docsDir`: pages the handbook wrote before and no longer needs
 * are removed (the site's own pages never are), and unchanged files are left alone so that dev
 * reloads only what changed. Returns what changed.
 */
export function writePages(pages: HandbookPage[], docsDir: string, componentsFile: string): PageFileChanges {
  const changes: PageFileChanges = { add: [], change: [], unlink: [] };
  const wanted = new Set<string>();
  for (const page of pages) {
    const file = join(docsDir, `${page.id}.mdx`);
    wanted.add(file);
    let componentsModule = relative(dirname(file), componentsFile).split(sep).join('/');
    if (!componentsModule.startsWith('.')) componentsModule = `./${componentsModule}`;
    // A page with the signature of the page last written to the file, by this process, is that page.
    const signature = page.signature ?? contentSignature(page);
    const known = written.get(file);
    if (known?.signature === signature && known.components === componentsModule && existsSync(file)) continue;
    const content = emitMdx(page, { componentsModule });
    written.set(file, { signature, components: componentsModule });
    mkdirSync(dirname(file), { recursive: true });
    const existed = existsSync(file);
    if (existed && readFileSync(file, 'utf8') === content) continue;
    writeFileSync(file, content);
    changes[existed ? 'change' : 'add'].push(file);
  }
  for (const name of readdirSync(docsDir, { recursive: true, encoding: 'utf8' }) as string[]) {
    const file = join(docsDir, name);
    if (name.endsWith('.mdx') && !wanted.has(file) && isHandbookPageFile(file)) {
      rmSync(file);
      changes.unlink.push(file);
    }
  }
  return changes;
}
