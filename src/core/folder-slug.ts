import GithubSlugger, { slug } from 'github-slugger';

/**
 * Names that no agent or topic page may take in its folder: `index` is the folder's own page
 * (`agents/index.mdx` would stand in for `agents.mdx`), and `done` holds the definitions of done
 * among the topics' checklists.
 */
export const reservedSlugs = ['index', 'done'] as const;

/** A slugger for the pages of one folder, which has already given out the reserved names. */
export function folderSlugger(): GithubSlugger {
  const slugger = new GithubSlugger();
  for (const name of reservedSlugs) slugger.slug(name);
  return slugger;
}

/**
 * The slug of a name, fit to be a page's file name: no leading `_` (Astro leaves such files out
 * of the site), and `fallback` for a name that gives nothing.
 */
export function nameSlug(name: string, fallback: string): string {
  return slug(name).replace(/^_+/u, '') || fallback;
}
