import type { Code } from 'mdast';

/*
 * What a code block weighs as HTML once Expressive Code has rendered it, and what keeps that
 * bounded. Expressive Code writes the code twice (the lines, and the copy button's `data-code`),
 * about 95 bytes of markup per line, and, when it highlights, a `<span style="--0:…;--1:…">` of
 * about 47 bytes per token: a line of `a+a+…+a` is a token per character, so 185 KB of it became
 * 8.7 MB of page. Measured on the 414 fences and 62 agent files of ../shared/corpus with
 * Expressive Code 0.44 and Starlight's two themes, the estimate below is never under the real
 * size (the real size is 0.24–1.0 of it, a median of 0.49 for highlighted code, 1.0 for plain).
 */

/** Languages Expressive Code shows as plain text, without a colour per token. */
const plainLanguages = new Set(['text', 'txt', 'plaintext', 'plain']);

/** A code block is highlighted only while its estimated HTML, highlighted, stays within this; past it, it is plain text. */
export const highlightBudget = 120_000;

/** No code block weighs more than this (estimated, as plain text): a longer one is cut by lines into several. */
export const codeBlockBudget = 100_000;

const costs = {
  block: 1_500, // the frame, its caption and the copy button
  line: 100, // each line's markup
  token: 60, // a highlighted token's span, with room for a font style
};

interface CodeCost {
  /** The estimated HTML of the block as plain text. */
  plain: number;
  /** An upper bound on the tokens a highlighter makes of it: each run of letters or digits, and each other character but whitespace. */
  tokens: number;
}

/** Costs by node: a page's code blocks are weighed when it is cut into parts, and again when it is written. */
const known = new WeakMap<Code, CodeCost>();

/** The estimated HTML bytes of a character, written twice: as text, and in an attribute (`&` is `&amp;`, then `&#x26;`). */
function characterCost(code: number): number {
  if (code === 0x26) return 12;
  if (code === 0x3c || code === 0x3e || code === 0x22 || code === 0x27) return 7;
  return code > 0x7f ? 8 : 2;
}

function isWordCharacter(code: number, character: string): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f || code === 0x24;
  return /[\p{L}\p{N}]/u.test(character);
}

/** What a piece of code costs: one pass over its characters. */
function costOf(value: string): CodeCost {
  let plain = costs.block + costs.line;
  let tokens = 0;
  let inWord = false;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    plain += characterCost(code);
    if (code === 0x0a) plain += costs.line;
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) {
      inWord = false;
    } else if (isWordCharacter(code, value[index]!)) {
      if (!inWord) tokens += 1;
      inWord = true;
    } else {
      tokens += 1;
      inWord = false;
    }
  }
  return { plain, tokens };
}

function costOfNode(code: Code): CodeCost {
  let cost = known.get(code);
  if (!cost) {
    cost = costOf(code.value);
    known.set(code, cost);
  }
  return cost;
}

/** Whether Expressive Code will colour the block's tokens: it has a language, not plain text, and is light enough. */
export function isHighlighted(code: Code): boolean {
  if (!code.lang || plainLanguages.has(code.lang.toLowerCase())) return false;
  const { plain, tokens } = costOfNode(code);
  return plain + costs.token * tokens <= highlightBudget;
}

/** The estimated HTML bytes of a code block as it will be shown: highlighted or not. */
export function codeWeight(code: Code): number {
  const { plain, tokens } = costOfNode(code);
  return isHighlighted(code) ? plain + costs.token * tokens : plain;
}

/**
 * A code block's text cut into pieces that each weigh at most `codeBlockBudget` as plain text,
 * at line ends, and within a line that alone weighs more (never inside a surrogate pair). One
 * piece, the text itself, for any block of ordinary length.
 */
export function cutCode(value: string): string[] {
  if (costOf(value).plain <= codeBlockBudget) return [value];
  const room = codeBlockBudget - costs.block;
  const pieces: string[] = [];
  let lines: string[] = [];
  let weight = 0;
  const flush = () => {
    if (lines.length > 0) pieces.push(lines.join('\n'));
    lines = [];
    weight = 0;
  };
  for (const line of value.split('\n')) {
    const own = costOf(line).plain - costs.block;
    if (own > room) {
      flush();
      pieces.push(...cutLine(line, room));
      continue;
    }
    if (weight + own > room) flush();
    lines.push(line);
    weight += own;
  }
  flush();
  return pieces;
}

/** A line too long for one block, in pieces that each weigh at most `room`. */
function cutLine(line: string, room: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let weight = costs.line;
  for (let index = 0; index < line.length; index += 1) {
    const code = line.charCodeAt(index);
    const own = characterCost(code);
    // Never between the two halves of a surrogate pair.
    if (weight + own > room && index > start && !(code >= 0xdc00 && code <= 0xdfff)) {
      pieces.push(line.slice(start, index));
      start = index;
      weight = costs.line;
    }
    weight += own;
  }
  pieces.push(line.slice(start));
  return pieces;
}
