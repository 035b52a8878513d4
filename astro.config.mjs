// @ts-check
import { createRequire } from 'node:module';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';

// Node loads the plugin itself, TypeScript and all, as it loads the npm package's JavaScript.
// Imported here, it would go through Vite (Astro falls back on Vite for this file, since the link
// validator ships TypeScript), which compiles each of the plugin's modules again on every build and dev start.
/** @type {typeof import('./src/plugin/index.ts').default} */
const agentHandbook = createRequire(import.meta.url)('./src/plugin/index.ts').default;

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Agent Handbook',
      description: 'Engineering practices from agent files, for people to browse, read and search.',
      plugins: [
        // The folder of agent files (HANDBOOK_AGENTS_DIR overrides it); the handbook is the whole site.
        agentHandbook({ agentsDir: 'content/agents', prefix: '/' }),
        starlightLinksValidator(),
      ],
    }),
  ],
});
