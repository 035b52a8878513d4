import type { PracticeItem } from './collect-practices.ts';

/** How two items of one group are told to be one practice. */
export interface SamePracticeTests {
  /** Whether two items give advice about the same thing. */
  related: (a: PracticeItem, b: PracticeItem) => boolean;
  /** Whether two plain items stand in alike lists of alike agents (`list-context.ts`). */
  alikePlain: (a: PracticeItem, b: PracticeItem) => boolean;
  /** How close two items' agents are (higher first): which places an item lists first when it has more than `limit`. */
  closeness?: (a: PracticeItem, b: PracticeItem) => number;
}

/** How many items of each side two places of a practice are compared by, at most: enough to tell, bounded however often a practice recurs. */
const comparedPerSide = 24;

/**
 * The items each item of a group (one key, one kind) is the same practice as, in the group's
 * order, `limit` at most. Items with a term on one topic are one practice. Items on two topics
 * are, all of them, when the topics' items are related anywhere: when one agent uses the term on
 * both (an author uses a word in one sense), or when an item of one and an item of the other give
 * advice about the same thing (`related`). So whether two items link never depends on which two
 * were compared: the TypeScript and Python "Error Handling" link to gRPC's whenever Go's does.
 *
 * A plain item, which says no more than its phrase, is the same practice as another item only
 * where the two are alike too (`alikePlain`); two plain items on two topics, where they are also
 * related. On one topic, an item is one practice with every item it is alike to, and with every
 * item those are alike to: if A is B's practice and B is C's, A is C's. Every pair is compared,
 * so the result does not depend on which came first either.
 */
export function groupSamePractices(group: PracticeItem[], tests: SamePracticeTests, limit: number): Map<PracticeItem, PracticeItem[]> {
  const alike = (a: PracticeItem, b: PracticeItem) => (!a.plain && !b.plain) || tests.alikePlain(a, b);
  const topicOf = (item: PracticeItem) => item.checklist.section.topic ?? '';
  const byTopic = new Map<string, PracticeItem[]>();
  for (const item of group) (byTopic.get(topicOf(item)) ?? byTopic.set(topicOf(item), []).get(topicOf(item))!).push(item);
  const topics = [...byTopic.keys()];
  const linked = new Map(topics.map((topic) => [topic, new Set([topic])]));
  for (let a = 0; a < topics.length; a += 1) {
    for (let b = a + 1; b < topics.length; b += 1) {
      if (!topicsRelated(byTopic.get(topics[a]!)!, byTopic.get(topics[b]!)!, (left, right) => alike(left, right) && tests.related(left, right))) continue;
      linked.get(topics[a]!)!.add(topics[b]!);
      linked.get(topics[b]!)!.add(topics[a]!);
    }
  }
  const practiceOf = practicesOnTopics(byTopic, alike);
  const sameAs = (item: PracticeItem, other: PracticeItem): boolean => {
    if (topicOf(other) === topicOf(item)) return practiceOf.get(other) === practiceOf.get(item);
    if (item.plain && other.plain) return tests.alikePlain(item, other) && tests.related(item, other);
    return linked.get(topicOf(item))!.has(topicOf(other)) && alike(item, other);
  };
  const same = new Map<PracticeItem, PracticeItem[]>();
  for (const item of group) {
    const found = group.filter((other) => other !== item && sameAs(item, other));
    // Past the limit, the places of the closest agents, in the group's order among equals.
    if (found.length > limit && tests.closeness) {
      const close = new Map(found.map((other) => [other, tests.closeness!(item, other)]));
      const order = new Map(found.map((other, position) => [other, position]));
      found.sort((a, b) => close.get(b)! - close.get(a)! || order.get(a)! - order.get(b)!);
    }
    same.set(item, found.slice(0, limit));
  }
  return same;
}

/**
 * The items of each topic gathered into practices: items alike (`alike`) are one, and so, in
 * turn, are the items alike to either. Each item maps to its practice's representative.
 */
function practicesOnTopics(byTopic: Map<string, PracticeItem[]>, alike: (a: PracticeItem, b: PracticeItem) => boolean): Map<PracticeItem, PracticeItem> {
  const parent = new Map<PracticeItem, PracticeItem>();
  const find = (item: PracticeItem): PracticeItem => {
    let root = item;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(item, root);
    return root;
  };
  for (const items of byTopic.values()) {
    for (const item of items) parent.set(item, item);
    for (let a = 0; a < items.length; a += 1) {
      for (let b = a + 1; b < items.length; b += 1) {
        const [left, right] = [find(items[a]!), find(items[b]!)];
        if (left !== right && alike(items[a]!, items[b]!)) parent.set(right, left);
      }
    }
  }
  return new Map([...parent.keys()].map((item) => [item, find(item)]));
}

function topicsRelated(left: PracticeItem[], right: PracticeItem[], related: (a: PracticeItem, b: PracticeItem) => boolean): boolean {
  const agents = new Set(left.map((item) => item.checklist.agent.slug));
  if (right.some((item) => agents.has(item.checklist.agent.slug))) return true;
  const leftSample = left.slice(0, comparedPerSide);
  const rightSample = right.slice(0, comparedPerSide);
  return leftSample.some((a) => rightSample.some((b) => related(a, b)));
}
