/**
 * Builds the handbook from each agent file of a folder on its own, and says which builds fail.
 * Slow (a full build per file), so not part of `npm test`.
 *
 *   npm run build:each                       # ../shared/corpus/dev, 44 files
 *   npm run build:each -- path/to/agents
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const folder = resolve(process.argv[2] ?? '../shared/corpus/dev');
const files = (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.md')).sort();
const failed: string[] = [];
const started = performance.now();
for (const [index, name] of files.entries()) {
  const alone = mkdtempSync(join(tmpdir(), 'handbook-one-'));
  copyFileSync(join(folder, name), join(alone, basename(name)));
  const result = spawnSync('npx', ['astro', 'build', '--outDir', 'dist-bench-each'], {
    env: { ...process.env, HANDBOOK_AGENTS_DIR: alone },
    encoding: 'utf8',
  });
  const ok = result.status === 0;
  if (!ok) failed.push(`${name}\n${(result.stderr || result.stdout).split('\n').slice(-15).join('\n')}`);
  console.log(`${index + 1}/${files.length} ${ok ? 'built' : 'FAILED'} ${name}`);
}
console.log(`\n${files.length - failed.length} of ${files.length} files built on their own in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
if (failed.length > 0) {
  console.log(`\nFailed:\n${failed.join('\n\n')}`);
  process.exitCode = 1;
}
