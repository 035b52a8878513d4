import { existsSync, readdirSync } from 'node:fs';
import { slug } from 'github-slugger';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { docsExtensions } from './own-page-files.ts';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/**
 * The site's own sidebar, for a site that sets none: Starlight would then list every docs page,
 * and once the handbook sets the sidebar it no longer does. So this lists what Starlight would
 * have listed of the site's own pages: each top-level page, and a group for each top-level
 * folder, in name order. The prefix's folder is left to the handbook, and a site that wants
 * another order sets `sidebar` itself.
 */
export function siteSidebar(docsDir: string, prefix: string): Sidebar {
  if (!existsSync(docsDir)) return [];
  const handbookFolder = prefix.split('/')[0];
  const docsFile = new RegExp(`\\.(?:${docsExtensions.join('|')})$`, 'u');
  const collator = new Intl.Collator();
  return readdirSync(docsDir, { withFileTypes: true })
    .filter((entry) => (entry.isDirectory() ? entry.name !== handbookFolder : entry.isFile() && docsFile.test(entry.name)))
    .map((entry) => ({ name: entry.isDirectory() ? entry.name : slug(entry.name.replace(docsFile, '')), folder: entry.isDirectory() }))
    // Starlight's 404 page is no sidebar entry.
    .filter(({ name, folder }) => folder || name !== '404')
    .sort((a, b) => collator.compare(a.name, b.name))
    .map(({ name, folder }) => (folder ? { label: name, items: [{ autogenerate: { directory: name } }] } : { slug: name }));
}
