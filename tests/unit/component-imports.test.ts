import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const components = join(import.meta.dirname, '..', '..', 'src', 'components');

test('the components take only types from the core, which the package ships compiled while it ships them as they are', () => {
  const valueImports = readdirSync(components)
    .filter((name) => /\.(astro|ts)$/u.test(name))
    .flatMap((name) =>
      [...readFileSync(join(components, name), 'utf8').matchAll(/^import\s+(?!type\b)([^;]*?)\s+from\s+['"](\.\.\/core\/[^'"]+)['"]/gmu)]
        .filter((match) => !/^\{\s*type\b[^}]*\}$/u.test(match[1]!.trim()) || /,\s*(?!type\b)\w/u.test(match[1]!))
        .map((match) => `${name}: ${match[2]}`),
    );
  expect(valueImports).toEqual([]);
});
