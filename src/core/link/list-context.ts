import { normaliseWords } from '../classify/normalise-words.ts';
import type { PracticeChecklist, PracticeItem } from './collect-practices.ts';
import { cosine } from './cosine.ts';
import { keyWords, neutralWords } from './key-words.ts';
import type { Taxonomy } from '../classify/taxonomy.ts';

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

/**
 * How many words of substance (`neutralWords` aside) the phrases of two items may differ by and
 * still name one practice: "Rate limiting" and "Rate limiting and throttling" do; "Integration
 * testing" and "Integration testing with Detox, Maestro, or Patrol" name a narrower practice.
 */
export const differingWords = 1;

/**
 * On how many topics a practice's phrase may stand across the handbook before it is a word of
 * many subjects ("Documentation complete", "Access control", "Optimize performance"), which
 * means one practice only to agents on alike subjects (`alikeAgents`).
 */
export const manySubjects = 5;

/** How alike (the cosine of their subjects) two agents must be to share a phrase of many subjects. */
export const alikeAgents = 0.3;

export interface PlainLikeness {
  /** What each item's list is about (`listContexts`). */
  context: (item: PracticeItem) => Map<string, number>;
  /** What each agent is about (`agentSubjects`). */
  subjects: Map<string, Map<string, number>>;
  /** Every item of the handbook, to tell on how many topics each key stands. */
  items: PracticeItem[];
  taxonomy: Taxonomy;
}

/**
 * Whether two items, one of them at least plain (saying no more than its phrase), are one
 * practice by what stands around them: their phrases name the same thing (`differingWords`), a
 * phrase of many subjects is shared by agents on alike subjects (`manySubjects`), and they stand
 * in alike lists of alike agents (`alikePlainItems`).
 */
export function plainItemsAlike({ context, subjects, items, taxonomy }: PlainLikeness): (a: PracticeItem, b: PracticeItem) => boolean {
  const neutral = neutralWords(taxonomy);
  const topicsByKey = new Map<string, Set<string | null>>();
  for (const item of items) if (item.key !== null) (topicsByKey.get(item.key) ?? topicsByKey.set(item.key, new Set()).get(item.key)!).add(item.checklist.section.topic);
  const substance = new Map<PracticeItem, Set<string>>();
  const wordsOf = (item: PracticeItem) => substance.get(item) ?? substance.set(item, new Set(keyWords(item.term).filter((word) => !neutral.has(word)))).get(item)!;
  return (a, b) => {
    const [left, right] = [wordsOf(a), wordsOf(b)];
    // A word one phrase adds is no narrower a practice where the other's list says it too:
    // "Database connection pooling" among "Database & Persistence" advice is "Connection pooling".
    const added = (words: Set<string>, others: Set<string>, list: Map<string, number>) => [...words].filter((word) => !others.has(word) && !contentWords(word).every((part) => list.has(part))).length;
    const differing = added(left, right, context(b)) + added(right, left, context(a));
    if (differing > differingWords) return false;
    const agents = cosine(subjects.get(a.checklist.agent.slug), subjects.get(b.checklist.agent.slug));
    if ((topicsByKey.get(a.key ?? '')?.size ?? 0) > manySubjects && agents < alikeAgents) return false;
    return cosine(context(a), context(b)) + agents / 4 >= alikePlainItems;
  };
}
