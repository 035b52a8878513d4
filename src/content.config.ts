import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { handbookDocsLoader } from './plugin/libs/docs-loader.ts';
import { handbookFrontmatterSchema } from './plugin/libs/page-frontmatter.ts';

export const collections = {
  docs: defineCollection({ loader: handbookDocsLoader(), schema: docsSchema({ extend: handbookFrontmatterSchema }) }),
  // Starlight's translations of its interface (src/content/i18n/en.json: Starlight's own English
  // is kept, but Starlight warns when the collection is missing or empty).
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
