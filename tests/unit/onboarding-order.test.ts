import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildHandbook } from '../../src/core/index.ts';
import type { PathStep } from '../../src/core/plan/plan-onboarding.ts';
import { readOnboardingOrder } from '../../src/plugin/libs/read-onboarding-order.ts';

const seed = { file: 'backend-engineer.md', text: readFileSync('content/agents/backend-engineer.md', 'utf8') };

/** The path as the onboarding page carries it. */
function pathOf(pages: ReturnType<typeof buildHandbook>['pages']): PathStep[] {
  const page = pages.find((candidate) => candidate.kind === 'onboarding')!;
  const element = page.body.find((node) => node.type === 'mdxJsxFlowElement' && node.name === 'OnboardingPath');
  const attribute = element?.type === 'mdxJsxFlowElement' ? element.attributes.find((candidate) => 'name' in candidate && candidate.name === 'path') : undefined;
  return JSON.parse(String(attribute?.value)) as PathStep[];
}

const label = (step: PathStep) => (step.kind === 'page' ? step.page.id : `language: ${step.options.map((option) => option.title).join(' | ')}`);

describe('the onboarding path', () => {
  test('by default: the agent, the reader’s language, the topics in editorial order, the checklists', () => {
    expect(pathOf(buildHandbook([seed]).pages).map(label)).toEqual([
      'agents/backend-engineer',
      'language: Go | TypeScript/Node.js | Python',
      'topics/code-organization',
      'topics/api-design',
      'topics/databases',
      'topics/auth',
      'topics/security',
      'topics/errors-logging',
      'topics/testing',
      'topics/performance',
      'topics/observability',
      'topics/cli',
      'topics/anti-patterns',
      'checklists',
    ]);
  });

  test('a file in content/ sets another order, and names what is not a page, with its line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onboarding-'));
    writeFileSync(join(dir, 'onboarding.yml'), 'steps:\n  - topics/security\n  - language\n  - topics/nothing-here\n  - checklists\n');
    const { order, problems: read } = readOnboardingOrder(join(dir, 'onboarding.yml'), dir);
    expect(read).toEqual([]);
    const { pages, report } = buildHandbook([seed], { onboardingOrder: order! });
    expect(pathOf(pages).map(label)).toEqual(['topics/security', 'language: Go | TypeScript/Node.js | Python', 'checklists']);
    expect(report.problems).toMatchObject([{ file: 'onboarding.yml', line: 4, severity: 'error', message: 'The onboarding order names "topics/nothing-here", which is not a page of the handbook.' }]);
  });

  test('an order file without steps says how to write one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'onboarding-'));
    writeFileSync(join(dir, 'onboarding.yml'), 'pages: []\n');
    expect(readOnboardingOrder(join(dir, 'onboarding.yml'), dir).problems).toMatchObject([{ line: 1, message: 'The onboarding order has no `steps:` list.' }]);
  });
});
