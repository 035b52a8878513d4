import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage-error.ts';

/**
 * The content collections of the generated project: Starlight's docs, which the handbook writes,
 * read by the handbook's loader (`.ts` in a clone, `.js` in the package, as this file is).
 */
const contentConfig = `import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { handbookDocsLoader } from '${new URL(`../plugin/libs/docs-loader${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href}';

export const collections = {
  docs: defineCollection({ loader: handbookDocsLoader(), schema: docsSchema() }),
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
`;

/**
 * The project's manifest. Astro bundles the packages a project depends on that are Astro
 * packages, such as Starlight, rather than leaving them to Node, which cannot load their `.astro`
 * files and virtual modules: it finds them here.
 */
const manifest = `${JSON.stringify({ name: 'agent-handbook-site', private: true, type: 'module', dependencies: { '@astrojs/starlight': '*', astro: '*' } }, null, 2)}\n`;

export interface SiteProject {
  /** The project's folder. */
  root: string;
  /** The folders its pages import from: the packages, and Agent Handbook's own files. */
  imports: string[];
}

/**
 * Makes the small Astro project that the CLI's commands build in: in
 * `node_modules/.cache/agent-handbook/`, beside the packages Agent Handbook depends on, so that
 * its pages' imports resolve to them and Astro counts them as the project's own (it does not for
 * files that share no folder with the project but `/`). Nothing is written into the package nor
 * into the user's folder. One project per command and agents folder keeps runs apart.
 */
export function prepareSiteProject(command: string, agentsDir: string): SiteProject {
  const packages = packagesFolder();
  const root = join(packages, '.cache', 'agent-handbook', `${command}-${createHash('sha256').update(agentsDir).digest('hex').slice(0, 12)}`);
  try {
    // An empty pages folder: Astro warns when there is none.
    mkdirSync(join(root, 'src', 'pages'), { recursive: true });
    mkdirSync(join(root, 'public'), { recursive: true });
    writeIfChanged(join(root, 'package.json'), manifest);
    writeIfChanged(join(root, 'src', 'content.config.mjs'), contentConfig);
    // Starlight's own English: the collection only needs to exist, or Starlight warns.
    mkdirSync(join(root, 'src', 'content', 'i18n'), { recursive: true });
    writeIfChanged(join(root, 'src', 'content', 'i18n', 'en.json'), '{}\n');
    const favicon = join(root, 'public', 'favicon.svg');
    if (!existsSync(favicon)) copyFileSync(fileURLToPath(new URL('../../public/favicon.svg', import.meta.url)), favicon);
  } catch (error) {
    throw new UsageError(
      `Agent Handbook cannot write its working folder ${root}: ${error instanceof Error ? error.message : String(error)}`,
      'Install it in your project (`npm install --save-dev agent-handbook`) and run it there, or run it with npx.',
    );
  }
  return { root, imports: [root, packages, fileURLToPath(new URL('../../', import.meta.url))] };
}

/** The `node_modules` folder that holds Starlight as Agent Handbook resolves it. */
function packagesFolder(): string {
  const starlight = fileURLToPath(import.meta.resolve('@astrojs/starlight'));
  const marker = `${sep}node_modules${sep}`;
  return starlight.slice(0, starlight.lastIndexOf(marker) + marker.length - 1);
}

function writeIfChanged(file: string, text: string): void {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
