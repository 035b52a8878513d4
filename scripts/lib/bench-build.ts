/**
 * One cold build, in its own process, for the benchmark: prints `{ seconds, maxRssMiB }`.
 *
 *   node scripts/lib/bench-build.ts <site root> <out dir>
 *
 * `HANDBOOK_AGENTS_DIR` says which agents the handbook site reads.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'astro';

const [root = '.', outDir = 'dist-bench'] = process.argv.slice(2);
const siteRoot = resolve(root);
// Cold: no output, no content cache, no Vite cache from an earlier build.
for (const dir of [resolve(outDir), join(siteRoot, '.astro'), join(siteRoot, 'node_modules', '.astro'), join(siteRoot, 'node_modules', '.vite')]) rmSync(dir, { recursive: true, force: true });
const started = performance.now();
await build({ root: siteRoot, outDir: resolve(outDir), logLevel: 'error' });
const seconds = (performance.now() - started) / 1000;
console.log(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
