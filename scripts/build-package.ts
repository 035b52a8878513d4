/**
 * Builds what the npm package ships, in lib/: the core, the plugin and the CLI compiled to
 * JavaScript with type declarations (Node runs no TypeScript from node_modules), and the Astro
 * components and styles as they are, as Starlight ships its own. `npm pack` runs it (prepack).
 *
 *   npm run build:package
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const lib = 'lib';
rmSync(lib, { recursive: true, force: true });

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const compiled = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.package.json'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

// tsc rewrites `./x.ts` to `./x.js` in the JavaScript it emits, not in the declarations.
for (const name of readdirSync(lib, { recursive: true, encoding: 'utf8' }) as string[]) {
  if (!name.endsWith('.d.ts')) continue;
  const file = join(lib, name);
  const text = readFileSync(file, 'utf8');
  const rewritten = text.replace(/((?:from|import)\s*\(?\s*['"]\.{1,2}\/[^'"]*)\.ts(['"])/gu, '$1.js$2');
  if (rewritten !== text) writeFileSync(file, rewritten);
}

for (const folder of ['components', 'styles']) cpSync(join('src', folder), join(lib, folder), { recursive: true });
console.log(`Built the package in ${lib}/.`);
