// A team's existing Starlight site that adds the handbook with the plugin, as the README says.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import agentHandbook from 'agent-handbook';

export default defineConfig({
  integrations: [
    starlight({
      title: 'Acme Docs',
      sidebar: [{ label: 'Guides', items: [{ autogenerate: { directory: 'guides' } }] }],
      plugins: [agentHandbook({ agentsDir: '.claude/agents' })],
    }),
  ],
});
