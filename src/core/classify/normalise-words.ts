/** Names spelled with symbols that would otherwise fold away: "C#" is not "C". */
const symbolWords: Array<[RegExp, string]> = [
  [/(?<![\p{L}\p{N}])c#(?![\p{L}\p{N}])/giu, 'csharp'],
  [/(?<![\p{L}\p{N}])f#(?![\p{L}\p{N}])/giu, 'fsharp'],
  [/(?<![\p{L}\p{N}])c\+\+(?![\p{L}\p{N}])/giu, 'cpp'],
  [/(?<![\p{L}\p{N}])\.net(?![\p{L}\p{N}])/giu, 'dotnet'],
];

/** Spells out names written with symbols: "C# and C++" → " csharp  and  cpp ". */
export function foldSymbols(text: string): string {
  // Each name has a "#", a "+" or a ".": a text with none of them has nothing to fold.
  if (!/[#+.]/u.test(text)) return text;
  return symbolWords.reduce((folded, [pattern, word]) => folded.replace(pattern, ` ${word} `), text);
}

/**
 * Folds text to lower-case words separated by single spaces: punctuation, emoji and list
 * numbering ("1.", "2)") become spaces. Letters and digits of every script are kept, so CJK
 * text survives.
 * @example normaliseWords('## 1. TypeScript/Node.js Development 🚀') // 'typescript node js development'
 */
export function normaliseWords(text: string): string {
  return foldSymbols(text)
    .replace(/^\s*\d+[.)]\s+/u, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Whether `alias` (already normalised) occurs in `normalised` as a run of whole words. */
export function containsWords(normalised: string, alias: string): boolean {
  return ` ${normalised} `.includes(` ${alias} `);
}

/** Whether `word` occurs in `text` as a whole word, with its case exactly as written. */
export function containsExactWord(text: string, word: string): boolean {
  return foldSymbols(text).split(/[^\p{L}\p{N}]+/u).includes(word);
}
