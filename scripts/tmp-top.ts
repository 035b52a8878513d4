import { readFileSync, readdirSync } from 'node:fs';
const dir = process.argv[2]!;
const file = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => `${dir}/${f}`)[0]!;
const prof = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>; samples: number[]; timeDeltas: number[] };
const self = new Map<number, number>();
prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const total = new Map<string, number>();
const selfBy = new Map<string, number>();
const key = (n: { callFrame: { functionName: string; url: string; lineNumber: number } }) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/.*\/(src|node_modules)\//u, '$1/')}:${n.callFrame.lineNumber}`;
for (const [id, t] of self) {
  selfBy.set(key(byId.get(id)!), (selfBy.get(key(byId.get(id)!)) ?? 0) + t);
  const seen = new Set<string>();
  let cur: number | undefined = id;
  while (cur !== undefined) { const k = key(byId.get(cur)!); if (!seen.has(k)) { seen.add(k); total.set(k, (total.get(k) ?? 0) + t); } cur = parent.get(cur); }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${(v / 1e6).toFixed(2)}s ${k}`).join('\n');
console.log('TOTAL (inclusive), src only:\n' + top(new Map([...total].filter(([k]) => k.includes(' src/'))), 30));
console.log('\nSELF:\n' + top(selfBy, 15));
