import { normaliseWords } from '../classify/normalise-words.ts';
import type { PracticeChecklist, PracticeItem } from './collect-practices.ts';
import { cosine } from './cosine.ts';

/** Words of a text, lower-cased, with a plural's `s` dropped ("pipelines" is "pipeline"). */
function contentWords(text: string): string[] {
  return normaliseWords(text)
    .split(' ')
    .filter((word) => word.length > 1)
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/**
 * What the list a practice stands in is about, beside the practice's own phrase: the words of the
 * list's title and of its other items' terms, each weighted by how rare it is among all the lists
 * (so "optimization" counts for little and "Terraform" or "Flutter" for much). "Performance
 * tuning" among "Node pools, Autoscaling, Resource quotas" and among "Widget rebuilds, Isolates,
 * Image caching" are two practices; "Caching strategies" among two lists of performance advice is one.
 */
export function listContexts(checklists: PracticeChecklist[]): (item: PracticeItem) => Map<string, number> {
  const counts = new Map<PracticeChecklist, Map<string, number>>();
  const lists = new Map<string, number>();
  for (const checklist of checklists) {
    const words = new Map<string, number>();
    for (const word of [...contentWords(checklist.title), ...checklist.items.flatMap((item) => contentWords(item.term))]) words.set(word, (words.get(word) ?? 0) + 1);
    counts.set(checklist, words);
    for (const word of words.keys()) lists.set(word, (lists.get(word) ?? 0) + 1);
  }
  const rarity = (word: string) => Math.log(checklists.length / (lists.get(word) ?? 1));
  const vectors = new Map<PracticeItem, Map<string, number>>();
  return (item) => {
    const known = vectors.get(item);
    if (known) return known;
    const words = new Map(counts.get(item.checklist));
    // The item's own words are left out: they are what is being compared.
    for (const word of contentWords(item.term)) words.set(word, (words.get(word) ?? 0) - 1);
    const vector = new Map<string, number>();
    for (const [word, count] of words) if (count > 0) vector.set(word, count * rarity(word));
    vectors.set(item, vector);
    return vector;
  };
}

/**
 * How alike two plain items must be before they are one practice: the cosine of their lists'
 * words (`listContexts`), plus a quarter of the cosine of their agents' subjects
 * (`agentSubjects`). Agents on the same subjects in the same proportions are alike enough
 * whatever their lists say; agents on different subjects need lists about the same things.
 */
export const alikePlainItems = 0.2;

/** Whether two plain items, which say no more than their phrase, stand in alike lists of alike agents. */
export function plainItemsAlike(context: (item: PracticeItem) => Map<string, number>, subjects: Map<string, Map<string, number>>): (a: PracticeItem, b: PracticeItem) => boolean {
  return (a, b) => cosine(context(a), context(b)) + cosine(subjects.get(a.checklist.agent.slug), subjects.get(b.checklist.agent.slug)) / 4 >= alikePlainItems;
}
