import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test as setup } from '@playwright/test';
import { project, runCommand, starlightSite, teamRepo } from './installed-package.ts';

setup('pack the package and install the tarball into an empty project', () => {
  setup.setTimeout(300_000);
  for (const folder of [project, teamRepo]) rmSync(folder, { recursive: true, force: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'handbook-package-test', private: true }, null, 2)}\n`);

  // `npm pack` runs prepack, which compiles the package.
  const pack = runCommand('npm', ['pack', '--pack-destination', project], process.cwd());
  expect(pack.status, pack.stderr).toBe(0);
  const tarball = pack.stdout.trim().split('\n').at(-1)!;
  const install = runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', `./${tarball}`], project);
  expect(install.status, install.stderr).toBe(0);

  cpSync('tests/e2e/sites/team-repo', teamRepo, { recursive: true });
  cpSync('tests/e2e/sites/starlight-docs', starlightSite, { recursive: true });
});
