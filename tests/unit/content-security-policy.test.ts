import { describe, expect, test } from 'vitest';
import { handbookCsp, inlineScripts } from '../../src/plugin/libs/content-security-policy.ts';
import { sitePolicy } from '../../src/plugin/libs/write-headers-file.ts';

const meta = (content: string) => `<html><head><meta http-equiv="content-security-policy" content="${content}"></head></html>`;

describe('the Content-Security-Policy', () => {
  test('allows scripts only from the site, by hash, and WebAssembly for search; style attributes are the one inline exception', () => {
    const csp = handbookCsp();
    expect(csp.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.styleDirective?.resources).toEqual([
      { resource: "'self'", kind: 'element' },
      { resource: "'unsafe-inline'", kind: 'attribute' },
    ]);
    expect(csp.directives).toEqual(expect.arrayContaining(["default-src 'self'", "object-src 'none'", "base-uri 'self'"]));
  });

  test("hashes each of Starlight's inline scripts, read from its components", () => {
    const hashes = handbookCsp().scriptDirective?.hashes ?? [];
    // The theme, the search shortcut, the theme pickers, the sidebar's state (two) and synced tabs.
    expect(hashes.length).toBeGreaterThanOrEqual(6);
    for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/u);
  });

  test('reads an inline script exactly as the component has it, and leaves bundled scripts to Astro', () => {
    const component = `---\n---\n<script is:inline aria-hidden="true">\n\tfirst();\n</script>\n<script>bundled();</script>\n<script is:inline>second()</script>`;
    expect(inlineScripts(component)).toEqual(['\n\tfirst();\n', 'second()']);
  });
});

describe("the site's policy header", () => {
  test('allows what any page allows, each source once, and forbids framing by other sites', () => {
    const policy = sitePolicy([
      meta("default-src 'self'; script-src 'self' 'sha256-a='; style-src-attr 'unsafe-inline'"),
      meta("default-src 'self';script-src 'self' 'sha256-b='"),
      '<html><head></head></html>',
    ]);
    expect(policy).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src-attr 'unsafe-inline'; frame-ancestors 'self'");
  });

  test('is empty when no page carries a policy', () => {
    expect(sitePolicy(['<html></html>'])).toBe('');
  });
});
