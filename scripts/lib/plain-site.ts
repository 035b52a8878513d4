/**
 * A plain Starlight site that builds the very pages a handbook build generated, with the same
 * sidebar, styles and components but without the handbook plugin: what Starlight alone costs.
 */
import { cpSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';
import { buildHandbook } from '../../src/core/index.ts';
import { handbookSidebar } from '../../src/plugin/libs/sidebar.ts';
import { readFolder } from './evaluate-labels.ts';

export interface PlainSiteOptions {
  /** The handbook repository's root. */
  repo: string;
  /** Where to make the plain site. */
  dir: string;
  title: string;
  description: string;
  sidebar: NonNullable<StarlightUserConfig['sidebar']>;
}

/** Makes the plain site from the pages now in the repository's `src/content/docs/`. */
export function makePlainSite(options: PlainSiteOptions): void {
  const { repo, dir } = options;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content'), { recursive: true });
  cpSync(join(repo, 'src', 'content', 'docs'), join(dir, 'src', 'content', 'docs'), { recursive: true });
  cpSync(join(repo, 'src', 'content', 'i18n'), join(dir, 'src', 'content', 'i18n'), { recursive: true });
  // The pages import the components by a path relative to src/: the same path finds them here.
  symlinkSync(join(repo, 'src', 'components'), join(dir, 'src', 'components'));
  const fromSrc = (file: string) => relative(join(dir, 'src'), join(repo, file)).split('\\').join('/');
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';",
      `import { handbookFrontmatterSchema } from './${fromSrc('src/plugin/libs/page-frontmatter.ts')}';`,
      '',
      'export const collections = {',
      '  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: handbookFrontmatterSchema }) }),',
      '  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),',
      '};',
      '',
    ].join('\n'),
  );
  const css = ['src/styles/handbook.css', 'src/styles/print.css'].map((file) => resolve(repo, file));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      "import starlightLinksValidator from 'starlight-links-validator';",
      '',
      'export default defineConfig({',
      "  site: 'http://localhost:4321',",
      '  integrations: [',
      `    starlight(${JSON.stringify({ title: options.title, description: options.description, sidebar: options.sidebar, customCss: css })
        .replace(/\}$/u, ', plugins: [starlightLinksValidator()] }')}),`,
      '  ],',
      '});',
      '',
    ].join('\n'),
  );
}

const title = 'Agent Handbook';
const description = 'Engineering practices from agent files, for people to browse, read and search.';

/** The plain site for the pages a handbook build of `agentsDir` just generated, with the handbook's sidebar for those agents. */
export function makePlainSiteFor(repo: string, dir: string, agentsDir: string): void {
  makePlainSite({ repo, dir, title, description, sidebar: handbookSidebar([], buildHandbook(readFolder(agentsDir)), { prefix: '', title }) });
}
