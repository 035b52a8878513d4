import { writeFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { HandbookBuild } from '../../core/index.ts';
import { indexForSearch, searchableSymbols } from './search-index.ts';

export interface HandbookIntegrationOptions {
  agentsDir: string;
  /** The result of the last generation. */
  build: () => HandbookBuild;
  /** Builds the pages again; returns an error message instead of throwing. */
  regenerate: () => string | null;
}

/** Build glue: writes `handbook-report.json` and `checklists.json` into the output, and regenerates in dev when an agent file changes. */
export function handbookIntegration(options: HandbookIntegrationOptions): AstroIntegration {
  return {
    name: 'agent-handbook:build',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.add(options.agentsDir);
        const inAgentsDir = (file: string) => {
          const rel = relative(options.agentsDir, resolve(file));
          return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && file.toLowerCase().endsWith('.md');
        };
        server.watcher.on('all', (_event, file) => {
          if (!inAgentsDir(file)) return;
          const error = options.regenerate();
          if (error) logger.error(error);
          else logger.info(`Regenerated the handbook after a change to ${relative(process.cwd(), file)}.`);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const indexed = await indexForSearch(dir);
        logger.info(`Indexed ${indexed} pages for search, keeping “${searchableSymbols}” in words such as N+1.`);
        const { report, checklists } = options.build();
        for (const [name, data] of [['handbook-report.json', report], ['checklists.json', checklists]] as const) {
          const file = fileURLToPath(new URL(name, dir));
          writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
          logger.info(`Wrote ${relative(process.cwd(), file)}.`);
        }
      },
    },
  };
}
