import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Headers for every page, besides the Content-Security-Policy. */
export const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/**
 * One policy that allows what any built page's `<meta>` policy allows: each directive with the
 * sources of every page (Astro hashes each page's own scripts and styles), and `frame-ancestors`,
 * which only a header can set.
 */
export function sitePolicy(pageHtml: Iterable<string>): string {
  const directives = new Map<string, Set<string>>();
  for (const html of pageHtml) {
    for (const [, content] of html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/giu)) {
      for (const directive of content!.split(';')) {
        const [name, ...sources] = directive.trim().split(/\s+/u);
        if (!name) continue;
        const known = directives.get(name) ?? new Set<string>();
        for (const source of sources) known.add(source);
        directives.set(name, known);
      }
    }
  }
  if (directives.size === 0) return '';
  directives.set('frame-ancestors', new Set(["'self'"]));
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * Writes `_headers` (read by Netlify and Cloudflare Pages) into the built site: the policy as a
 * real header, which unlike the `<meta>` also covers what comes before it in `<head>`, and the
 * headers above. A `_headers` file of the site's own that sets a policy is left alone.
 * Returns whether the file was written.
 */
export function writeHeadersFile(outDir: string, base: string): boolean {
  const file = join(outDir, '_headers');
  const own = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (/content-security-policy/iu.test(own)) return false;
  const pages = (readdirSync(outDir, { recursive: true, encoding: 'utf8' }) as string[]).filter((name) => name.endsWith('.html'));
  const policy = sitePolicy(pages.map((name) => readFileSync(join(outDir, name), 'utf8')));
  if (!policy) return false;
  const headers = { 'Content-Security-Policy': policy, ...securityHeaders };
  const block = [`${base}*`, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  writeFileSync(file, `${own ? `${own.trimEnd()}\n\n` : ''}${block}\n`);
  return true;
}
