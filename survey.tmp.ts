import { readdirSync, readFileSync } from 'node:fs';
import { buildHandbook } from './src/core/index.ts';
for (const dir of ['dev', 'bulk']) {
  const base = `../shared/corpus/${dir}`;
  const files = readdirSync(base).filter((f) => f.endsWith('.md'));
  let ok = 0; const fails: string[] = []; const msgs = new Map<string, number>();
  for (const f of files) {
    try {
      const r = buildHandbook([{ file: f, text: readFileSync(`${base}/${f}`, 'utf8') }]);
      const errs = r.report.problems.filter((p) => p.severity === 'error');
      if (errs.length === 0) ok++; else { fails.push(`${f}: ${errs[0]!.line}: ${errs[0]!.message}`); for (const e of errs) { const k = e.message.slice(0, 50); msgs.set(k, (msgs.get(k) ?? 0) + 1); } }
    } catch (e) { fails.push(`${f}: THROW ${(e as Error).message}`); }
  }
  console.log(dir, 'ok', ok, 'of', files.length);
  console.log([...msgs].sort((a, b) => b[1] - a[1]).slice(0, 10));
  console.log(fails.slice(0, 8).join('\n'));
}
for (const f of readdirSync('../shared/corpus/bulk')) {
  const r = buildHandbook([{ file: f, text: readFileSync(`../shared/corpus/bulk/${f}`, 'utf8') }]);
  const e = r.report.problems.find((p) => p.message.includes('Unexpected'));
  if (e) console.log(f, e.line);
}
