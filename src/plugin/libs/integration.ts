import { mkdirSync, watch, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { HandbookBuild } from '../../core/index.ts';
import { handbookCsp } from './content-security-policy.ts';
import { throwOnErrors } from './report-problems.ts';
import type { PageFileChanges } from './write-pages.ts';
import { indexForSearch, searchableSymbols } from './search-index.ts';
import { writeHeadersFile } from './write-headers-file.ts';
import { quietUpstreamWarnings } from './quiet-upstream-warnings.ts';

export interface HandbookIntegrationOptions {
  agentsDir: string;
  /** Other files whose changes regenerate the handbook in dev. */
  watch: string[];
  /** Where the handbook's pages live: the site's base path and the prefix, ending with `/`. */
  base: string;
  /** The site's base path, ending with `/`: the policy in `_headers` covers the whole site. */
  siteBase: string;
  /** The prefix, without slashes: the build's files go below it in the output folder. */
  prefix: string;
  /** What file names in messages are relative to. */
  sourceRoot: string;
  /** Fail the build at its end if the agent files had errors. */
  strict: boolean;
  /** Give the site the handbook's Content-Security-Policy, in each page and in `_headers`. */
  csp: boolean;
  /** Index the built site for search (in place of Starlight's pass). */
  search: boolean;
  /** The result of the last generation. */
  build: () => HandbookBuild;
  /**
   * Builds the pages again; returns the page files that changed (`unchanged` when no file changed
   * since the run before), or an error message instead of throwing.
   */
  regenerate: () => { changes: PageFileChanges; unchanged?: true } | { error: string };
}

/** Build glue: writes `handbook-report.json` and `checklists.json` into the output (below the prefix), and regenerates in dev when an agent file changes. */
export function handbookIntegration(options: HandbookIntegrationOptions): AstroIntegration {
  const { base } = options;
  const below = options.prefix ? `${options.prefix}/` : '';
  /** Whether the site has the handbook's policy, which `_headers` then repeats. */
  let withPolicy = false;
  return {
    name: 'agent-handbook:build',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const siteOnWarn = config.vite.build?.rolldownOptions?.onwarn as Parameters<typeof quietUpstreamWarnings>[0];
        updateConfig({ vite: { build: { rolldownOptions: { onwarn: quietUpstreamWarnings(siteOnWarn) } } } } as never);
        if (!options.csp) return;
        if (config.security.csp) {
          logger.info('astro.config sets security.csp: the handbook keeps that policy and adds none of its own.');
          return;
        }
        // Astro hashes the stylesheets it inlines into a page only when a page's own components
        // bring them: one that a component rendered from content brings (Starlight's CardGrid on
        // the handbook's pages, in a site that installs the package) is inlined unhashed, and
        // blocked. Written to files instead, every stylesheet is the site's own ('self').
        if (config.build.inlineStylesheets === 'auto') updateConfig({ build: { inlineStylesheets: 'never' } });
        updateConfig({ security: { csp: handbookCsp() } });
        withPolicy = true;
      },
      'astro:server:setup': ({ server, logger }) => {
        // In dev, serve llms.txt, the pages' Markdown and the raw agent files from memory.
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname).replace(/^\/+/u, '');
          const asset = path.startsWith(base.replace(/^\/+/u, '')) ? options.build().exports.get(path.slice(base.replace(/^\/+/u, '').length)) : undefined;
          if (!asset) return next();
          response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
          response.end(asset.content);
        });
        server.watcher.add([options.agentsDir, ...options.watch]);
        const inAgentsDir = (file: string) => {
          const rel = relative(options.agentsDir, resolve(file));
          return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && file.toLowerCase().endsWith('.md');
        };
        // Changes that come together (a file truncated, then written; a folder of files saved at
        // once) make one run, a moment after the last of them.
        let pending: ReturnType<typeof setTimeout> | undefined;
        const onChange = (file: string) => {
          if (!inAgentsDir(file) && !options.watch.includes(resolve(file))) return;
          clearTimeout(pending);
          pending = setTimeout(() => regenerate(file), 50);
        };
        server.watcher.on('all', (_event, file) => onChange(file));
        // Vite's watcher now and then reports nothing for an agent file rewritten in place; a
        // plain watch on the folder reports it too (a run that finds no file changed does nothing).
        try {
          const folder = watch(options.agentsDir, { recursive: true }, (_event, name) => {
            if (name) onChange(join(options.agentsDir, name.toString()));
          });
          server.httpServer?.once('close', () => folder.close());
        } catch {
          // A folder that cannot be watched this way still has Vite's watcher.
        }
        const regenerate = (file: string) => {
          const started = performance.now();
          const result = options.regenerate();
          if ('error' in result) return logger.error(result.error);
          if (result.unchanged) return;
          const rewritten = Object.values(result.changes).flat().length;
          const seconds = ((performance.now() - started) / 1000).toFixed(2);
          logger.info(`Regenerated the handbook after a change to ${relative(options.sourceRoot, file)} in ${seconds} s: ${rewritten === 1 ? 'one page' : `${rewritten} pages`} changed.`);
          // Vite's watcher ignores node_modules, where the CLI's generated project lives: tell it
          // and the content layer which pages changed there, as the watcher would have.
          for (const [event, files] of Object.entries(result.changes)) {
            for (const page of files) if (page.split(sep).includes('node_modules')) server.watcher.emit(event, page);
          }
        };
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (options.search) {
          const indexed = await indexForSearch(dir);
          logger.info(`Indexed ${indexed} pages for search, keeping “${searchableSymbols}” in words such as N+1.`);
        }
        const { report, checklists, exports } = options.build();
        const assets = exports.all();
        for (const asset of assets) {
          const file = fileURLToPath(new URL(`${below}${asset.path}`, dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, asset.content);
        }
        logger.info(`Wrote llms.txt and ${assets.length - 1} Markdown files.`);
        for (const [name, data] of [['handbook-report.json', report], ['checklists.json', checklists]] as const) {
          const file = fileURLToPath(new URL(`${below}${name}`, dir));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
          logger.info(`Wrote ${relative(options.sourceRoot, file)}.`);
        }
        if (withPolicy && writeHeadersFile(fileURLToPath(dir), options.siteBase)) logger.info('Wrote _headers with the Content-Security-Policy of every page.');
        if (options.strict) throwOnErrors(report.problems);
      },
    },
  };
}
