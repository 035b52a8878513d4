import { defineCollection } from 'astro:content';
import { handbookDocsLoader } from 'agent-handbook/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: handbookDocsLoader(), schema: docsSchema() }) };
