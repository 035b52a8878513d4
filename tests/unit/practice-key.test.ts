import { describe, expect, test } from 'vitest';
import { practiceKey } from '../../src/core/link/practice-key.ts';
import { taxonomy } from '../../src/core/classify/taxonomy.ts';

const key = (term: string) => practiceKey(term, taxonomy.practices);

describe('matching practices across lists', () => {
  test.each([
    // From the seed agent.
    ['N+1 Prevention', 'N+1 Queries'],
    ['N+1 Prevention', 'n+1 prevention'],
    ['Connection Pooling', 'No Connection Pooling'],
    ['Caching', 'No Caching'],
    ['Web Frameworks', 'Web Framework'],
    ['Log Levels', 'Log levels'],
    ['Rate Limiting', 'Rate-Limiting'],
    ['Type Safety', 'Type safety'],
    // From ../shared/corpus/dev.
    ['Secrets management', 'Secret management'],
    ['Load balancing', 'Load Balancing'],
    ['Circuit breaker', 'Circuit Breaker'],
    ['Connection pooling', 'Connection Pooling'],
  ])('"%s" is the same practice as "%s"', (a, b) => {
    expect(key(a)).not.toBeNull();
    expect(key(a)).toBe(key(b));
  });

  test.each([
    // From the seed agent: precision matters more than recall.
    ['Context Usage', 'Context'],
    ['Resource Usage', 'ORM Usage'],
    ['Error Rate', 'Error Responses'],
    ['Caching', 'Caching Layers'],
    ['Database', 'Database Queries'],
    ['Defer Usage', 'Context Usage'],
    // From ../shared/corpus/dev.
    ['GitOps workflows', 'GitOps tools'],
    ['Security testing', 'Security'],
    ['Log aggregation', 'Logging'],
    ['Database migrations', 'Migrations'],
    ['Performance tuning', 'Performance'],
  ])('"%s" is not the same practice as "%s"', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  test('terms too generic to say which practice they are link to nothing', () => {
    expect(key('Performance')).toBeNull();
    expect(key('Documentation')).toBeNull();
  });

  test('a framing word alone is still a practice', () => {
    expect(key('Prevention')).toBe('prevention');
    expect(key('No')).toBe('no');
  });

  test('the taxonomy can add an alias', () => {
    const rules = { ...taxonomy.practices, aliases: { ...taxonomy.practices.aliases, 'dataloader': 'n 1' } };
    expect(practiceKey('DataLoader', rules)).toBe(practiceKey('N+1 Prevention', rules));
  });

  test('the taxonomy can exclude a term', () => {
    const rules = { ...taxonomy.practices, exclusions: [...taxonomy.practices.exclusions, 'sampling'] };
    expect(practiceKey('Sampling', rules)).toBeNull();
  });
});
