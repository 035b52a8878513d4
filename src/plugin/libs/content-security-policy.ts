import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { AstroConfig } from 'astro';

type CspConfig = Exclude<NonNullable<AstroConfig['security']['csp']>, boolean>;

/**
 * The directives besides `script-src` and `style-src`: everything from the site's own origin, no
 * plugins, no `<base>` elsewhere, forms only to the site. Images may be `data:` URLs, which
 * Starlight's and Expressive Code's styles use for icons.
 */
export const policyDirectives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * Astro's Content-Security-Policy for the handbook. Astro hashes the scripts and styles it
 * bundles; Starlight's `is:inline` scripts (theme, search shortcut, sidebar state, synced tabs)
 * are hashed from Starlight's own source, so that no script that is not part of a component can
 * run. Pagefind compiles its WebAssembly, which needs `'wasm-unsafe-eval'`.
 *
 * Styles: `<style>` elements and stylesheets are hashed or same-origin, but `style` *attributes*
 * need `'unsafe-inline'` (`style-src-attr` only). Expressive Code colours every code token with a
 * `style="--0:#…;--1:#…"` attribute, and Starlight sets widths the same way; a hash cannot allow
 * an attribute without also allowing every attribute with the same text (`'unsafe-hashes'`), and
 * attributes cannot run script. Scripts get no such exception.
 */
export function handbookCsp(): CspConfig {
  return {
    // Astro fills in its defaults for a user's config only: an integration gives every field.
    algorithm: 'SHA-256',
    directives: [...policyDirectives],
    scriptDirective: {
      resources: ["'self'", "'wasm-unsafe-eval'"],
      hashes: starlightInlineScriptHashes(),
      strictDynamic: false,
    },
    styleDirective: {
      resources: [
        { resource: "'self'", kind: 'element' },
        { resource: "'unsafe-inline'", kind: 'attribute' },
      ],
      hashes: [],
    },
  };
}

/** The SHA-256 hashes of the `<script is:inline>` elements in Starlight's components, as CSP sources. */
export function starlightInlineScriptHashes(): Array<`sha256-${string}`> {
  // `@astrojs/starlight/components` is `dist/components.ts`, beside every component's folder.
  const distDir = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components'));
  const hashes = new Set<`sha256-${string}`>();
  for (const name of readdirSync(distDir, { recursive: true, encoding: 'utf8' }) as string[]) {
    if (!name.endsWith('.astro')) continue;
    for (const script of inlineScripts(readFileSync(join(distDir, name), 'utf8'))) hashes.add(sha256(script));
  }
  return [...hashes].sort();
}

/** The bodies of the `<script is:inline>` elements of an Astro component, as Astro emits them. */
export function inlineScripts(component: string): string[] {
  return [...component.matchAll(/<script\s+is:inline\b[^>]*>([\s\S]*?)<\/script>/gu)].map((match) => match[1]!);
}

function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
