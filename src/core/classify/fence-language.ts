import type { Taxonomy } from './taxonomy.ts';

/** The language a code fence's info string names, if the taxonomy knows it. */
export function fenceLanguage(lang: string | null | undefined, taxonomy: Taxonomy): string | null {
  if (!lang) return null;
  const info = lang.toLowerCase();
  return taxonomy.languages.find((entry) => entry.fences.includes(info))?.slug ?? null;
}

/** Lines that make a shell block a program rather than commands typed one by one. */
const scripting = /^#!|^\s*(?:if|for|while|case|until)\b.*(?:then|do|in)\b|^\s*(?:fi|done|esac)\b|^\s*(?:function\s+\w+|\w+\s*\(\)\s*\{)|^\s*set\s+-[euxo]|\$\(|\$\{|^\s*(?:local|export|readonly)\s+\w+=|\|\|\s*exit\b|&&\s*exit\b/mu;

/**
 * Whether a shell block is a shell program (conditions, loops, functions, variables) rather
 * than a few commands that run tools (`go test ./...`, `kubectl apply -f`): only a program makes
 * its section about the shell.
 */
export function isShellProgram(code: string): boolean {
  return scripting.test(code);
}
