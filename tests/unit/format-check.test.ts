import { describe, expect, test } from 'vitest';
import { checkExitCode, type CheckResult } from '../../src/cli/check-agents.ts';
import { formatCheck } from '../../src/cli/format-check.ts';

const result: CheckResult = {
  agentsDir: '.claude/agents',
  files: 3,
  problems: [
    { file: '.claude/agents/100%, done: yes.md', line: 4, severity: 'error', message: 'The frontmatter field `tools` is not valid: 50% wrong.', hint: 'Write it as a list.' },
    { file: '.claude\\agents\\notes.md', line: 1, severity: 'warning', message: 'The file has no frontmatter.' },
  ],
};

describe('the output of a check', () => {
  test('for a terminal: errors, then warnings, each with its remedy, then a summary', () => {
    expect(formatCheck(result, 'text')).toBe(
      [
        'Errors',
        '',
        '.claude/agents/100%, done: yes.md:4: The frontmatter field `tools` is not valid: 50% wrong.',
        '  → Write it as a list.',
        '',
        'Warnings',
        '',
        '.claude\\agents\\notes.md:1: The file has no frontmatter.',
        '',
        'Checked 3 agent files in .claude/agents: 1 error and 1 warning.',
        '',
      ].join('\n'),
    );
  });

  test('for GitHub Actions: one annotation per problem, escaped as the runner reads them', () => {
    const lines = formatCheck(result, 'github').split('\n');
    expect(lines[0]).toBe('::error file=.claude/agents/100%25%2C done%3A yes.md,line=4,title=agent-handbook check::The frontmatter field `tools` is not valid: 50%25 wrong.%0A→ Write it as a list.');
    expect(lines[1]).toBe('::warning file=.claude/agents/notes.md,line=1,title=agent-handbook check::The file has no frontmatter.');
    expect(lines[2]).toBe('Checked 3 agent files in .claude/agents: 1 error and 1 warning.');
  });

  test('as JSON: the counts and every problem', () => {
    expect(JSON.parse(formatCheck(result, 'json'))).toEqual({ agentsDir: '.claude/agents', files: 3, errors: 1, warnings: 1, problems: result.problems });
  });

  test('says so when there is nothing to fix', () => {
    expect(formatCheck({ agentsDir: 'agents', files: 1, problems: [] }, 'text')).toBe('Checked 1 agent file in agents: no problems.\n');
  });
});

describe('the exit code of a check', () => {
  const warningsOnly: CheckResult = { ...result, problems: result.problems.filter((problem) => problem.severity === 'warning') };

  test('is 1 for errors, 0 for warnings alone, and 1 for warnings with --strict', () => {
    expect(checkExitCode(result, false)).toBe(1);
    expect(checkExitCode(warningsOnly, false)).toBe(0);
    expect(checkExitCode(warningsOnly, true)).toBe(1);
    expect(checkExitCode({ ...result, problems: [] }, true)).toBe(0);
  });
});
