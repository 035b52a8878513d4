import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildHandbook } from '../src/core/index.ts';
const dir = process.argv[2]!;
const files = (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) => f.endsWith('.md') && !f.endsWith('README.md')).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
const t = performance.now();
const r = buildHandbook(files);
console.log(files.length, 'agents', ((performance.now() - t) / 1000).toFixed(1), 's', r.pages.length, 'pages');
