import type { PracticeItem } from './collect-practices.ts';

/** How many items of each side two places of a practice are compared by, at most: enough to tell, bounded however often a practice recurs. */
const comparedPerSide = 24;

/**
 * The items each item of a group (one key, one kind) is the same practice as, in the group's
 * order, `limit` at most. Items on one topic are one practice. Items on two topics are, all of them, when the
 * topics' items are related anywhere: when one agent uses the term on both (an author uses a
 * word in one sense), or when an item of one and an item of the other give advice about the same
 * thing (`related`). So whether two items link never depends on which two were compared: the
 * TypeScript and Python "Error Handling" link to gRPC's whenever Go's does.
 *
 * Two plain items, which say no more than their phrase, are compared one by one instead: they
 * are one practice on one topic, or when `related` says so of the two. Every pair is compared, so
 * the result does not depend on which came first either.
 */
export function groupSamePractices(group: PracticeItem[], related: (a: PracticeItem, b: PracticeItem) => boolean, limit: number): Map<PracticeItem, PracticeItem[]> {
  const byTopic = new Map<string, PracticeItem[]>();
  for (const item of group) {
    const topic = item.checklist.section.topic ?? '';
    (byTopic.get(topic) ?? byTopic.set(topic, []).get(topic)!).push(item);
  }
  const topics = [...byTopic.keys()];
  const linked = new Map(topics.map((topic) => [topic, new Set([topic])]));
  for (let a = 0; a < topics.length; a += 1) {
    for (let b = a + 1; b < topics.length; b += 1) {
      const left = byTopic.get(topics[a]!)!;
      const right = byTopic.get(topics[b]!)!;
      if (!topicsRelated(left, right, related)) continue;
      linked.get(topics[a]!)!.add(topics[b]!);
      linked.get(topics[b]!)!.add(topics[a]!);
    }
  }
  // The items of each topic's linked topics, in the group's order, at most one more than an item links to.
  const places = new Map(topics.map((topic) => [topic, [] as PracticeItem[]]));
  for (const item of group) {
    for (const topic of topics) {
      const list = places.get(topic)!;
      if (list.length <= limit && linked.get(topic)!.has(item.checklist.section.topic ?? '')) list.push(item);
    }
  }
  const same = new Map<PracticeItem, PracticeItem[]>();
  for (const item of group) {
    if (item.plain) {
      same.set(item, plainPlaces(item, group, related, limit, places.get(item.checklist.section.topic ?? '')!));
      continue;
    }
    same.set(item, places.get(item.checklist.section.topic ?? '')!.filter((other) => other !== item).slice(0, limit));
  }
  return same;
}

function topicsRelated(left: PracticeItem[], right: PracticeItem[], related: (a: PracticeItem, b: PracticeItem) => boolean): boolean {
  const agents = new Set(left.map((item) => item.checklist.agent.slug));
  if (right.some((item) => agents.has(item.checklist.agent.slug))) return true;
  const leftSample = left.slice(0, comparedPerSide);
  const rightSample = right.slice(0, comparedPerSide);
  return leftSample.some((a) => rightSample.some((b) => related(a, b)));
}

/** The places of a plain item: the group's items on its topic, and the plain ones `related` to it, in the group's order. */
function plainPlaces(item: PracticeItem, group: PracticeItem[], related: (a: PracticeItem, b: PracticeItem) => boolean, limit: number, onTopics: PracticeItem[]): PracticeItem[] {
  const topicLinked = new Set(onTopics);
  const found: PracticeItem[] = [];
  for (const other of group) {
    if (found.length >= limit) break;
    if (other === item) continue;
    const sameTopic = other.checklist.section.topic === item.checklist.section.topic;
    if (other.plain ? sameTopic || related(item, other) : topicLinked.has(other)) found.push(other);
  }
  return found;
}
