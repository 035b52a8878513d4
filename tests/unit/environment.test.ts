import { describe, expect, test } from 'vitest';
import { resolveAgentsDir, resolveOnInvalid, resolveStrict } from '../../src/plugin/libs/environment.ts';

describe('choosing the agents folder', () => {
  const root = '/site';

  test('resolves the option under the project root', () => {
    expect(resolveAgentsDir({ agentsDir: 'content/agents' }, root, {})).toBe('/site/content/agents');
  });

  test('the plugin option chooses another folder', () => {
    expect(resolveAgentsDir({ agentsDir: '.claude/agents' }, root, {})).toBe('/site/.claude/agents');
  });

  test('HANDBOOK_AGENTS_DIR overrides the option', () => {
    expect(resolveAgentsDir({ agentsDir: '.claude/agents' }, root, { HANDBOOK_AGENTS_DIR: 'elsewhere/agents' })).toBe('/site/elsewhere/agents');
  });

  test('an absolute HANDBOOK_AGENTS_DIR is used as it is', () => {
    expect(resolveAgentsDir({ agentsDir: 'content/agents' }, root, { HANDBOOK_AGENTS_DIR: '/srv/agents' })).toBe('/srv/agents');
  });

  test('an empty HANDBOOK_AGENTS_DIR is ignored', () => {
    expect(resolveAgentsDir({ agentsDir: 'content/agents' }, root, { HANDBOOK_AGENTS_DIR: '  ' })).toBe('/site/content/agents');
  });
});

describe('other settings from the environment', () => {
  test('HANDBOOK_ON_INVALID=warn overrides the option, and anything else is ignored', () => {
    expect(resolveOnInvalid({ onInvalid: 'error' }, { HANDBOOK_ON_INVALID: 'warn' })).toBe('warn');
    expect(resolveOnInvalid({ onInvalid: 'error' }, { HANDBOOK_ON_INVALID: 'maybe' })).toBe('error');
  });

  test('HANDBOOK_STRICT=1 makes a build strict', () => {
    expect(resolveStrict({ strict: false }, { HANDBOOK_STRICT: '1' })).toBe(true);
    expect(resolveStrict({ strict: false }, {})).toBe(false);
  });
});
