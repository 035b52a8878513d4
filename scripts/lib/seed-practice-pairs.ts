/**
 * Pairs of the seed agent's practices that are one practice, and look-alikes that are not, as
 * its checklists hold them (by item id), for `npm run eval:practices` and the unit tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildHandbook } from '../../src/core/index.ts';

export interface SeedPair {
  a: string;
  b: string;
  same: boolean;
}

const agent = 'backend-engineer';
export const seedPairs: SeedPair[] = [
  { a: 'foundations/go/error-handling--core-go-principles', b: 'foundations/typescript/error-handling', same: true },
  { a: 'foundations/typescript/error-handling', b: 'api-design/error-handling--grpc-best-practices', same: true },
  { a: 'foundations/python/error-handling', b: 'api-design/error-handling--graphql-principles', same: true },
  { a: 'foundations/go/error-handling--go-best-practices', b: 'api-design/error-handling--graphql-principles', same: true },
  { a: 'errors-logging/sampling', b: 'observability/sampling', same: true },
  { a: 'databases/connection-pooling', b: 'performance/connection-pooling', same: true },
  { a: 'databases/connection-pooling', b: 'anti-patterns/no-connection-pooling', same: true },
  { a: 'foundations/go/context-usage', b: 'errors-logging/context', same: false },
  { a: 'observability/error-rate', b: 'api-design/error-responses', same: false },
].map((pair) => ({ ...pair, a: `${agent}/${pair.a}`, b: `${agent}/${pair.b}` }));

/** The seed's handbook, asked whether two items link. */
export function seedLinks(): { linked(a: string, b: string): boolean; ids: Set<string> } {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'content', 'agents', 'backend-engineer.md'), 'utf8');
  const { checklists } = buildHandbook([{ file: 'backend-engineer.md', text }]);
  const links = new Map(checklists.items.map((item) => [item.id, new Set(item.links)]));
  return { linked: (a, b) => (links.get(a)?.has(b) ?? false) && (links.get(b)?.has(a) ?? false), ids: new Set(links.keys()) };
}
