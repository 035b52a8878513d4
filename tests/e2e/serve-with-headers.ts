import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

interface HeaderRule {
  pattern: RegExp;
  headers: Array<[string, string]>;
}

/** The rules of a Netlify/Cloudflare `_headers` file: a path pattern, then indented `Name: value` lines. */
export function readHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/u.test(line)) {
      const pattern = line.trim().replace(/[.+?^${}()|[\]\\]/gu, '\\$&').replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${pattern}$`, 'u'), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** What a static host compresses: text, not images, fonts or Pagefind's files (already compressed). */
const compressible = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.md', '.xml', '.wasm']);

/**
 * Serves a built site the way a static host that reads `_headers` does: files, `index.html` for
 * folders, `404.html` for anything else, the headers of every matching rule, and text gzipped
 * for a browser that accepts it.
 */
export async function serveWithHeaders(dir: string, port: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const rules = existsSync(join(dir, '_headers')) ? readHeadersFile(readFileSync(join(dir, '_headers'), 'utf8')) : [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(normalize(dir) + sep) && file !== normalize(dir)) file = join(dir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    if (!found) file = join(dir, '404.html');
    for (const rule of rules) {
      if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    }
    response.setHeader('Content-Type', contentTypes[extname(file)] ?? 'application/octet-stream');
    response.statusCode = found ? 200 : 404;
    const content = readFileSync(file);
    if (compressible.has(extname(file)) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.end(gzipSync(content));
    } else {
      response.end(content);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
