import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code, Heading, ListItem } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { buildHandbook, emitMdx } from '../../src/core/index.ts';
import { parseAgent } from '../../src/core/read/parse-agent.ts';

const seedText = readFileSync('content/agents/backend-engineer.md', 'utf8');

function seedBody() {
  const parsed = parseAgent({ file: 'backend-engineer.md', text: seedText });
  if (!parsed.ok) throw new Error('the seed agent does not parse');
  return parsed.agent.body;
}

function seedHandbookText(): string {
  const { pages } = buildHandbook([{ file: 'backend-engineer.md', text: seedText }]);
  return pages.map((page) => emitMdx(page, { componentsModule: '~/components' })).join('\n');
}

describe('nothing from the agent is lost', () => {
  test('the report counts every block of the seed as placed', () => {
    const { report } = buildHandbook([{ file: 'backend-engineer.md', text: seedText }]);
    expect(report.agents).toHaveLength(1);
    const [agent] = report.agents;
    expect(agent?.sourceBlocks).toBeGreaterThan(200);
    expect(agent?.placedBlocks).toBe(agent?.sourceBlocks);
    expect(agent?.unplaced).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  test('every code sample of the seed appears on a page, line for line', () => {
    const handbook = seedHandbookText();
    const samples: Code[] = [];
    visit(seedBody(), 'code', (node) => void samples.push(node));
    expect(samples.length).toBeGreaterThan(5);
    for (const sample of samples) {
      // A drawn tree becomes FileTree entries (Markdown-escaped); other code appears verbatim.
      const tree = sample.value.includes('├──');
      const lines = tree
        ? sample.value.split('\n').map((line) => line.replace(/^[\s│├└─]*/u, '').split(/\s+#/u)[0]!.trim().replaceAll('_', '\\_'))
        : sample.value.split('\n').filter((line) => line.trim() !== '');
      for (const line of lines) expect(handbook, `sample at line ${sample.position?.start.line}`).toContain(line);
    }
  });

  test('every term of every list item and every heading of the seed appears on a page', () => {
    const handbook = seedHandbookText();
    visit(seedBody(), 'listItem', (item: ListItem) => {
      const first = item.children[0];
      if (first?.type === 'paragraph' && first.children[0]?.type === 'strong') {
        // A checklist item's term, or a term in a list the agent keeps on its own page.
        const term = toString(first.children[0]);
        expect([`term="${term}"`, `**${term}**`].some((form) => handbook.includes(form)), term).toBe(true);
      }
    });
    visit(seedBody(), 'heading', (heading: Heading) => {
      expect(handbook).toContain(toString(heading));
    });
  });

  test('every golden fixture that builds places all of its blocks', () => {
    const fixtures = join(import.meta.dirname, '..', 'fixtures');
    for (const name of readdirSync(fixtures).filter((entry) => existsSync(join(fixtures, entry, 'input.md')))) {
      const text = readFileSync(join(fixtures, name, 'input.md'), 'utf8');
      const { report } = buildHandbook([{ file: name, text }]);
      for (const agent of report.agents) expect(agent.placedBlocks, name).toBe(agent.sourceBlocks);
    }
  });
});
