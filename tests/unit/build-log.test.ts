import { describe, expect, test, vi } from 'vitest';
import agentHandbook from '../../src/plugin/index.ts';
import { quietUpstreamWarnings } from '../../src/plugin/libs/quiet-upstream-warnings.ts';

describe('the build log', () => {
  test('drops the one upstream warning known to be harmless, and nothing else', () => {
    const shown: string[] = [];
    const onwarn = quietUpstreamWarnings();
    const warn = (message: string, code?: string) => onwarn({ message, ...(code ? { code } : {}) }, (warning) => shown.push(warning.message));
    warn('Module level directives cause errors when bundled, "use astro:head-inject" in "src/content/docs/index.mdx" was ignored.', 'MODULE_LEVEL_DIRECTIVE');
    warn('Module level directives cause errors when bundled, "use client" in "src/islands/chart.tsx" was ignored.', 'MODULE_LEVEL_DIRECTIVE');
    warn('Use of eval in "lib.js" is strongly discouraged.', 'EVAL');
    warn('A warning of the site\'s own.');
    expect(shown).toEqual([
      'Module level directives cause errors when bundled, "use client" in "src/islands/chart.tsx" was ignored.',
      'Use of eval in "lib.js" is strongly discouraged.',
      "A warning of the site's own.",
    ]);
  });

  test('leaves the rest to the site’s own handler, when it has one', () => {
    const own = vi.fn();
    quietUpstreamWarnings(own)({ message: 'x', code: 'EVAL' }, () => undefined);
    expect(own).toHaveBeenCalledOnce();
  });

  test('serving a built site reads no agent file again, so its warnings are printed once, by the build', () => {
    const warn = vi.fn();
    const updateConfig = vi.fn();
    const plugin = agentHandbook({ agentsDir: 'tests/e2e/sites/own-agents/several-agents', prefix: '/' });
    const setup = plugin.hooks['config:setup'] as (context: Record<string, unknown>) => void;
    setup({
      command: 'preview',
      astroConfig: { root: new URL('../../', import.meta.url), srcDir: new URL('../../src/', import.meta.url), base: '/', site: undefined },
      config: {},
      updateConfig,
      addIntegration: vi.fn(),
      addRouteMiddleware: vi.fn(),
      logger: { warn, info: vi.fn(), error: vi.fn() },
    });
    expect(warn).not.toHaveBeenCalled();
    expect(updateConfig).not.toHaveBeenCalled();
  });
});
