import { parse } from 'yaml';

/**
 * Reads frontmatter the way its authors meant it when strict YAML will not: one `key: value`
 * per line, where a line that does not start a new key continues the value before it. This is
 * how real agent files are written: descriptions with "Triggers on: 'x'" in them, or multi-line
 * plain descriptions with `<example>` blocks and `Context: …` lines.
 *
 * A new key is an unindented line `key: …` whose key starts with a lower-case letter, so that
 * "Context: the user asks…" inside a description stays part of it.
 */
export function readLenientFrontmatter(yamlText: string): Record<string, unknown> {
  const entries: Array<{ key: string; lines: string[] }> = [];
  for (const line of yamlText.split('\n')) {
    const match = /^([a-z][\w-]*):(?:[ \t]+(.*))?$/u.exec(line.trimEnd());
    if (match) {
      entries.push({ key: match[1]!, lines: [match[2] ?? ''] });
    } else if (entries.length > 0) {
      entries[entries.length - 1]!.lines.push(line);
    }
  }
  return Object.fromEntries(entries.map(({ key, lines }) => [key, readValue(lines)]));
}

function readValue([first, ...rest]: string[]): unknown {
  const head = (first ?? '').trim();
  const more = rest.map((line) => line.trim()).filter(Boolean);
  // A YAML list under the key: `tools:` then `- Read` lines.
  if (head === '' && more.length > 0 && more.every((line) => line.startsWith('- '))) return more.map((line) => line.slice(2).trim());
  // Block scalars (`>-`, `|`) and plain multi-line values both read as text joined by spaces.
  const text = (/^[>|][+-]?$/u.test(head) ? more : [head, ...more]).join(' ').trim();
  if (/^(["'[{])/u.test(text)) {
    try {
      return parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text === '' ? null : text;
}
