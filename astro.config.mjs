// @ts-check
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import agentHandbook from './src/plugin/index.ts';

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
