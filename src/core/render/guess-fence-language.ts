import type { Code } from 'mdast';

const httpRequestLine = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+\S+/u;

/**
 * Gives an unlabelled code fence a language, so that it is not mis-highlighted. A fence that
 * holds an HTTP request line followed by a JSON body becomes two fences, `http` and `json`.
 * Labelled fences come back as they are.
 */
export function labelFence(code: Code): Code[] {
  if (code.lang) return [code];
  const text = code.value;
  const lines = text.split('\n');
  if (httpRequestLine.test(lines[0] ?? '')) {
    const bodyStart = lines.findIndex((line) => /^\s*[{[]/u.test(line));
    if (bodyStart > 0) {
      return [
        { ...code, lang: 'http', value: lines.slice(0, bodyStart).join('\n').trimEnd() },
        { ...code, lang: 'json', value: lines.slice(bodyStart).join('\n') },
      ];
    }
    return [{ ...code, lang: 'http' }];
  }
  return [{ ...code, lang: guessLanguage(text) }];
}

function guessLanguage(text: string): string {
  const first = text.trimStart();
  if (/^[{[]/u.test(first)) return 'json';
  if (/^<[a-z!]/iu.test(first)) return 'html';
  if (/^(\$ |npm |npx |pip |go |git |curl |docker |kubectl )/mu.test(first)) return 'sh';
  return 'text';
}
