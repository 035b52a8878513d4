import { expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';
import { maxSamePlaces } from '../../src/core/link/find-same-practices.ts';

function repeated(copies: number) {
  const text = `---\nname: repeater\ndescription: Repeats one practice\n---\n\n${'## Testing\n\n- **Same**: the same advice\n\n'.repeat(copies)}`;
  const built = buildHandbook([{ file: 'repeater.md', text }]);
  return { built, bytes: built.pages.reduce((sum, page) => sum + emitMdx(page, { componentsModule: '~/components' }).length, 0) };
}

test('a practice repeated hundreds of times links each copy to a bounded number of others, and grows the site in step', () => {
  const { built, bytes } = repeated(300);
  const [agent] = built.report.agents;
  expect(agent?.placedBlocks).toBe(agent?.sourceBlocks);
  for (const item of built.checklists.items) {
    expect(item.links.length).toBeGreaterThan(0);
    expect(item.links.length).toBeLessThanOrEqual(maxSamePlaces);
  }
  // Twice the copies make about twice the pages, not four times.
  expect(repeated(600).bytes / bytes).toBeLessThan(2.2);
});
