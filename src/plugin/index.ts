import { extname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';
import type { HandbookBuild } from '../core/index.ts';
import { resolveAgentsDir, resolveOnInvalid, resolveRepository, resolveStrict } from './libs/environment.ts';
import { parseOptions, type AgentHandbookUserOptions } from './libs/config.ts';
import { forBuildEnd, handbookGenerator } from './libs/generate.ts';
import { handbookIntegration } from './libs/integration.ts';
import { handbookSidebar } from './libs/sidebar.ts';
import { siteSidebar } from './libs/site-sidebar.ts';

export type { AgentHandbookUserOptions };

/** The handbook's search box, in place of Starlight's. */
const searchComponent = fileURLToPath(new URL('../components/Search.astro', import.meta.url));

/** The Starlight plugin that turns a folder of agent files into handbook pages. */
export default function agentHandbook(userOptions?: AgentHandbookUserOptions): StarlightPlugin {
  const options = parseOptions(userOptions);
  return {
    name: 'agent-handbook',
    hooks: {
      'config:setup': ({ astroConfig, config, updateConfig, addIntegration, addRouteMiddleware, logger, command }) => {
        // Serving a built site needs nothing generated (and would repeat the build's warnings).
        if (command === 'preview') return;
        const root = fileURLToPath(astroConfig.root);
        const env = options.environment ? process.env : {};
        const siteBase = astroConfig.base.endsWith('/') ? astroConfig.base : `${astroConfig.base}/`;
        const { prefix, title } = options;
        const base = prefix ? `${siteBase}${prefix}/` : siteBase;
        const docsDir = fileURLToPath(new URL('content/docs/', astroConfig.srcDir));
        const sourceRoot = resolve(root, options.sourceRoot);
        const generate = handbookGenerator({
          agentsDir: resolveAgentsDir(options, root, env),
          followOutsideLinks: options.followOutsideLinks,
          sourceRoot,
          docsDir,
          pagesDir: fileURLToPath(new URL('pages/', astroConfig.srcDir)),
          prefix,
          componentsFile: fileURLToPath(new URL('../components/index.ts', import.meta.url)),
          base,
          title,
          repository: resolveRepository(options, env),
          onboardingFile: resolve(root, options.onboardingFile),
          taxonomyFile: resolve(root, options.taxonomyFile),
          site: astroConfig.site,
          onInvalid: resolveOnInvalid(options, env),
          warn: (message) => logger.warn(message),
          again: command === 'dev',
        });
        let build: HandbookBuild = generate().build;
        // Search: the handbook indexes the site itself, once, keeping "+" and "#" in words, in
        // place of Starlight's pass, which takes no options; its own Search component keeps the
        // search box (and names it as it shows). A site that turned search off keeps it off.
        const search = config.pagefind !== false;
        updateConfig({
          ...(search ? { pagefind: false, components: { ...config.components, Search: config.components?.Search ?? searchComponent } } : {}),
          // The handbook's own 404 page takes the place of Starlight's (when it is the whole site).
          ...(prefix === '' ? { disable404Route: true } : {}),
          sidebar: handbookSidebar(config.sidebar ?? (prefix ? siteSidebar(docsDir, prefix) : []), build, { prefix, title }),
          customCss: [
            ...(config.customCss ?? []),
            fileURLToPath(new URL('../styles/handbook.css', import.meta.url)),
            fileURLToPath(new URL('../styles/print.css', import.meta.url)),
          ],
        });
        // A build needs no more than the report and the exports at its end: the pages and parsed
        // agents are let go before Astro renders the pages.
        if (command === 'build') build = forBuildEnd(build);
        // `.ts` in a clone, `.js` in the package: the middleware is compiled as this file is.
        const middleware = new URL(`./libs/route-middleware${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
        addRouteMiddleware({ entrypoint: fileURLToPath(middleware), order: 'post' });
        addIntegration(
          handbookIntegration({
            agentsDir: resolveAgentsDir(options, root, env),
            watch: [resolve(root, options.onboardingFile), resolve(root, options.taxonomyFile)],
            base,
            siteBase,
            prefix,
            sourceRoot,
            strict: resolveStrict(options, env),
            csp: options.csp,
            search,
            build: () => build,
            regenerate: () => {
              try {
                const generated = generate();
                build = generated.build;
                return { changes: generated.changes, ...(generated.unchanged ? { unchanged: true as const } : {}) };
              } catch (error) {
                return { error: error instanceof Error ? error.message : String(error) };
              }
            },
          }),
        );
      },
    },
  };
}
