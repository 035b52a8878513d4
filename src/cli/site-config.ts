import { resolve } from 'node:path';
import starlight from '@astrojs/starlight';
import type { AstroInlineConfig } from 'astro';
import agentHandbook from '../plugin/index.ts';
import type { SiteOptions } from './command-line.ts';
import type { SiteProject } from './site-project.ts';

export interface SitePaths {
  /** The generated Astro project. */
  project: SiteProject;
  /** The folder the user runs the command in: paths in options and messages are relative to it. */
  cwd: string;
}

/**
 * The Astro configuration of a handbook that is the whole site, from the command's options:
 * Starlight with the handbook plugin, and no configuration file.
 */
export function siteConfig(options: SiteOptions, paths: SitePaths): AstroInlineConfig {
  const fromCwd = (path: string) => resolve(paths.cwd, path);
  return {
    configFile: false,
    root: paths.project.root,
    // The dev server serves files from these folders only.
    vite: { server: { fs: { allow: paths.project.imports } } },
    ...(options.base ? { base: options.base } : {}),
    ...(options.site ? { site: options.site } : {}),
    integrations: [
      starlight({
        title: options.title,
        plugins: [
          agentHandbook({
            agentsDir: fromCwd(options.agentsDir),
            followOutsideLinks: options.followOutsideLinks,
            prefix: '/',
            title: options.title,
            sourceRoot: paths.cwd,
            onInvalid: options.onInvalid,
            strict: options.strict,
            // The command's arguments and flags decide, not HANDBOOK_* variables left in the environment.
            environment: false,
            // Without the option, a path in the generated project, where there is no such file.
            ...(options.taxonomy ? { taxonomyFile: fromCwd(options.taxonomy) } : {}),
            ...(options.onboarding ? { onboardingFile: fromCwd(options.onboarding) } : {}),
            ...(options.repo ? { repository: { url: options.repo, branch: options.branch } } : {}),
          }),
        ],
      }),
    ],
  };
}
