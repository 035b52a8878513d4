import type { ChecklistsFile } from '../../src/core/index.ts';

/** One side of a linked pair: the practice as a reader sees it. */
export interface PairSide {
  id: string;
  term: string;
  advice: string;
  /** The checklist's title, which says where the item stands. */
  list: string;
  /** Whether the item has no bold term (its advice is the item as written). */
  plain?: boolean;
}

/** The round of judging sampled after the last change of the plain-item rules. */
export const freshRound = 4;

/** Two items the handbook links as one practice, with what a judge said of them. */
export interface JudgedPair {
  a: PairSide;
  b: PairSide;
  /** Whether they are the same practice, as judged by reading; `null` before judging. */
  same: boolean | null;
  why: string;
  /**
   * Which sampling it was judged in: 1 and 2, the pairs the plain-item rules were then shaped on;
   * `freshRound`, pairs sampled after the last change of rule, which no rule has seen (the honest
   * figure for files it has not seen).
   */
  round?: number;
}

/**
 * What identifies one side of a pair across changes to the taxonomy: its agent, term and advice
 * (an item's id also holds its topic and language, which a change to the taxonomy may move).
 */
export function sideKey(side: PairSide): string {
  return [side.id.split('/')[0], side.term, side.advice].join('\u0000');
}

/** What identifies a pair, whichever side comes first. */
export function pairKey(pair: { a: PairSide; b: PairSide }): string {
  return [sideKey(pair.a), sideKey(pair.b)].sort().join('\u0001');
}

/** Every pair of items that `checklists.json` links, each pair once, in id order. */
export function linkedPairs(file: ChecklistsFile): Array<Omit<JudgedPair, 'same' | 'why'>> {
  const items = new Map(file.items.map((item) => [item.id, item]));
  const lists = new Map(file.checklists.map((checklist) => [checklist.id, checklist.title]));
  const side = (id: string): PairSide => {
    const item = items.get(id)!;
    return { id, term: item.term, advice: item.advice, list: lists.get(item.checklist) ?? '', ...(item.plain ? { plain: true } : {}) };
  };
  return file.items
    .flatMap((item) => item.links.filter((other) => item.id < other).map((other) => ({ a: side(item.id), b: side(other) })))
    .sort((x, y) => (x.a.id + x.b.id < y.a.id + y.b.id ? -1 : 1));
}
