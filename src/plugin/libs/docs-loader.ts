import { glob, type Loader } from 'astro/loaders';

/** The files Starlight's `docsLoader()` reads: Markdown and MDX, leaving out names that start with `_`. */
const pattern = '**/[^_]*.{markdown,mdown,mkdn,mkd,mdwn,md,mdx}';

/**
 * Starlight's docs collection, read as `docsLoader()` reads it, without keeping each page's
 * source text in the content store. Nothing renders from that copy (MDX pages are compiled from
 * their files), and at 2,220 agents it was 108 MB of the store's 119 MB, which the build loads
 * and bundles.
 *
 * @example
 * // src/content.config.ts
 * docs: defineCollection({ loader: handbookDocsLoader(), schema: docsSchema() })
 */
export function handbookDocsLoader(): Loader {
  return {
    name: 'agent-handbook-docs-loader',
    load: (context) => glob({ base: new URL('content/docs/', context.config.srcDir), pattern, retainBody: false }).load(context),
  };
}
