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
 * The most UTF-8 bytes of a slug: it names files (`agents/<slug>.mdx`, `agents/<slug>/<slug>.md`),
 * and a file system takes names of 255 bytes at most, with room here for a twin's `-12` and the
 * extension.
 */
export const slugBytes = 120;

/**
 * The slug of a name, fit to be a page's file name: no leading `_` (Astro leaves such files out
 * of the site), at most `slugBytes` long (a 400-character name stopped the build with
 * ENAMETOOLONG), and `fallback` for a name that gives nothing.
 */
export function nameSlug(name: string, fallback: string): string {
  let kept = '';
  let bytes = 0;
  for (const character of slug(name).replace(/^_+/u, '')) {
    const code = character.codePointAt(0)!;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes > slugBytes) break;
    kept += character;
  }
  return kept.replace(/-+$/u, '') || fallback;
}
