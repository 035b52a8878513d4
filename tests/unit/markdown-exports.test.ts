import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';

const agent = (name: string, body: string) => ({ file: `${name}.md`, text: `---\nname: ${name}\ndescription: Builds services.\n---\n\n${body}` });

describe('the Markdown version of each page', () => {
  const { exports } = buildHandbook([
    agent('api-builder', '## Security\n\n- **Input validation**: Validate at the edge\n- **Secrets**\n\n## Go Testing\n\n- **Table-driven tests**: One case per row\n'),
    agent('db-keeper', '## Databases\n\n- **Connection pooling**: Size the pool\n'),
    agent('shigoto', '## テスト\n\n止まったら**承認待ちか質問で止まっている。**と書く。\n\n- テストは**必ず**先に書く。\n'),
  ]);
  const markdown = (path: string) => exports.get(path)!.content as string;

  test('writes a term with no advice as the term alone, with no colon and no encoded space', () => {
    const security = markdown('topics/security/index.md');
    expect(security).toContain('- [ ] **Secrets**\n');
    expect(security).not.toContain('&#x20;');
  });

  test('keeps bold next to Chinese, Japanese or Korean text as written, with no character encoded', () => {
    const testing = markdown('topics/testing/index.md');
    expect(testing).toContain('止まったら**承認待ちか質問で止まっている。**と書く。');
    expect(testing).toContain('- [ ] テストは**必ず**先に書く。');
    expect(testing).not.toContain('&#x');
  });

  test('gives the map its tables, each count a link to what it counts', () => {
    const map = markdown('map/index.md');
    expect(map).toContain('**Practices and code samples by topic and language**');
    expect(map).toMatch(/\| Topic +\|/u);
    expect(map).toMatch(/\| \[Security\]\(\/topics\/security\/\) +\| 0 +\| \[2\]\(\/topics\/security\/\) +\|/u);
    expect(map).toContain('**Practices and code samples by agent and topic**');
    expect(map).toContain('[api-builder](/agents/api-builder/)');
  });

  test('gives the onboarding page its reading path, in order, with each step’s reading time', () => {
    const steps = markdown('onboarding/index.md').split('\n').filter((line) => /^\d+\. /u.test(line));
    expect(steps.length).toBeGreaterThan(2);
    expect(steps[0]).toBe('1. Your language: [Go](/languages/go/) (1 min)');
    expect(steps.slice(1).every((line) => /^\d+\. \[.+\]\(\/.+\/\) \(\d+ min\)$/u.test(line))).toBe(true);
    expect(steps.some((line) => line.includes('[Security](/topics/security/)'))).toBe(true);
  });
});
