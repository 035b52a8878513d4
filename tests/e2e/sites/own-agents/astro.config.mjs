// A small real site that uses the plugin with its own agents folder.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import agentHandbook from '../../../../src/plugin/index.ts';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [
    starlight({
      title: 'Own agents',
      plugins: [agentHandbook({ agentsDir: 'team-agents', prefix: '/' })],
    }),
  ],
});
