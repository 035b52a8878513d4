import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { build, dev, preview } from 'astro';
import type { ServerOptions, SiteOptions } from './command-line.ts';
import { checkOutDir, reportFile } from './out-dir.ts';
import { readAgentsFolder } from './read-agents-folder.ts';
import { requireFile } from './require-file.ts';
import { siteConfig } from './site-config.ts';
import { prepareSiteProject } from './site-project.ts';
import { UsageError } from './usage-error.ts';

// Astro's usage statistics are for Astro's own users, who were told of them; not for this tool's.
process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';

/** `agent-handbook build`: the static site, written to `--out`. */
export async function buildSite(options: SiteOptions & { out: string }, cwd: string): Promise<void> {
  checkInputs(options, cwd);
  const outDir = checkOutDir(options.out, cwd, options.agentsDir);
  const project = prepareSiteProject('build', resolve(cwd, options.agentsDir));
  // Astro bundles the pages below the working folder and runs them there, importing packages
  // from the nearest node_modules: build from the project, whose node_modules holds them.
  const workingFolder = process.cwd();
  process.chdir(project.root);
  try {
    await build({ ...siteConfig(options, { project, cwd }), outDir });
  } finally {
    process.chdir(workingFolder);
  }
}

/** `agent-handbook dev`: a server that regenerates the pages when an agent file changes. */
export async function serveDev(options: SiteOptions & ServerOptions, cwd: string): Promise<void> {
  checkInputs(options, cwd);
  const project = prepareSiteProject('dev', resolve(cwd, options.agentsDir));
  await dev({ ...siteConfig(options, { project, cwd }), server: { port: options.port, host: options.host } });
}

/** `agent-handbook preview`: serves what `build` wrote. */
export async function servePreview(options: ServerOptions & { out: string; base: string | undefined }, cwd: string): Promise<void> {
  const outDir = resolve(cwd, options.out);
  if (!existsSync(join(outDir, reportFile))) {
    throw new UsageError(`There is no handbook in ${relative(cwd, outDir) || '.'}.`, 'Build it first with `npx agent-handbook build`, or name the folder you built it into with --out.');
  }
  await preview({
    configFile: false,
    root: prepareSiteProject('preview', outDir).root,
    outDir,
    ...(options.base ? { base: options.base } : {}),
    server: { port: options.port, host: options.host },
  });
}

/** Fails before Astro starts when the agents folder or a file an option names is missing. */
function checkInputs(options: SiteOptions, cwd: string): void {
  readAgentsFolder(options.agentsDir, cwd, { followOutsideLinks: options.followOutsideLinks });
  if (options.taxonomy !== undefined) requireFile(options.taxonomy, cwd, '--taxonomy');
  if (options.onboarding !== undefined) requireFile(options.onboarding, cwd, '--onboarding');
}
