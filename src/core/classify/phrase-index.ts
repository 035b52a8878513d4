import { singularWord } from '../singular-word.ts';
import { normaliseWords } from './normalise-words.ts';

const cjkRun = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}ー]+/gu;
const cjkChar = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Whether a text holds Chinese, Japanese or Korean characters. */
export function hasCjk(text: string): boolean {
  return cjkChar.test(text);
}

/** A word as headings and their phrases are compared: singular, for words of Latin script ("Inputs" is "Input"). */
export function headingWord(word: string): string {
  return hasCjk(word) || /\d/u.test(word) ? word : singularWord(word);
}

/**
 * A text as normalised words for matching, with runs of Chinese, Japanese or Korean set apart
 * from Latin words: "API设计" → `['api', '设计']`.
 */
export function matchWords(text: string): string[] {
  const normalised = normaliseWords(text);
  const spaced = hasCjk(normalised) ? normalised.replace(cjkRun, ' $& ') : normalised;
  return spaced.split(' ').filter(Boolean);
}

/** A phrase found in a text, with the values it stands for. */
export interface PhraseHit<T> {
  phrase: string;
  values: readonly T[];
}

/**
 * Phrases and what they stand for, found in a text in one pass. Latin phrases match as whole
 * words, the longest first, and never overlap ("api gateway" is one phrase, not "api"); phrases
 * in Chinese, Japanese or Korean match anywhere in the text, as often as they occur.
 */
export class PhraseIndex<T> {
  readonly #words = new Map<string, T[]>();
  readonly #cjk = new Map<string, T[]>();
  #longest = 1;

  add(phrase: string, value: T): void {
    const words = matchWords(phrase);
    if (words.length === 0) return;
    const key = words.join(' ');
    const map = hasCjk(key) ? this.#cjk : this.#words;
    const values = map.get(key);
    if (values) values.push(value);
    else map.set(key, [value]);
    if (map === this.#words) this.#longest = Math.max(this.#longest, words.length);
  }

  /** Every phrase in `words` (from `matchWords`), in order of appearance. */
  find(words: readonly string[]): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    const keys: string[] = [];
    for (let index = 0; index < words.length; ) {
      keys.length = 0;
      let key = '';
      for (let size = 1; size <= this.#longest && index + size <= words.length; size += 1) {
        key = size === 1 ? words[index]! : `${key} ${words[index + size - 1]!}`;
        keys.push(key);
      }
      let taken = 0;
      for (let size = keys.length; size >= 1; size -= 1) {
        const values = this.#words.get(keys[size - 1]!);
        if (values) {
          hits.push({ phrase: keys[size - 1]!, values });
          taken = size;
          break;
        }
      }
      index += taken || 1;
    }
    if (this.#cjk.size > 0 && words.some((word) => hasCjk(word))) {
      const text = words.join(' ');
      for (const [phrase, values] of this.#cjk) {
        for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) hits.push({ phrase, values });
      }
    }
    return hits;
  }
}
