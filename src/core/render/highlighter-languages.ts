import type { Code, Nodes } from 'mdast';
import { bundledLanguagesInfo } from 'shiki';
import { walkNodes } from '../walk-nodes.ts';

/** Fence languages Expressive Code shows as text without asking Shiki. */
const plainText = ['text', 'txt', 'plaintext', 'plain', 'ansi'];

/** Every name Shiki (as Expressive Code runs it) knows a language by: ids and aliases, case as written. */
const known = new Set([...plainText, ...bundledLanguagesInfo.flatMap((language) => [language.id, ...(language.aliases ?? [])])]);

/**
 * The fence language a block is highlighted in: its own where Shiki knows it, or that name in
 * lower case ("Python" is `python`), or `text` for a language Shiki does not know ("cedar",
 * "yara"), which would otherwise cost a warning per block and show as text all the same.
 */
export function highlighterLanguage(lang: string): string {
  if (known.has(lang)) return lang;
  return known.has(lang.toLowerCase()) ? lang.toLowerCase() : 'text';
}

function unknownToHighlighter(lang: string): boolean {
  return !known.has(lang) && !known.has(lang.toLowerCase());
}

/** The fence languages of `nodes` that Shiki does not know, each with how many blocks use it, most first. */
export function unknownFenceLanguages(nodes: Nodes[]): Array<{ language: string; blocks: number }> {
  const counts = new Map<string, number>();
  walkNodes(nodes, (node) => {
    const lang = (node as Code).lang;
    if (node.type === 'code' && lang && unknownToHighlighter(lang)) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  });
  return [...counts].map(([language, blocks]) => ({ language, blocks })).sort((a, b) => b.blocks - a.blocks || a.language.localeCompare(b.language));
}

/** One line for the build's output naming the fence languages shown as plain text, or `null` when there are none. */
export function describeUnknownFenceLanguages(languages: Array<{ language: string; blocks: number }>): string | null {
  if (languages.length === 0) return null;
  const named = languages.map(({ language, blocks }) => `${JSON.stringify(language)} (${blocks === 1 ? 'one block' : `${blocks} blocks`})`);
  return `Code blocks in languages the highlighter does not know are shown as plain text: ${named.join(', ')}.`;
}
