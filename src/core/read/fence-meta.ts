/**
 * A code fence's metadata (what follows its language: `title="app.ts" {2-4}`) is read by
 * Expressive Code while the site is built, and some of what it reads runs or grows there: a
 * `/…/` marker is a regular expression run over the code (`/(a+)+$/` backtracks for minutes),
 * `{1-50000000}` is expanded to that many line numbers, and an unknown `frame` stops the build.
 * So the metadata of an agent's fence is data: only what is known to be safe and bounded is
 * kept, written out again in a form Expressive Code reads one way only, and the rest is dropped.
 */

/** The `frame` values Expressive Code 0.44 accepts (`plugin-frames`: its types and their aliases). */
export const fenceFrames = ['code', 'terminal', 'none', 'auto', 'editor', 'shell'] as const;

/** The line-marker keys Expressive Code reads a `{…}` range for (`plugin-text-markers`); no key means `mark`. */
const rangeKeys = new Set(['', 'mark', 'ins', 'del', 'add', 'rem']);

export const fenceMetaLimits = {
  /** Characters of a title: a caption, not a paragraph. */
  title: 200,
  /** Line ranges on one fence, all keys together. */
  ranges: 20,
};

/** What was kept of a fence's metadata, and what was not. */
export interface KeptFenceMeta {
  /** The metadata to pass on: empty, or options separated by single spaces. */
  meta: string;
  /** The options dropped, as written. */
  dropped: string[];
  /** Line ranges cut to the block's lines, as written and as kept. */
  cut: Array<{ written: string; kept: string }>;
}

/**
 * Keeps of a fence's metadata a `title` (quoted or a word, at most `fenceMetaLimits.title`
 * characters), a `frame` Expressive Code knows, and line ranges (`{2-4}`, `ins={5}`) within the
 * block's `lines` lines, at most `fenceMetaLimits.ranges` of them. The last title and frame win,
 * as in Expressive Code. One pass over the text, whatever it holds.
 */
export function keepSafeFenceMeta(meta: string, lines: number): KeptFenceMeta {
  let title: string | undefined;
  let frame: string | undefined;
  const ranges: string[] = [];
  const dropped: string[] = [];
  const cut: KeptFenceMeta['cut'] = [];
  let rangeCount = 0;
  for (const option of readOptions(meta)) {
    const key = option.key.toLowerCase();
    if (key === 'title' && option.value !== null && option.delimiter !== '{' && option.value.length <= fenceMetaLimits.title) {
      title = option.value;
    } else if (key === 'frame' && option.value !== null && option.delimiter !== '{' && (fenceFrames as readonly string[]).includes(option.value)) {
      frame = option.value;
    } else if (option.delimiter === '{' && option.value !== null && rangeKeys.has(key)) {
      const parts = readRange(option.value);
      const kept: Array<[number, number]> = [];
      for (const [from, to] of parts ?? []) {
        if (from > lines || rangeCount >= fenceMetaLimits.ranges) continue;
        kept.push([Math.max(from, 1), Math.max(1, Math.min(to, lines))]);
        rangeCount += 1;
      }
      if (kept.length === 0) {
        dropped.push(option.raw);
        continue;
      }
      const text = `${key ? `${key}=` : ''}{${kept.map(([from, to]) => (from === to ? `${from}` : `${from}-${to}`)).join(',')}}`;
      const same = kept.length === parts!.length && kept.every(([from, to], index) => from === parts![index]![0] && to === parts![index]![1]);
      if (!same) cut.push({ written: option.raw, kept: text });
      ranges.push(text);
    } else {
      dropped.push(option.raw);
    }
  }
  const kept = [...(title === undefined ? [] : [fenceTitle(title)]), ...(frame === undefined ? [] : [`frame="${frame}"`]), ...ranges];
  return { meta: kept.join(' '), dropped, cut };
}

/**
 * `title="…"`, quoted so that Expressive Code reads exactly `text`: a backslash and a double
 * quote are escaped, and nothing in it can end the value early.
 */
export function fenceTitle(text: string): string {
  return `title="${text.replace(/[\\"]/gu, (character) => `\\${character}`)}"`;
}

interface Option {
  /** `title` in `title="x"`; empty without a key. */
  key: string;
  /** The value without its delimiters and escapes; null when it is not closed, or runs on past its delimiter. */
  value: string | null;
  delimiter: '"' | "'" | '{' | '/' | '';
  raw: string;
}

/**
 * The options of a metadata string, each ending at whitespace: `key=value` or a bare value, where
 * a value may be quoted (a backslash escapes the character after it), a `{…}` range or a `/…/` expression. A value whose
 * closing delimiter is followed by more than whitespace (`'x /(a+)+$/ y'z`) is malformed, since
 * Expressive Code would read its inside as options of their own, and runs to the next whitespace.
 */
function* readOptions(meta: string): Generator<Option> {
  let index = 0;
  while (index < meta.length) {
    while (index < meta.length && /\s/u.test(meta[index]!)) index += 1;
    if (index >= meta.length) return;
    const start = index;
    const key = /^([A-Za-z][\w-]*)=/u.exec(meta.slice(index, index + 64))?.[1] ?? '';
    if (key) index += key.length + 1;
    const opening = meta[index];
    let value: string | null = null;
    let delimiter: Option['delimiter'] = '';
    if (opening === '"' || opening === "'" || opening === '{' || opening === '/') {
      delimiter = opening;
      const closing = opening === '{' ? '}' : opening;
      let text = '';
      index += 1;
      let closed = false;
      while (index < meta.length) {
        const character = meta[index]!;
        // As in Expressive Code: a backslash escapes the next character, and is dropped before a backslash or the closing quote.
        if (character === '\\' && opening !== '{' && index + 1 < meta.length) {
          const next = meta[index + 1]!;
          text += next === '\\' || next === closing ? next : `${character}${next}`;
          index += 2;
          continue;
        }
        index += 1;
        if (character === closing) {
          closed = true;
          break;
        }
        text += character;
      }
      if (closed && (index >= meta.length || /\s/u.test(meta[index]!))) value = text;
    } else {
      const end = meta.slice(index).search(/\s/u);
      value = end < 0 ? meta.slice(index) : meta.slice(index, index + end);
      index += value.length;
    }
    // A malformed value runs to the next whitespace.
    while (index < meta.length && !/\s/u.test(meta[index]!)) index += 1;
    yield { key, value, delimiter, raw: meta.slice(start, index) };
  }
}

/** `2-4,7` as pairs of line numbers, each pair in order; null unless it is only numbers, dashes and commas. */
function readRange(text: string): Array<[number, number]> | null {
  const parts = text.split(',').map((part) => /^\s*(\d{1,15})\s*(?:-\s*(\d{1,15})\s*)?$/u.exec(part));
  if (parts.some((part) => part === null)) return null;
  return parts.map((part) => {
    const [from, to] = [Number(part![1]), Number(part![2] ?? part![1])];
    return from <= to ? [from, to] : [to, from];
  });
}
