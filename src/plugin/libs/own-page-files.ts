import { existsSync, readFileSync } from 'node:fs';

/** The file extensions of Starlight docs entries. */
export const docsExtensions = ['md', 'mdx', 'mdoc'] as const;

/**
 * Whether a file below the docs folder is a page the handbook wrote: its frontmatter has the
 * `handbook:` block that `emitMdx` gives every page. Only such files are ever replaced or
 * removed, so the site's own pages are safe whatever folder the handbook shares with them.
 */
export function isHandbookPageFile(file: string): boolean {
  if (!existsSync(file)) return false;
  const text = readFileSync(file, 'utf8');
  if (!text.startsWith('---\n')) return false;
  const end = text.indexOf('\n---\n', 3);
  return end > 0 && /^handbook:\n {2}kind: [a-z-]+$/mu.test(text.slice(4, end));
}
