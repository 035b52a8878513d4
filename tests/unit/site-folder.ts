import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll } from 'vitest';
import type { GenerateOptions } from '../../src/plugin/libs/generate.ts';

const sites: string[] = [];
afterAll(() => {
  for (const site of sites) rmSync(site, { recursive: true, force: true });
});

/** A throwaway site folder, removed after the tests: `files` maps paths below it to their text. */
export function makeSite(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-site-'));
  sites.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** What the plugin generates the handbook of the site at `root` with: its agents in `agents/`. */
export function generateOptions(root: string, prefix: string, warn: (message: string) => void = () => {}): GenerateOptions {
  return {
    agentsDir: join(root, 'agents'),
    followOutsideLinks: false,
    sourceRoot: root,
    docsDir: join(root, 'src/content/docs'),
    pagesDir: join(root, 'src/pages'),
    prefix,
    componentsFile: join(root, 'components/index.ts'),
    base: prefix ? `/${prefix}/` : '/',
    title: 'Team Handbook',
    repository: undefined,
    onboardingFile: join(root, 'onboarding.yml'),
    taxonomyFile: join(root, 'taxonomy.yml'),
    site: undefined,
    onInvalid: 'error',
    warn,
    again: true,
  };
}
